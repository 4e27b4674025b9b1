"""A quick necessary check before a rule's regex runs: the literal text it must contain.

Most rule patterns are long alternations of phrases ("ja maar|dat klopt niet|..."); Python's
regex engine tries every alternative at every position. The literals a match must contain are
read from the parsed pattern once, as groups: one literal of each group occurs in any text the
pattern matches ("ik (zorg|regel) dat" needs "ik ", one of "zorg" and "regel", and " dat").
Every literal of every pattern is found in a text in one pass (an Aho-Corasick automaton), so
the check is a few set lookups; where a group has none in the text, the pattern is not run.
"""

import re
import sys
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from operator import itemgetter
from re import Match, Pattern
from re import _constants as _K  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from threading import Lock
from typing import Any

_REPEATS = {_K.MAX_REPEAT, _K.MIN_REPEAT, _K.POSSESSIVE_REPEAT}
_MIN_LITERAL = 2
_DIGIT = [(_K.CATEGORY, _K.CATEGORY_DIGIT)]


@cache
def _digits() -> frozenset[str]:
    # What "\d" matches in a str pattern: every Unicode decimal digit (category Nd, what
    # str.isdecimal tells), not only 0-9 ("voor １ oktober").
    return frozenset(filter(str.isdecimal, map(chr, range(sys.maxunicode + 1))))


def _literal_run(items: list[Any], start: int) -> tuple[str, int]:
    chars = []
    i = start
    while i < len(items) and items[i][0] is _K.LITERAL:
        chars.append(chr(items[i][1]))
        i += 1
    return fold("".join(chars)), i


def _best(conjuncts: list[frozenset[str]]) -> frozenset[str]:
    # Any one of an alternative's required sets will do: the rarest in text, guessed as the one
    # whose shortest literal is longest, spaces not counted (" dat " is no rarer than "zorg").
    return max(conjuncts, key=_rarity)


def _rarity(found: frozenset[str] | tuple[str, ...]) -> int:
    return min(len(literal.strip()) for literal in found)


def _required(items: list[Any]) -> list[frozenset[str]]:
    """Sets of literals, from each of which any match of `items` must contain one: one set
    per required element that has literals to offer (a run of literals, a group, a branch
    whose every alternative has some)."""
    found: list[frozenset[str]] = []
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is _K.LITERAL:
            run, i = _literal_run(items, i)
            if len(run) >= _MIN_LITERAL:
                found.append(frozenset({run}))
            continue
        if op is _K.SUBPATTERN:
            found += _required(list(av[-1]))
        elif op is _K.BRANCH:
            alts = [_required(list(alt)) for alt in av[1]]
            if all(alts):
                found.append(frozenset().union(*map(_best, alts)))
        elif op in _REPEATS and av[0] >= 1:
            found += _required(list(av[2]))
        elif op is _K.IN and av == _DIGIT:
            found.append(_digits())  # "\\d": rare in speech, so worth a group of its own
        i += 1  # optional, another class or an anchor: nothing required here
    return found


def _alternatives(items: list[Any]) -> list[list[frozenset[str]]] | None:
    """The groups each alternative of the pattern's outermost branch needs, where it has one
    and every alternative needs some: a match needs all groups of one alternative."""
    for op, av in items:
        if op is _K.SUBPATTERN:
            return _alternatives(list(av[-1]))
        if op is _K.BRANCH:
            alts = [_required(list(alt)) for alt in av[1]]
            return alts if all(alts) else None
    return None


