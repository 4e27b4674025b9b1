"""A quick necessary check before a rule's regex runs: one of the words it must start with.

Most rule patterns are long alternations of phrases ("ja maar|dat klopt niet|..."); Python's
regex engine tries every alternative at every position. The literal text each alternative
must begin with is read from the parsed pattern once; when none of those literals occurs in
the text, the pattern cannot match and is not run.
"""

import re
from collections.abc import Iterator
from functools import lru_cache
from re import Match, Pattern
from re import _constants as _K  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

_REPEATS = {_K.MAX_REPEAT, _K.MIN_REPEAT, _K.POSSESSIVE_REPEAT}
_MIN_LITERAL = 2


def _literal_run(items: list[Any], start: int) -> tuple[str, int]:
    chars = []
    i = start
    while i < len(items) and items[i][0] is _K.LITERAL:
        chars.append(chr(items[i][1]))
        i += 1
    return "".join(chars).casefold(), i


def _required(items: list[Any]) -> set[str] | None:
    """Literals one of which any match of `items` must contain: those of the first required
    element that has any; None when no required element has literals to offer."""
    i = 0
    while i < len(items):
        op, av = items[i]
        found: set[str] | None = None
        if op is _K.LITERAL:
            run, i = _literal_run(items, i)
            if len(run) >= _MIN_LITERAL:
                return {run}
            continue
        if op is _K.SUBPATTERN:
            found = _required(list(av[-1]))
        elif op is _K.BRANCH:
            alts = [_required(list(alt)) for alt in av[1]]
            if all(a is not None for a in alts):
                found = set().union(*alts)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            found = _required(list(av[2]))
        if found:
            return found
        i += 1  # optional, a class or an anchor: a later required element may still tell
    return None


def literals(compiled: Pattern[str]) -> tuple[str, ...] | None:
    """The literals of which at least one occurs (lower-cased) in any text the pattern matches,
    or None where that cannot be read from the pattern."""
    if not compiled.flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre_parse.parse(compiled.pattern, compiled.flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply never gated
        return None
    found = _required(list(parsed))
    return tuple(sorted(found)) if found else None


@lru_cache(maxsize=32768)
def _folded(text: str) -> str:
    # Every rule of a turn asks for the same text folded: folded once.
    return text.casefold()


class Gated:
    """A compiled pattern that is only run when one of its literals occurs in the text."""

    __slots__ = ("compiled", "pattern", "flags", "_literals")

    def __init__(self, compiled: Pattern[str]) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self._literals = literals(compiled)

    def _open(self, text: str) -> bool:
        # Folded the way IGNORECASE matches, literals folded alike.
        return self._literals is None or any(map(_folded(text).__contains__, self._literals))

    def search(self, text: str, *args: Any) -> Match[str] | None:
        # The check inlined: every rule of the book asks it of every sentence.
        if self._literals is None or any(map(_folded(text).__contains__, self._literals)):
            return self.compiled.search(text, *args)
        return None

    def match(self, text: str, *args: Any) -> Match[str] | None:
        return self.compiled.match(text, *args) if self._open(text) else None

    def fullmatch(self, text: str, *args: Any) -> Match[str] | None:
        return self.compiled.fullmatch(text, *args) if self._open(text) else None

    def finditer(self, text: str, *args: Any) -> Iterator[Match[str]]:
        return self.compiled.finditer(text, *args) if self._open(text) else iter(())

    def findall(self, text: str, *args: Any) -> list[Any]:
        return self.compiled.findall(text, *args) if self._open(text) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count) if self._open(text) else text
