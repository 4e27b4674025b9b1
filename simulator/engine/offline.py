"""The offline actor: voices the director's decision from the persona's authored lines.

Which lines fit which turn is decided in engine.answers, from the pools in engine.lines."""

import hashlib
import itertools
import re
from collections.abc import AsyncIterator, Iterable

from simulator.domain.persona import Persona
from simulator.engine.actor import ActorContext
from simulator.engine.answers import answer, fallback, react
from simulator.engine.decision import Decision
from simulator.engine.lines import SENTENCES, first_word, sentence_key
from simulator.engine.reply import Reply

SILENCE = "…"
_CHUNK = re.compile(r"\S+\s*")


class OfflineActor:
    """Deterministic: the line choice is seeded from the session's content, never the clock."""

    name = "offline"

    def __init__(self, persona: Persona, session_key: str = "") -> None:
        self.persona = persona
        self.session_key = session_key
        self.used: set[str] = set()
        self.spoken: list[str] = []  # every line picked, in order
        self._last_start = ""  # the first word of the previous reply

    def remember(self, texts: Iterable[str]) -> None:
        """Mark lines already spoken (e.g. when a session is resumed) so none is repeated."""
        for text in texts:
            for line in self._all_lines():
                if line in text:
                    self.used.add(line)
            self._last_start = first_word(text)

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
        """One reply: at most one short reaction, then the answer to what was asked."""
        seed = f"{self.session_key}|{decision.turn}|{manager_text}"
        reply = Reply(
            self.persona, decision, manager_text, seed, self._pick, self.used, self.spoken
        )
        react(reply)
        answer(reply)
        fallback(reply)
        if not reply.parts:
            reply.parts.append(self._spare_filler(seed))
        text = " ".join(reply.parts)
        self._last_start = first_word(text)
        return text

    async def stream(self, context: ActorContext) -> AsyncIterator[str]:
        text = self.compose(context.decision, context.manager_text)
        words = _CHUNK.findall(text)
        for i in range(0, len(words), 3):
            yield "".join(words[i : i + 3])

    def _pick(self, pool: list[str], seed: str) -> str | None:
        # No line twice, and no sentence twice: two lines may open with the same words.
        said = {sentence_key(x) for line in self.used for x in SENTENCES.findall(line)}
        unused = [line for line in pool if line not in self.used]
        fresh = [line for line in unused
                 if not any(sentence_key(x) in said for x in SENTENCES.findall(line)
                            if len(sentence_key(x).split()) >= 4)] or unused
        if not fresh:
            return None
        # Two replies in a row that open alike ("Goed. ..." "Goed. ...") read like a menu.
        fresh = [line for line in fresh if first_word(line) != self._last_start] or fresh
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
