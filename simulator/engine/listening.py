"""How well the manager listened this turn, read from the coded turn and what was said."""

from dataclasses import dataclass

from simulator.scoring.coded import CodedUtterance
from simulator.scoring.codes import Code
from simulator.scoring.content import quality, sums_up
from simulator.scoring.words import content_stems

# What a turn does with the employee's story, from most to least listening.
ACCURATE = "accurate"  # a reflection or summary that gives back what they said
FOLLOW_UP = "follow_up"  # an open question on their own words
GENERIC = "generic"  # a reflection that would fit any story
OWN_WORDS = "own_words"  # a specific reflection with nothing of theirs to check it against
OFF = "off"  # a summary of things they did not say
NEW_TOPIC = "new_topic"  # an open question that jumps to something else
NONE = "none"
# A reflection in the manager's own words is taken as staying with the story: most specific
# reflections that share no word with the employee's turn are paraphrases of it.
STAYS = (ACCURATE, OWN_WORDS)
# The turns after which the employee feels heard, and tells more.
HEARD = (*STAYS, FOLLOW_UP)


@dataclass(frozen=True)
class Listening:
    """The director's reading of one manager turn: what kind of listening it shows, whether it
    sums up (and how the summary fits what was told), and whether it stays with the story."""

    kind: str
    # "confirm", "correct", "shrug" or "own_words" when the turn sums up
    summary: str | None = None
    on_story: bool = False  # it takes up the employee's last turn


def _reflection_kind(coded: CodedUtterance, heard: list[str], lang: str) -> str:
    judged = coded.reflection or quality(coded.text, lang, heard, complex_=False)
    if judged.generic:
        return GENERIC
    return ACCURATE if judged.accurate else OWN_WORDS


def _summary(coded: CodedUtterance, told: list[str], lang: str) -> str:
    """Checks a summary against everything the employee told: an accurate one is confirmed,
    an empty one ("er gaat veel goed, maar er zijn ook dingen die beter kunnen") shrugged at,
    one that names none of it corrected. The rest puts what was told in the manager's own
    words, which word overlap cannot check: "own_words"."""
    judged = quality(coded.text, lang, told, complex_=False, summary=True)
    if judged.accurate:
        return "confirm"
    if judged.generic:
        return "shrug"
    return OWN_WORDS if judged.echoed else "correct"


def read_listening(coded: CodedUtterance, last_said: str | None, told: list[str]) -> Listening:
    """`last_said` is the employee's last turn; `told` every turn and fact they shared."""
    lang = coded.lang
    heard = [last_said] if last_said else []
    takes_up = bool(heard) and bool(
        content_stems(coded.text, lang) & content_stems(heard[0], lang))
    if Code.REFLECTION in coded.codes:
        if sums_up(coded.text, lang):
            verdict = _summary(coded, told + heard, lang)
            kind = {"confirm": ACCURATE, "correct": OFF, "shrug": GENERIC,
                    OWN_WORDS: OWN_WORDS}[verdict]
            return Listening(kind, verdict, on_story=kind in STAYS)
        kind = _reflection_kind(coded, heard, lang)
        return Listening(kind, on_story=kind in STAYS)
    if Code.OPEN_QUESTION in coded.codes:
        follow = takes_up or "deepen" in coded.acts or "follow_up" in coded.acts
        return Listening(FOLLOW_UP if follow else NEW_TOPIC, on_story=follow)
    if takes_up and not coded.codes and quality(coded.text, lang, heard, complex_=False).accurate:
        # A bare statement of their own words, the coder saw no act in: it gives back what
        # they said, and is heard as such.
        return Listening(ACCURATE, on_story=True)
    return Listening(NONE, on_story=takes_up)
