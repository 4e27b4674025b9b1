"""The offline actor: voices the director's decision from the persona's authored lines."""

import hashlib
import itertools
import re
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from typing import Any

from simulator.domain.persona import Persona
from simulator.engine.actor import ActorContext
from simulator.engine.director import OWN_ACTION_TRUST, TALKATIVE_TRUST, WARM_TRUST, Decision

# Reactions voiced before the content; after the first two the employee pulls back.
PULL_BACK = ("defensive", "appraisal")
NEGATIVE = ("defensive", "appraisal", "promise", "advice")
POSITIVE = ("reflection", "affirmation", "commitment")
SILENCE = "…"
# Where a second sentence after a disclosure stops reading like a spoken turn.
MAX_WORDS = 60
MAX_SENTENCES = 6
_CHUNK = re.compile(r"\S+\s*")
_NO = re.compile(r"^(?:nee|no\b|nope|not really|niet echt|niks|nothing)", re.IGNORECASE)
_CONFIRM = re.compile(r"^(?:klopt|precies|that'?s right|right\b|exactly)", re.IGNORECASE)
# Closed questions a plain "no" answers well: "Is er iets?", "Zit je iets dwars?"
_WANTS_NO = re.compile(
    r"\b(?:iets|zorgen|problemen?|dwars|vragen|klachten|anything|worr\w*|concerns?|problems?"
    r"|questions|issues?|wrong|mis)\b",
    re.IGNORECASE,
)
_AGREE = re.compile(
    r"^(?:ja\b|jawel|jazeker|prima|goed|zeker|oké|top|afgesproken|doen we|yes|sure|fine|good"
    r"|okay|alright|lovely|great|of course|that works)",
    re.IGNORECASE,
)
_MONEY_LINE = re.compile(r"\b(?:geld|salaris|loon|opslag|money|pay|salary|raise)\b", re.IGNORECASE)
# A closed question a cheerful "Ja, prima." would answer wrongly: a worry, or an either-or.
_HEAVY = re.compile(
    r"\b(?:te (?:zwaar|veel|lang|druk|weinig)|klaar mee|moe|zwaar|weg|vertrekken|stoppen|ontslag"
    r"|of (?:ben|is|wil|heb|vind|zit)|too (?:much|long|heavy|busy)|tired|done with|leav\w*|quit"
    r"|burn\w*|or (?:are|is|do|have|would))\b",
    re.IGNORECASE,
)
# Reactions that answer a criticism the employee made ("Ik zeg het niet om je aan te vallen.").
_PRESUPPOSES = re.compile(
    r"aan te vallen|niet om te zeuren|bedoel(?:de)? het niet (?:zo|als)|not (?:attacking|having a"
    r" go|criticising|criticizing|complaining)|didn'?t mean it (?:like|as)",
    re.IGNORECASE,
)
# Themes whose content is a complaint: after one, a reaction may refer back to it.
CRITICAL = ("obstacles", "change", "manager", "recognition", "leave")
_TAG = re.compile(r"\b(?:toch|klopt dat|right|isn'?t it|don'?t you)\?", re.IGNORECASE)


_SENTENCES = re.compile(r"[^.!?…]+[.!?…]*")


def _sentence_key(sentence: str) -> str:
    return " ".join(re.findall(r"\w+", sentence.casefold()))


def _pool(table: Mapping[Any, list[str]], key: str | None) -> list[str]:
    return list(table.get(key, [])) if key else []


def _short(pool: list[str], question: str, agree: bool = False) -> list[str]:
    """The brief answers that fit this closed question: no "Nee hoor." to "Zullen we ...?"."""
    if not agree and _WANTS_NO.search(question):
        # "Heb je nog vragen?": a no, never "Gaat wel.".
        return [line for line in pool if _NO.match(line)]
    if agree:
        return [line for line in pool if _AGREE.match(line)]
    confirm_ok = bool(_TAG.search(question))
    return [
        line
        for line in pool
        if not _NO.match(line) and (confirm_ok or not _CONFIRM.match(line))
    ]


def _first_word(text: str) -> str:
    match = re.match(r"\W*(\w+)", text)
    return match.group(1).casefold() if match else ""


