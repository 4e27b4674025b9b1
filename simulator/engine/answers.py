"""What the offline employee says to each kind of manager turn.

A reply is at most one short reaction to how the manager spoke, then the answer: the first
kind of turn in ANSWERS that fits answers it (returns True), and a fallback when nothing was
said."""

from collections.abc import Callable

from simulator.engine.lines import (
    AGREE,
    CALLS_CONCRETE,
    HEAVY,
    MONEY_LINE,
    doubts,
    hedges,
    murmurs,
    not_sure,
    pool_of,
    small_talk_on,
)
from simulator.engine.reply import Reply
from simulator.engine.trust import OWN_ACTION_TRUST, WARM_TRUST

# Reactions voiced before the content; after the first two the employee pulls back.
PULL_BACK = ("defensive", "appraisal")
NEGATIVE = ("defensive", "appraisal", "promise", "advice")
POSITIVE = ("reflection", "affirmation", "commitment")


def react(r: Reply) -> None:
    """At most one short reaction to how the manager spoke."""
    d, lines = r.decision, r.lines
    if d.reaction in NEGATIVE:
        _react_negative(r)
    elif d.summary in ("confirm", "correct", "shrug") and d.turn > 1:
        # A summary is confirmed when it fits what was told, corrected when it does not,
        # and met with a shrug when it says nothing at all; one in the manager's own words is
        # met as a reflection.
        verdicts = {"confirm": lines.confirm, "correct": lines.correct, "shrug": lines.shrug}
        r.say(verdicts[d.summary], d.summary)
    elif d.listening == "generic" and not d.question and d.turn > 1:
        # "Dat klinkt alsof dat belangrijk voor je is" fits any story: no gratitude for it.
        r.say(lines.shrug, "shrug") or r.say(murmurs(lines.filler), "filler")
    elif d.reaction in POSITIVE and not d.question and not d.closing and d.turn > 1:
        # A reflection, recognition or commitment with no question after it gets its own
        # acknowledgement; followed by a question, the answer itself is the acknowledgement.
        pool = pool_of(lines.reactions, d.reaction)
        if d.reaction == "commitment" and not d.dated:
            pool = [line for line in pool if not CALLS_CONCRETE.search(line)]
        r.say(pool, d.reaction or "")


def _react_negative(r: Reply) -> None:
    """A defence, appraisal, promise or advice is answered first, whatever else was said."""
    d, lines = r.decision, r.lines
    reaction = d.reaction or ""
    pool = pool_of(lines.reactions, d.reaction)
    if d.money:
        # "Je krijgt opslag": the persona's own line about money, if it has one.
        r.say([line for line in pool if MONEY_LINE.search(line)], reaction) or r.say(
            pool, reaction
        )
    elif d.hostile and d.trust < WARM_TRUST and lines.hostile:
        # A reproach or a defence while trust is low: answered in kind.
        r.say(lines.hostile, "hostile") or r.say(r.fitting(pool), reaction)
    else:
        # "Ik regel dat je die opleiding krijgt": no line about money to it.
        plain = [line for line in pool if not MONEY_LINE.search(line)] or pool
        r.say(r.fitting(plain), reaction)


def answer(r: Reply) -> None:
    """The answer to what was asked, by the first kind of turn that fits."""
    for kind in ANSWERS:
        if kind(r):
            break


def _held_back(r: Reply) -> bool:
    d = r.decision
    if d.reaction in PULL_BACK and d.reveal is None:
        # Pulled back: at most a guarded word on an open question, or nothing more; to a
        # closed one the reaction is the whole answer.
        if d.question and d.theme and not d.closed:
            r.say(pool_of(r.lines.guarded, d.theme), "guarded")
        return True
    # A promise or advice, alone or with a yes/no question ("Blijf je dan?"): the
    # sceptical reaction is the whole answer, not a "Ja, prima." after it.
    return bool(
        d.reaction in NEGATIVE
        and r.parts
        and d.reveal is None
        and (not d.question or d.closed or d.opinion)
    )


def _disclosure(r: Reply) -> bool:
    """A new fact; else what lies under a told story; else more of a told fact."""
    d = r.decision
    if d.reveal is not None:
        r.reveal()
        return True
    if d.layer is not None and r.layer(d.layer):
        return True  # what lies under the story, told to a manager who listened to it
    # "Wat maakt dat begeleiden van Joris zo betekenisvol?": more of Joris
    if not d.focus:
        return False
    if r.deepen():
        return True
    if not d.question and not d.codes:
        # A silence after a story that has been told in full: a murmur, not a guarded line
        # that takes the story back.
        r.say(murmurs(r.lines.filler), "filler")
        return True
    return False


def _first_turn(r: Reply) -> bool:
    """The first reply answers the manager's greeting, or their small talk."""
    d, lines = r.decision, r.lines
    if d.turn != 1:
        return False
    if d.small_talk and r.say(small_talk_on(lines.small_talk, r.manager_text), "small"):
        return True  # "Lekker weekend gehad?" is answered, not met with an opening line
    if d.question and not d.closed and d.theme and _theme_answer(r):
        # "Hoi, fijn dat je er bent. Wat geeft je energie?": the question is answered as far as
        # trust allows, not met with an opening line that hands over the floor ("Zeg het maar.").
        return True
    return r.say(lines.opening, "opening")


