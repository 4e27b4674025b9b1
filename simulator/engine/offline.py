"""The offline actor: voices the director's decision from the persona's authored lines."""

import hashlib
import itertools
import re
from collections.abc import AsyncIterator, Iterable, Mapping
from typing import Any

from simulator.domain.persona import Persona
from simulator.engine.actor import ActorContext
from simulator.engine.director import Decision

# Reactions voiced before the content; after these two the employee pulls back.
PULL_BACK = ("defensive", "appraisal")
SILENCE = "…"
_CHUNK = re.compile(r"\S+\s*")


def _pool(table: Mapping[Any, list[str]], key: str | None) -> list[str]:
    return list(table.get(key, [])) if key else []


class OfflineActor:
    """Deterministic: the line choice is seeded from the session's content, never the clock."""

    name = "offline"

    def __init__(self, persona: Persona, session_key: str = "") -> None:
        self.persona = persona
        self.session_key = session_key
        self.used: set[str] = set()
        self.spoken: list[str] = []  # every line picked, in order

    def remember(self, texts: Iterable[str]) -> None:
        """Mark lines already spoken (e.g. when a session is resumed) so none is repeated."""
        for text in texts:
            for line in self._all_lines():
                if line in text:
                    self.used.add(line)

    def _all_lines(self) -> Iterable[str]:
        lines = self.persona.lines
        yield from lines.opening
        for pool in (lines.guarded, lines.open, lines.reactions):
            for values in pool.values():
                yield from values
        yield from lines.short_yes
        yield from lines.small_talk
        yield from lines.filler
        yield from lines.closing
        for fact in self.persona.facts:
            yield from fact.lines

    def compose(self, decision: Decision, manager_text: str) -> str:
        lines = self.persona.lines
        seed = f"{self.session_key}|{decision.turn}|{manager_text}"
        parts: list[str] = []

        def say(pool: Iterable[str], salt: str) -> bool:
            line = self._pick(list(pool), f"{seed}|{salt}")
            if line is None:
                return False
            parts.append(line)
            return True

        reaction = decision.reaction
        if reaction and reaction != "closed_question":
            say(_pool(lines.reactions, reaction), reaction)

        theme = decision.theme
        if reaction in PULL_BACK and decision.reveal is None:
            # Pulled back: at most a guarded word on what was asked, or nothing more.
            if theme and "?" in manager_text:
                say(_pool(lines.guarded, theme), "guarded")
        elif decision.reveal is not None:
            fact = decision.reveal
            if not say(fact.lines[:1], "fact") and not say(fact.lines, "fact"):
                say(_pool(lines.open, fact.theme), "open")
        elif decision.turn == 1 and reaction not in PULL_BACK and say(lines.opening, "opening"):
            pass  # the first reply answers the manager's greeting
        elif decision.closing:
            say(lines.closing, "closing")
        elif decision.closed:
            say(lines.short_yes, "yes") or say(_pool(lines.reactions, "closed_question"), "yes")
        elif theme:
            if decision.open_theme:
                more = [
                    line
                    for fact in self.persona.facts
                    if fact.theme == theme and fact.id in decision.revealed_ids
                    for line in fact.lines
                ]
                said = say(more, "more") or say(_pool(lines.open, theme), "open")
            else:
                said = say(_pool(lines.guarded, theme), "guarded")
            if not said:
                say(_pool(lines.guarded, theme), "guarded")
        elif decision.small_talk:
            pool = lines.opening if decision.turn == 1 else lines.small_talk
            say(pool, "small") or say(lines.small_talk, "small")
        elif reaction in ("reflection", "affirmation", "commitment") and parts:
            pass  # the reaction is the whole answer
        if not parts:
            say(lines.filler, "filler")
        if not parts:
            parts.append(self._spare_filler(seed))
        return " ".join(parts)

    async def stream(self, context: ActorContext) -> AsyncIterator[str]:
        text = self.compose(context.decision, context.manager_text)
        words = _CHUNK.findall(text)
        for i in range(0, len(words), 3):
            yield "".join(words[i : i + 3])

    def _pick(self, pool: list[str], seed: str) -> str | None:
        fresh = [line for line in pool if line not in self.used]
        if not fresh:
            return None
        digest = hashlib.sha256(seed.encode("utf-8")).digest()
        line = fresh[int.from_bytes(digest[:4], "big") % len(fresh)]
        self.used.add(line)
        self.spoken.append(line)
        return line

    def _spare_filler(self, seed: str) -> str:
        """When every filler is spent: an unused pair of them, else a silence; never a repeat."""
        fillers = self.persona.lines.filler
        pairs = [f"{a} {b}" for a, b in itertools.permutations(fillers, 2)]
        return self._pick(pairs, seed) or SILENCE
