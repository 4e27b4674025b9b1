"""How well the manager listened this turn, read from the coded turn and what was said."""

from dataclasses import dataclass

from simulator.scoring.coded import CodedUtterance
from simulator.scoring.codes import Code
from simulator.scoring.content import GENERIC_STEMS, quality
from simulator.scoring.words import content_stems

# What a turn does with the employee's story, from most to least listening.
ACCURATE = "accurate"  # a reflection or summary that gives back what they said
FOLLOW_UP = "follow_up"  # an open question on their own words
GENERIC = "generic"  # a reflection that would fit any story
OFF = "off"  # a reflection of something they did not say
NEW_TOPIC = "new_topic"  # an open question that jumps to something else
NONE = "none"
# A summary naming this many content words or fewer, none of them theirs, says nothing.
SPECIFIC_WORDS = 2


@dataclass(frozen=True)
class Listening:
    """The director's reading of one manager turn: what kind of listening it shows, whether it
    sums up (and how the summary fits what was told), and whether it stays with the story."""

    kind: str
    summary: str | None = None  # "confirm", "correct" or "shrug" when the turn sums up
    on_story: bool = False  # it takes up the employee's last turn


def _is_summary(coded: CodedUtterance) -> bool:
    from simulator.scoring.acts import acts_in

    return bool(acts_in(coded.text, coded.lang, ("summary",))) or any(
        e.code == Code.REFLECTION and e.rule.endswith(".summary") for e in coded.evidence)


def _reflection_kind(coded: CodedUtterance, heard: list[str], lang: str) -> str:
    judged = coded.reflection or quality(coded.text, lang, heard, complex_=False)
    if judged.generic:
        return GENERIC
    return ACCURATE if judged.accurate else OFF


def _summary(coded: CodedUtterance, told: list[str], lang: str) -> str:
    """Checks a summary against everything the employee told: an accurate one is confirmed, a
    wrong one corrected, an empty one shrugged at."""
    judged = quality(coded.text, lang, told, complex_=False)
    if judged.accurate:
        return "confirm"
    # Nothing of theirs given back: a summary that names next to nothing ("er gaat veel goed,
    # maar er zijn ook dingen die beter kunnen") is empty; one that names things is wrong.
    specific = content_stems(coded.text, lang) - GENERIC_STEMS[lang]
    return "shrug" if judged.generic or len(specific) <= SPECIFIC_WORDS else "correct"


def read_listening(coded: CodedUtterance, last_said: str | None, told: list[str]) -> Listening:
    """`last_said` is the employee's last turn; `told` every turn and fact they shared."""
    lang = coded.lang
    heard = [last_said] if last_said else []
    takes_up = bool(heard) and bool(
        content_stems(coded.text, lang) & content_stems(heard[0], lang))
    if Code.REFLECTION in coded.codes:
        if _is_summary(coded):
            verdict = _summary(coded, told + heard, lang)
            kind = {"confirm": ACCURATE, "correct": OFF, "shrug": GENERIC}[verdict]
            return Listening(kind, verdict, on_story=verdict == "confirm")
        kind = _reflection_kind(coded, heard, lang)
        return Listening(kind, on_story=kind == ACCURATE)
    if Code.OPEN_QUESTION in coded.codes:
        follow = takes_up or "deepen" in coded.acts or "follow_up" in coded.acts
        return Listening(FOLLOW_UP if follow else NEW_TOPIC, on_story=follow)
    if takes_up and not coded.codes and quality(coded.text, lang, heard, complex_=False).accurate:
        # A bare statement of their own words, the coder saw no act in: it gives back what
        # they said, and is heard as such.
        return Listening(ACCURATE, on_story=True)
    return Listening(NONE, on_story=takes_up)
