"""One offline reply being composed: the lines said so far, and the persona's facts to say."""

from collections.abc import Callable, Iterable

from simulator.domain.persona import Fact, Layer, Persona
from simulator.engine.decision import Decision
from simulator.engine.lines import PRESUPPOSES, pool_of, sentence_count, short_answers
from simulator.engine.listening import HEARD
from simulator.engine.trust import TALKATIVE_TRUST
from simulator.scoring.words import content_stems

# Where a second line after a disclosure stops reading like a spoken turn. An employee who
# feels heard (their words given back, or followed up) tells a story at spoken length: the
# fact or layer and what goes with it, some 30 to 70 words after a short reaction; an
# unheard one stays brief.
MAX_WORDS = 60
HEARD_MAX_WORDS = 80
MAX_SENTENCES = 6
HEARD_MAX_SENTENCES = 10
# Content words two lines share when they tell the same detail in other words.
SAME_DETAIL = 3
# Themes whose content is a complaint: after one, a reaction may refer back to it.
CRITICAL = ("obstacles", "change", "manager", "recognition", "leave")

Pick = Callable[[list[str], str], str | None]


class Reply:
    """Each line is picked with the turn's seed; `used` and `spoken` are the actor's memory."""

    def __init__(
        self,
        persona: Persona,
        decision: Decision,
        manager_text: str,
        seed: str,
        pick: Pick,
        used: set[str],
        spoken: list[str],
    ) -> None:
        self.persona = persona
        self.lines = persona.lines
        self.decision = decision
        self.manager_text = manager_text
        self.seed = seed
        self._pick = pick
        self._used = used
        self._spoken = spoken
        self.parts: list[str] = []

    def say(self, pool: Iterable[str], salt: str) -> bool:
        line = self._pick(list(pool), f"{self.seed}|{salt}")
        if line is None:
            return False
        self.parts.append(line)
        return True

    def yes(self, pool: list[str], salt: str, agree: bool = False) -> bool:
        """A brief answer from the pool that fits the closed question asked."""
        return self.say(short_answers(pool, self.manager_text, agree=agree), salt)

    def reveal(self) -> None:
        """The fact's own line; with trust high and an open question, a second sentence."""
        fact = self.decision.reveal
        assert fact is not None
        if not self.say(fact.lines[:1], "fact") and not self.say(fact.lines, "fact"):
            self.say(pool_of(self.lines.open, fact.theme), "open")
            return
        if self.talkative or (self.heard and not self.decision.closed):
            # The fact's second line often tells the same event again: the theme's open line
            # adds something; the second line waits for a follow-up that deepens the fact.
            self.second(fact.theme, pool_of(self.lines.open, fact.theme))

    def layer(self, layer: Layer) -> bool:
        """What lies under a told story, to a manager who listened: both its lines, where
        the whole stays a spoken turn."""
        if not self.say(layer.lines, "layer"):
            return False
        # A layer's lines may tell one detail in two ways ("donderdag bij de bank"): the second
        # comes only when it adds something, not the same detail in other words.
        told = content_stems(self._spoken[-1], self.persona.language)
        rest = [
            line
            for line in layer.lines
            if line not in self._used
            and len(content_stems(line, self.persona.language) & told) < SAME_DETAIL
        ]
        if self.say(self._fits(rest, heard=True), "layer2"):
            # Both lines: in the order they were written, the one leading to the other.
            self.parts[-2:] = sorted(self.parts[-2:], key=layer.lines.index)
        return True

    def deepen(self) -> bool:
        """A follow-up on a shared fact: its unsaid line, else the theme's open line; to a
        manager who listened, with what goes with it."""
        fact = self.persona.fact(self.decision.focus)
        open_lines = pool_of(self.lines.open, fact.theme)
        if not (self.say(self.untold(fact), "deepen") or self.say(open_lines, "open")):
            return False
        if self.heard:
            self.second(fact.theme, open_lines)
        return True

    def fitting(self, pool: list[str]) -> list[str]:
        """Reactions that presuppose an earlier criticism only after the employee voiced one."""
        if self._criticised():
            return pool
        return [line for line in pool if not PRESUPPOSES.search(line)] or pool

    def _criticised(self) -> bool:
        critical = [f for f in self.persona.facts if f.theme in CRITICAL]
        if any(f.id in self.decision.revealed_ids for f in critical):
            return True
        pools = [pool_of(self.lines.guarded, t) + pool_of(self.lines.open, t) for t in CRITICAL]
        return any(line in self._used for pool in pools for line in pool)

    @property
    def heard(self) -> bool:
        """The turn gave back what the employee said or followed up on their words."""
        return self.decision.listening in HEARD

    @property
    def talkative(self) -> bool:
        """Trust is fair and the manager invited talk: an open question or a reflection."""
        d = self.decision
        return (
            d.trust >= TALKATIVE_TRUST
            and not d.closed
            and any(c in d.codes for c in ("open_question", "reflection"))
        )

    def second(self, theme: str, first_choice: list[str] | None = None) -> None:
        """A second sentence on the same theme, where the whole answer stays a spoken turn."""
        said = self._spoken[-1]
        pool = (first_choice or []) + pool_of(self.lines.open, theme)
        pool += self.more(theme)
        # Two lines of one fact tell the same thing twice: the second must add something.
        same = {line for f in self.persona.facts if said in f.lines for line in f.lines}
        fresh = [line for line in dict.fromkeys(pool) if line not in same]
        more = self._fits(fresh, self.heard)
        self.say(more[:1], "fact2") or self.say(more[1:], "open2")

    def _fits(self, pool: list[str], heard: bool) -> list[str]:
        """The unused lines that, after what the reply said so far, keep it a spoken turn."""
        said = " ".join(self.parts)
        words = HEARD_MAX_WORDS if heard else MAX_WORDS
        sentences = HEARD_MAX_SENTENCES if heard else MAX_SENTENCES
        return [
            line
            for line in pool
            if line not in self._used
            and len(said.split()) + len(line.split()) <= words
            and sentence_count(said) + sentence_count(line) <= sentences
        ]

    def more(self, theme: str) -> list[str]:
        """The lines of the theme's facts already shared, where they add to what was told."""
        return [
            line
            for fact in self.persona.facts
            if fact.theme == theme and fact.id in self.decision.revealed_ids
            for line in self.untold(fact)
        ]

    def untold(self, fact: Fact) -> list[str]:
        """The fact's lines that do not tell it again: a fact's other line may tell the same
        event in other words ("Mijn zwager begint voor zichzelf" / "Mijn zwager gaat voor
        zichzelf beginnen"), which said once is no more of the story."""
        lang = self.persona.language
        told: set[str] = set()
        for line in fact.lines:
            if line in self._spoken:
                told |= content_stems(line, lang)
        return [line for line in fact.lines
                if len(content_stems(line, lang) & told) < SAME_DETAIL]
