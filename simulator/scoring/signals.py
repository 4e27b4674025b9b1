"""Signals the employee gives, and whether the manager's next turn takes them up."""

import re

from simulator.scoring.coded import CodedUtterance
from simulator.scoring.codes import Code
from simulator.scoring.content import quality
from simulator.scoring.words import content_stems

# Hedges that may hide something: "Weet ik niet.", "Zou kunnen.", "Tja." A manager who passes
# two of them by has not asked what is behind them.
_WEAK = re.compile(
    r"^\W*(?:weet ik niet|weet niet|zou kunnen|tja|gaat wel|mwah|misschien|kan zijn|nou ja"
    r"|i don'?t know|dunno|could be|i suppose|maybe|it'?s fine|fine i guess|whatever|not sure"
    r"|hard to say)\b[\W\w]{0,12}$", re.IGNORECASE)
WEAK_TO_FLAG = 2  # the second weak signal passed by is a finding


def weak_signal(said: str) -> bool:
    """A short, non-committal answer that may hide something."""
    return bool(_WEAK.match(said.strip()))


def takes_up(item: CodedUtterance, said: str, turn: str | None = None) -> bool:
    """Whether the manager's turn explores what the employee said: a reflection that gives
    it back, or a question on its own words; any open question is not enough. `said` is the
    sentence that matters, `turn` the employee's whole turn around it: a turn that gives back
    that turn's content, the sentence among it, takes it up whatever its code."""
    lang = item.lang
    codes = set(item.codes)
    touches = bool(content_stems(item.text, lang) & content_stems(said, lang))
    if touches and turn and quality(item.text, lang, [turn], False).accurate:
        return True
    if Code.REFLECTION in codes and quality(item.text, lang, [said], False).accurate:
        return True
    asks = Code.OPEN_QUESTION in codes or Code.CLOSED_QUESTION in codes
    return asks and touches


def follows_up(item: CodedUtterance) -> bool:
    """After a weak signal: an open question or a reflection invites what lies behind it."""
    return bool({Code.OPEN_QUESTION, Code.REFLECTION} & set(item.codes))