def _closing(r: Reply) -> bool:
    d, lines = r.decision, r.lines
    if not d.closing:
        return False
    warm = d.trust >= WARM_TRUST
    if not (warm and r.say(lines.closing_warm, "closing")):
        r.say(lines.closing, "closing") or r.say(lines.closing_warm, "closing")
    if warm and d.proposal and r.parts and not AGREE.match(r.parts[-1]):
        # "Zullen we over drie weken kijken hoe het staat?": a yes before the goodbye.
        goodbye = r.parts.pop()
        r.yes(lines.short_yes, "yes", agree=True)
        r.parts.append(goodbye)
    return True


def _own_step(r: Reply) -> bool:
    d, lines = r.decision, r.lines
    if not d.own_action:
        return False
    if d.trust >= OWN_ACTION_TRUST:
        r.say(lines.own_action, "own")
    if not r.parts:
        r.say(hedges(lines.filler), "hedge")
    return True


def _proposal(r: Reply) -> bool:
    if not r.decision.proposal:
        return False
    if not r.say(pool_of(r.lines.reactions, "commitment"), "agree"):
        r.yes(r.lines.short_yes, "yes", agree=True)
    return True


def _opinion(r: Reply) -> bool:
    """"Ben je het met me eens?": agreed once trust is there, otherwise a cool doubt."""
    d, lines = r.decision, r.lines
    if not d.opinion:
        return False
    if d.trust >= WARM_TRUST:
        r.yes(lines.short_yes, "agree", agree=True) or r.say(
            pool_of(lines.reactions, "reflection"), "agree"
        )
    else:
        r.say(doubts(lines.filler), "doubt")
    return True


def _check(r: Reply) -> bool:
    """"Klopt dat?" after a reflection or a summary: confirmed, briefly."""
    if not r.decision.check or r.parts:
        return False
    r.say(pool_of(r.lines.reactions, "reflection"), "check") or r.yes(
        r.lines.short_yes, "check", agree=True
    )
    return True


def _closed(r: Reply) -> bool:
    d, lines = r.decision, r.lines
    if not d.closed:
        return False
    heavy = HEAVY.search(d.question_text or r.manager_text)
    if d.theme and (heavy or d.theme == "leave"):
        # "Denk je erover om weg te gaan?", "Vind je het nog leuk of ben je er klaar
        # mee?": no "Ja, prima.", but a guarded word on what was asked.
        r.say(pool_of(lines.guarded, d.theme), "guarded")
    elif d.fact:
        # "Wie ziet je nog meer?", "Hoe vaak?": a guarded word on the theme, or a doubt.
        if not (d.theme and r.say(pool_of(lines.guarded, d.theme), "guarded")):
            r.say(not_sure(lines.filler), "doubt")
    elif not heavy:
        r.yes(lines.short_yes, "yes") or r.yes(pool_of(lines.reactions, "closed_question"), "yes")
    if not r.parts:
        r.say(not_sure(lines.filler) if d.fact else doubts(lines.filler), "doubt")
    return True


def _theme_answer(r: Reply) -> bool:
    """The answer on the theme: open once trust allows, guarded before."""
    d, lines = r.decision, r.lines
    theme = d.theme
    if not theme or not (
        d.question or not r.parts or (d.reaction == "reflection" and d.open_theme)
    ):
        return False
    if d.open_theme:
        said = r.say(r.more(theme), "more") or r.say(pool_of(lines.open, theme), "open")
        if said and r.talkative:
            r.second(theme)
    else:
        said = r.say(pool_of(lines.guarded, theme), "guarded")
    if not said:
        r.say(pool_of(lines.guarded, theme), "guarded")
    return True


def _small_talk(r: Reply) -> bool:
    lines = r.lines
    if not r.decision.small_talk:
        return False
    r.say(small_talk_on(lines.small_talk, r.manager_text), "small") or r.say(
        lines.small_talk, "small"
    )
    return True


ANSWERS: tuple[Callable[[Reply], bool], ...] = (
    _held_back,
    _disclosure,
    _first_turn,
    _closing,
    _own_step,
    _proposal,
    _opinion,
    _check,
    _closed,
    _theme_answer,
    _small_talk,
)


def fallback(r: Reply) -> None:
    """Nothing said yet: the briefest answer that still fits the turn."""
    d, lines = r.decision, r.lines
    if not r.parts and d.question and not d.closed and d.theme is None:
        # An open question on nothing the persona has lines for: a thoughtful hedge.
        r.say(doubts(lines.filler), "doubt")
    if not r.parts and d.closed and not d.fact:
        r.yes(lines.short_yes, "yes")
    if not r.parts and d.question and not d.closed:
        # An open question is never met with "Ga door." or "Zou kunnen.": a guarded word on
        # the topic asked, or on the topic at hand.
        topic = d.theme or "energy"
        r.say(pool_of(lines.guarded, topic), "guarded") or r.say(
            pool_of(lines.open, topic), "open"
        ) or r.say(hedges(lines.filler), "hedge")
    if not r.parts and not d.question:
        # A bare "ok" or "ja snap ik": a murmur, not an answer to a question nobody asked.
        r.say(murmurs(lines.filler), "filler")
    if not r.parts:
        r.say(lines.filler, "filler")
