"""Replies that do not fit the manager's line, found in a played conversation."""

import re
from dataclasses import dataclass

from simulator.domain.persona import Fact, Persona
from simulator.engine.decision import Decision
from simulator.engine.lines import YES_NO
from simulator.scoring.words import content_stems

_SENTENCE = re.compile(r"[^.!?…]+[.!?…]*")


@dataclass(frozen=True)
class Played:
    """One exchange: the manager's line, its codes, the director's decision and the reply."""

    manager: str
    codes: tuple[str, ...]
    decision: Decision
    reply: str


@dataclass(frozen=True)
class Misfit:
    turn: int  # 1-based manager turn
    kind: str  # yes_no_to_open, off_theme_fact, repeated_sentence, fact_before_disclosure
    detail: str


def _norm(sentence: str) -> str:
    return " ".join(re.findall(r"\w+", sentence.casefold()))


def _fact_lines(fact: Fact) -> list[str]:
    return [*fact.lines, *(line for layer in fact.layers for line in layer.lines)]


def _own_stems(persona: Persona, fact: Fact) -> set[str]:
    """Content stems only this fact's lines and text use: they give the fact away."""
    lang = persona.language
    mine: set[str] = set()
    for text in (fact.text, *_fact_lines(fact)):
        mine |= content_stems(text, lang)
    others: set[str] = set()
    for other in persona.facts:
        if other.id != fact.id:
            for text in (other.text, *_fact_lines(other)):
                others |= content_stems(text, lang)
    return mine - others


def _yes_no(persona: Persona, play: Played) -> bool:
    """A yes, a no or a maybe to an open question, or to one that asks for a fact."""
    if "open_question" not in play.codes and not play.decision.fact:
        return False
    reply = play.reply.strip()
    return _norm(reply) in {_norm(x) for x in persona.lines.short_yes} or bool(
        YES_NO.match(reply))


def _off_theme(persona: Persona, play: Played) -> bool:
    d = play.decision
    if d.reveal is None or not d.asked or d.reveal.theme in d.asked:
        return False
    named = content_stems(play.manager, persona.language) & _own_stems(persona, d.reveal)
    return not named  # a fact named by the question is asked for, whatever its theme


def check(persona: Persona, plays: list[Played]) -> list[Misfit]:
    """Every reply that does not fit: a yes/no filler to an open question, a fact off the
    asked theme, a sentence said twice, a fact (or layer) heard before it was disclosed."""
    misfits: list[Misfit] = []
    seen: dict[str, int] = {}
    told: set[str] = set()
    stems = {f.id: _own_stems(persona, f) for f in persona.facts}
    for turn, play in enumerate(plays, 1):
        if _yes_no(persona, play):
            misfits.append(Misfit(turn, "yes_no_to_open", play.reply))
        if _off_theme(persona, play):
            misfits.append(Misfit(turn, "off_theme_fact", play.decision.reveal.id))  # type: ignore[union-attr]
        for sentence in _SENTENCE.findall(play.reply):
            key = _norm(sentence)
            if len(key.split()) >= 4 and key in seen:
                misfits.append(Misfit(turn, "repeated_sentence", sentence.strip()))
            seen.setdefault(key, turn)
        if play.decision.reveal is not None:
            told.add(play.decision.reveal.id)
        reply = content_stems(play.reply, persona.language)
        heard = content_stems(play.manager, persona.language)
        for fact in persona.facts:
            if fact.id in told:
                continue
            leaked = (reply & stems[fact.id]) - heard
            if len(leaked) >= 3 or any(_norm(x) in _norm(play.reply) for x in fact.lines):
                misfits.append(Misfit(turn, "fact_before_disclosure", fact.id))
    return misfits