def _sentence_count(text: str) -> int:
    return max(1, len(re.findall(r"[.!?]+(?:\s|$)", text)))


# Small-talk topics: a line about the weekend answers a question about the weekend.
_TOPICS = (
    (r"weekend", r"weekend"),
    (r"koffie|coffee|thee|tea", r"koffie|coffee|thee|tea"),
    (r"\bweer\b|regen|rain|weather|zon|sun", r"regen|rain|zon|sun|weer\b"),
    (r"hoe gaat|hoe is het|how are|how'?s it|how'?s things", r"druk|busy|goed|fine|good"),
)


def _small_talk(pool: list[str], manager_text: str) -> list[str]:
    """The small-talk lines on the manager's topic, if it has one."""
    for asked, answer in _TOPICS:
        if re.search(asked, manager_text, re.IGNORECASE):
            return [line for line in pool if re.search(answer, line, re.IGNORECASE)]
    return []


def _minimal(fillers: list[str]) -> list[str]:
    """Murmurs: "Hm.", "Tja.", not "Even denken." or "Ga maar door."."""
    return [
        line
        for line in fillers
        if len(line.split()) <= 2 and not re.search(r"door|verder|go on|think|denk", line, re.I)
    ]


def _doubts(fillers: list[str]) -> list[str]:
    """Fillers that answer "Ben je het met me eens?" coolly: "Weet ik niet.", not "Ga door."."""
    return [
        line
        for line in fillers
        if len(line.split()) >= 2 and not re.search(r"door|verder|go on|carry on", line, re.I)
    ] or _minimal(fillers)