def _parsed(compiled: Pattern[str]) -> list[Any] | None:
    """The parsed pattern, where a gate can be read from it: case-insensitive and parseable."""
    if not compiled.flags & re.IGNORECASE:
        return None
    try:
        return list(_sre_parse.parse(compiled.pattern, compiled.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply never gated
        return None


def literals(compiled: Pattern[str]) -> tuple[tuple[str, ...], ...] | None:
    """Groups of literals such that every text the pattern matches contains (lower-cased) at
    least one literal of each group, or None where nothing can be read from the pattern."""
    parsed = _parsed(compiled)
    if parsed is None:
        return None
    groups = {tuple(sorted(found)) for found in _required(parsed)}
    # The rarest group first: the one most likely to close the gate.
    return tuple(sorted(groups, key=_rarity, reverse=True)) or None


def alternatives(compiled: Pattern[str]) -> tuple[tuple[tuple[str, ...], ...], ...] | None:
    """For a pattern that is one branch of alternatives ("vandaag|morgen|de \\d+e|..."), the
    groups of literals each alternative needs, or None: a finer check where `literals` lets a
    text through on a common word of one alternative ("de ")."""
    parsed = _parsed(compiled)
    alts = _alternatives(parsed) if parsed is not None else None
    if alts is None:
        return None
    return tuple(tuple(sorted((tuple(sorted(g)) for g in set(alt)), key=_rarity, reverse=True))
                 for alt in alts)


class _Book:
    """Every literal of every gated pattern, all found in a text in one pass (Aho-Corasick),
    so a gate is a few set lookups instead of a scan of the text per literal."""

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._lock = Lock()
        # The automaton (None until built) and the generation of the words it holds, replaced
        # as one: a text's literals are remembered per generation, so literals found before
        # a pattern was added are never taken for all there are (any thread, any order).
        self._state: tuple[Any, int] = (None, 0)

    def add(self, words: Iterable[str]) -> None:
        with self._lock:
            new = {fold(word) for word in words} - self._words
            if new:
                self._words |= new
                self._state = (None, self._state[1] + 1)

    def find(self, folded: str) -> frozenset[str]:
        automaton = self._state[0] or self._build()
        return frozenset(map(_WORD, automaton.iter(folded)))

    def _build(self) -> Any:
        import ahocorasick

        with self._lock:
            automaton, generation = self._state
            if automaton is None:
                automaton = ahocorasick.Automaton()
                for word in self._words:
                    automaton.add_word(word, word)
                automaton.make_automaton()
                self._state = (automaton, generation)
            return automaton


_BOOK = _Book()
_WORD = itemgetter(1)  # of each (end, word) the automaton finds
# IGNORECASE takes i, I, İ and ı for one letter, but casefold() makes "İ" an "i" with a
# combining dot and leaves "ı": both become "i", in the text and in the literals alike.
def fold(text: str) -> str:
    """Text folded as IGNORECASE matches it, for finding literals."""
    folded = text.casefold()
    if "\u0307" in folded or "ı" in folded:  # rare: looked for before anything is replaced
        folded = folded.replace("i\u0307", "i").replace("ı", "i")
    return folded


@lru_cache(maxsize=32768)
def _present_at(text: str, generation: int) -> frozenset[str]:
    # Every rule of a turn asks about the same text: its literals are found once per
    # generation of the book (the automaton used is of that generation or a later one, whose
    # literals include its own).
    return _BOOK.find(fold(text))


class Gated:
    """A compiled pattern that is only run when one literal of each of its groups occurs in
    the text."""

    __slots__ = ("compiled", "pattern", "flags", "_groups", "_alternatives")

    def __init__(self, compiled: Pattern[str]) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        found = literals(compiled)
        self._groups = tuple(frozenset(group) for group in found) if found else None
        alts = alternatives(compiled) if found else None
        # The alternatives that need one group make one group together (any of their words
        # opens the gate); those that need more are checked one by one.
        self._alternatives = None if not alts else (
            frozenset(word for alt in alts if len(alt) == 1 for word in alt[0]),
            tuple(tuple(frozenset(group) for group in alt) for alt in alts if len(alt) > 1))
        every = [*(found or ()), *(group for alt in alts or () for group in alt)]
        _BOOK.add(word for group in every for word in group)

    def _open(self, text: str) -> bool:
        if self._groups is None:
            return True
        present = _present_at(text, _BOOK._state[1])  # inlined: asked of every text
        for group in self._groups:  # a loop: every rule of the book asks this of every text
            if group.isdisjoint(present):
                return False
        if self._alternatives is None:
            return True
        singles, several = self._alternatives
        if not singles.isdisjoint(present):
            return True
        for alt in several:
            for group in alt:
                if group.isdisjoint(present):
                    break
            else:
                return True  # every group of this alternative is there
        return False

    def search(self, text: str, *args: Any) -> Match[str] | None:
        return self.compiled.search(text, *args) if self._open(text) else None

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