def _hedges(fillers: list[str]) -> list[str]:
    """Fillers that can stand as an answer: "Even denken." rather than "Hm." or "Ga door."."""
    return [line for line in fillers if len(line.split()) >= 2
            and not re.search(r"door|verder|go on|carry on", line, re.I)] or fillers


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
            self._last_start = _first_word(text)

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
        theme = decision.theme
        negative = reaction in NEGATIVE
        if negative:
            # A defence, appraisal, promise or advice is answered first, whatever else was said.
            pool = _pool(lines.reactions, reaction)
            if decision.money:
                # "Je krijgt opslag": the persona's own line about money, if it has one.
                say([line for line in pool if _MONEY_LINE.search(line)], reaction or "") or say(
                    pool, reaction or ""
                )
            elif decision.hostile and decision.trust < WARM_TRUST and lines.hostile:
                # A reproach or a defence while trust is low: answered in kind.
                say(lines.hostile, "hostile") or say(self._fitting(pool, decision), reaction or "")
            else:
                # "Ik regel dat je die opleiding krijgt": no line about money to it.
                plain = [line for line in pool if not _MONEY_LINE.search(line)] or pool
                say(self._fitting(plain, decision), reaction or "")
        elif decision.summary and decision.turn > 1:
            # A summary is confirmed when it fits what was told, corrected when it does not,
            # and met with a shrug when it says nothing at all.
            verdicts = {"confirm": lines.confirm, "correct": lines.correct, "shrug": lines.shrug}
            say(verdicts[decision.summary], decision.summary)
        elif decision.listening == "generic" and not decision.question and decision.turn > 1:
            # "Dat klinkt alsof dat belangrijk voor je is" fits any story: no gratitude for it.
            say(lines.shrug, "shrug") or say(_minimal(lines.filler), "filler")
        elif (
            reaction in POSITIVE
            and not decision.question
            and not decision.closing
            and decision.turn > 1
        ):
            # A reflection, recognition or commitment with no question after it gets its own
            # acknowledgement; followed by a question, the answer itself is the acknowledgement.
            say(_pool(lines.reactions, reaction), reaction or "")

        if reaction in PULL_BACK and decision.reveal is None:
            # Pulled back: at most a guarded word on an open question, or nothing more; to a
            # closed one the reaction is the whole answer.
            if decision.question and theme and not decision.closed:
                say(_pool(lines.guarded, theme), "guarded")
        elif (
            negative
            and parts
            and decision.reveal is None
            and (not decision.question or decision.closed or decision.opinion)
        ):
            # A promise or advice, alone or with a yes/no question ("Blijf je dan?"): the
            # sceptical reaction is the whole answer, not a "Ja, prima." after it.
            pass
        elif decision.reveal is not None:
            self._reveal(decision, say)
        elif decision.layer is not None and say(decision.layer.lines, "layer"):
            pass  # what lies under the story, told to a manager who listened to it
        elif decision.focus and self._deepen(decision, say):
            pass  # "Wat maakt dat begeleiden van Joris zo betekenisvol?": more of Joris
        elif (
            decision.turn == 1
            and decision.small_talk
            and say(_small_talk(lines.small_talk, manager_text), "small")
        ):
            pass  # "Lekker weekend gehad?" is answered, not met with an opening line
        elif decision.turn == 1 and say(lines.opening, "opening"):
            pass  # the first reply answers the manager's greeting
        elif decision.closing:
            warm = decision.trust >= WARM_TRUST
            if not (warm and say(lines.closing_warm, "closing")):
                say(lines.closing, "closing") or say(lines.closing_warm, "closing")
            if warm and decision.proposal and parts and not _AGREE.match(parts[-1]):
                # "Zullen we over drie weken kijken hoe het staat?": a yes before the goodbye.
                goodbye = parts.pop()
                say(_short(lines.short_yes, manager_text, agree=True), "yes")
                parts.append(goodbye)
        elif decision.own_action:
            if decision.trust >= OWN_ACTION_TRUST:
                say(lines.own_action, "own")
            if not parts:
                say(_hedges(lines.filler), "hedge")
        elif decision.proposal:
            if not say(_pool(lines.reactions, "commitment"), "agree"):
                say(_short(lines.short_yes, manager_text, agree=True), "yes")
        elif decision.opinion:
            # "Ben je het met me eens?": agreed once trust is there, otherwise a cool doubt.
            if decision.trust >= WARM_TRUST:
                say(_short(lines.short_yes, manager_text, agree=True), "agree") or say(
                    _pool(lines.reactions, "reflection"), "agree"
                )
            else:
                say(_doubts(lines.filler), "doubt")
        elif decision.check and not parts:
            # "Klopt dat?" after a reflection or a summary: confirmed, briefly.
            say(_pool(lines.reactions, "reflection"), "check") or say(
                _short(lines.short_yes, manager_text, agree=True), "check"
            )
        elif decision.closed:
            heavy = _HEAVY.search(decision.question_text or manager_text)
            if theme and (heavy or theme == "leave"):
                # "Denk je erover om weg te gaan?", "Vind je het nog leuk of ben je er klaar
                # mee?": no "Ja, prima.", but a guarded word on what was asked.
                say(_pool(lines.guarded, theme), "guarded")
            elif not heavy:
                say(_short(lines.short_yes, manager_text), "yes") or say(
                    _short(_pool(lines.reactions, "closed_question"), manager_text), "yes"
                )
            if not parts:
                say(_doubts(lines.filler), "doubt")
        elif theme and (
            decision.question or not parts or (reaction == "reflection" and decision.open_theme)
        ):
            if decision.open_theme:
                said = say(self._more(theme, decision), "more") or say(
                    _pool(lines.open, theme), "open"
                )
                if said and self._talkative(decision):
                    self._second(theme, decision, say)
            else:
                said = say(_pool(lines.guarded, theme), "guarded")
            if not said:
                say(_pool(lines.guarded, theme), "guarded")
        elif decision.small_talk:
            say(_small_talk(lines.small_talk, manager_text), "small") or say(
                lines.small_talk, "small"
            )
        if not parts and decision.question and not decision.closed and theme is None:
            # An open question on nothing the persona has lines for: a thoughtful hedge.
            say(_doubts(lines.filler), "doubt")
        if not parts and decision.closed:
            say(_short(lines.short_yes, manager_text), "yes")
        if not parts and decision.question and not decision.closed:
            # An open question is never met with "Ga door." or "Zou kunnen.": a guarded word on
            # the topic asked, or on the topic at hand.
            topic = theme or decision.theme or "energy"
            say(_pool(lines.guarded, topic), "guarded") or say(
                _pool(lines.open, topic), "open") or say(_hedges(lines.filler), "hedge")
        if not parts and not decision.question:
            # A bare "ok" or "ja snap ik": a murmur, not an answer to a question nobody asked.
            say(_minimal(lines.filler), "filler")
        if not parts:
            say(lines.filler, "filler")
        if not parts:
            parts.append(self._spare_filler(seed))
        reply = " ".join(parts)
        self._last_start = _first_word(reply)
        return reply

    def _reveal(self, decision: Decision, say: Callable[[Iterable[str], str], bool]) -> None:
        """The fact's own line; with trust high and an open question, a second sentence."""
        fact = decision.reveal
        assert fact is not None
        if not say(fact.lines[:1], "fact") and not say(fact.lines, "fact"):
            say(_pool(self.persona.lines.open, fact.theme), "open")
            return
        if self._talkative(decision):
            # The fact's second line often tells the same event again: the theme's open line
            # adds something; the second line waits for a follow-up that deepens the fact.
            self._second(fact.theme, decision, say, _pool(self.persona.lines.open, fact.theme))

    def _deepen(self, decision: Decision, say: Callable[[Iterable[str], str], bool]) -> bool:
        """A follow-up on a shared fact: its unsaid line, else the theme's open line."""
        fact = self.persona.fact(decision.focus)
        said = say(fact.lines, "deepen") or say(_pool(self.persona.lines.open, fact.theme), "open")
        return said

    def _fitting(self, pool: list[str], decision: Decision) -> list[str]:
        """Reactions that presuppose an earlier criticism only after the employee voiced one."""
        if self._criticised(decision):
            return pool
        return [line for line in pool if not _PRESUPPOSES.search(line)] or pool

    def _criticised(self, decision: Decision) -> bool:
        lines = self.persona.lines
        critical = [f for f in self.persona.facts if f.theme in CRITICAL]
        if any(f.id in decision.revealed_ids for f in critical):
            return True
        pools = [_pool(lines.guarded, t) + _pool(lines.open, t) for t in CRITICAL]
        return any(line in self.used for pool in pools for line in pool)

    @staticmethod
    def _talkative(decision: Decision) -> bool:
        """Trust is fair and the manager invited talk: an open question or a reflection."""
        return (
            decision.trust >= TALKATIVE_TRUST
            and not decision.closed
            and any(c in decision.codes for c in ("open_question", "reflection"))
        )

    def _second(
        self,
        theme: str,
        decision: Decision,
        say: Callable[[Iterable[str], str], bool],
        first_choice: list[str] | None = None,
    ) -> None:
        """A second sentence on the same theme, where the whole answer stays a spoken turn."""
        said = self.spoken[-1]
        pool = (first_choice or []) + _pool(self.persona.lines.open, theme)
        pool += self._more(theme, decision)
        # Two lines of one fact tell the same thing twice: the second must add something.
        same = {line for f in self.persona.facts if said in f.lines for line in f.lines}
        more = [
            line
            for line in dict.fromkeys(pool)
            if line not in self.used
            and line not in same
            and len(said.split()) + len(line.split()) <= MAX_WORDS
            and _sentence_count(said) + _sentence_count(line) <= MAX_SENTENCES
        ]
        say(more[:1], "fact2") or say(more[1:], "open2")

    def _more(self, theme: str, decision: Decision) -> list[str]:
        return [
            line
            for fact in self.persona.facts
            if fact.theme == theme and fact.id in decision.revealed_ids
            for line in fact.lines
        ]

    async def stream(self, context: ActorContext) -> AsyncIterator[str]:
        text = self.compose(context.decision, context.manager_text)
        words = _CHUNK.findall(text)
        for i in range(0, len(words), 3):
            yield "".join(words[i : i + 3])

    def _pick(self, pool: list[str], seed: str) -> str | None:
        # No line twice, and no sentence twice: two lines may open with the same words.
        said = {_sentence_key(x) for line in self.used for x in _SENTENCES.findall(line)}
        unused = [line for line in pool if line not in self.used]
        fresh = [line for line in unused
                 if not any(_sentence_key(x) in said for x in _SENTENCES.findall(line)
                            if len(_sentence_key(x).split()) >= 4)] or unused
        if not fresh:
            return None
        # Two replies in a row that open alike ("Goed. ..." "Goed. ...") read like a menu.
        fresh = [line for line in fresh if _first_word(line) != self._last_start] or fresh
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
