"""The persona's line pools, and the filters that keep the lines that fit a turn."""

import re
from collections.abc import Mapping
from typing import Any

_NO = re.compile(r"^(?:nee|no\b|nope|not really|niet echt|niks|nothing)", re.IGNORECASE)
_CONFIRM = re.compile(r"^(?:klopt|precies|that'?s right|right\b|exactly)", re.IGNORECASE)
# Closed questions a plain "no" answers well: "Is er iets?", "Zit je iets dwars?"
_WANTS_NO = re.compile(
    r"\b(?:iets|zorgen|problemen?|dwars|vragen|klachten|anything|worr\w*|concerns?|problems?"
    r"|questions|issues?|wrong|mis)\b",
    re.IGNORECASE,
)
AGREE = re.compile(
    r"^(?:ja\b|jawel|jazeker|prima|goed|zeker|oké|top|afgesproken|doen we|yes|sure|fine|good"
    r"|okay|alright|lovely|great|of course|that works)",
    re.IGNORECASE,
)
MONEY_LINE = re.compile(r"\b(?:geld|salaris|loon|opslag|money|pay|salary|raise)\b", re.IGNORECASE)
# A closed question a cheerful "Ja, prima." would answer wrongly: a worry, or an either-or.
HEAVY = re.compile(
    r"\b(?:te (?:zwaar|veel|lang|druk|weinig)|klaar mee|moe|zwaar|weg|vertrekken|stoppen|ontslag"
    r"|of (?:ben|is|wil|heb|vind|zit)|too (?:much|long|heavy|busy)|tired|done with|leav\w*|quit"
    r"|burn\w*|or (?:are|is|do|have|would))\b",
    re.IGNORECASE,
)
# Reactions that answer a criticism the employee made ("Ik zeg het niet om je aan te vallen.").
PRESUPPOSES = re.compile(
    r"aan te vallen|niet om te zeuren|bedoel(?:de)? het niet (?:zo|als)|not (?:attacking|having a"
    r" go|criticising|criticizing|complaining)|didn'?t mean it (?:like|as)",
    re.IGNORECASE,
)
# Reactions that call a step concrete ("Oké. Dat is tenminste concreet."): only to one with a
# date, never to "Let's check in again soon".
CALLS_CONCRETE = re.compile(r"\bconcre(?:et|te)\b", re.IGNORECASE)
_TAG = re.compile(r"\b(?:toch|klopt dat|right|isn'?t it|don'?t you)\?", re.IGNORECASE)
SENTENCES = re.compile(r"[^.!?…]+[.!?…]*")

# Small-talk topics: a line about the weekend answers a question about the weekend.
_TOPICS = (
    (r"weekend", r"weekend"),
    (r"koffie|coffee|thee|tea", r"koffie|coffee|thee|tea"),
    (r"\bweer\b|regen|rain|weather|zon|sun", r"regen|rain|zon|sun|weer\b"),
    (r"hoe gaat|hoe is het|how are|how'?s it|how'?s things", r"druk|busy|goed|fine|good"),
)


def sentence_key(sentence: str) -> str:
    return " ".join(re.findall(r"\w+", sentence.casefold()))


def pool_of(table: Mapping[Any, list[str]], key: str | None) -> list[str]:
    return list(table.get(key, [])) if key else []


def short_answers(pool: list[str], question: str, agree: bool = False) -> list[str]:
    """The brief answers that fit this closed question: no "Nee hoor." to "Zullen we ...?"."""
    if not agree and _WANTS_NO.search(question):
        # "Heb je nog vragen?": a no, never "Gaat wel.".
        return [line for line in pool if _NO.match(line)]
    if agree:
        return [line for line in pool if AGREE.match(line)]
    confirm_ok = bool(_TAG.search(question))
    return [
        line
        for line in pool
        if not _NO.match(line) and (confirm_ok or not _CONFIRM.match(line))
    ]


def first_word(text: str) -> str:
    match = re.match(r"\W*(\w+)", text)
    return match.group(1).casefold() if match else ""


def sentence_count(text: str) -> int:
    return max(1, len(re.findall(r"[.!?]+(?:\s|$)", text)))


def small_talk_on(pool: list[str], manager_text: str) -> list[str]:
    """The small-talk lines on the manager's topic, if it has one."""
    for asked, answer in _TOPICS:
        if re.search(asked, manager_text, re.IGNORECASE):
            return [line for line in pool if re.search(answer, line, re.IGNORECASE)]
    return []


def murmurs(fillers: list[str]) -> list[str]:
    """Murmurs: "Hm.", "Tja.", not "Even denken." or "Ga maar door."."""
    return [
        line
        for line in fillers
        if len(line.split()) <= 2 and not re.search(r"door|verder|go on|think|denk", line, re.I)
    ]


# A yes, a no or a maybe: what a closed question gets, never an answer to an open one.
YES_NO = re.compile(
    r"^(?:\W*(?:ja|nee|jawel|klopt|zou kunnen|kan|misschien|mwah|prima|goed|yes|no|yeah|nope"
    r"|sure|maybe|could be|right|fine)\b(?:\s+(?:hoor|hè|toch))?\W*)+$", re.IGNORECASE)



def doubts(fillers: list[str]) -> list[str]:
    """Fillers that answer "Ben je het met me eens?" coolly: "Weet ik niet.", not "Ga door."."""
    return [
        line
        for line in fillers
        if len(line.split()) >= 2 and not re.search(r"door|verder|go on|carry on", line, re.I)
    ] or murmurs(fillers)


def not_sure(fillers: list[str]) -> list[str]:
    """Doubts that answer a question for a fact ("Wie ziet je nog meer?"): "Weet ik niet.",
    never a yes, a no or a maybe."""
    lines = list(dict.fromkeys(doubts(fillers) + murmurs(fillers)))
    return [line for line in lines if not YES_NO.match(line)]


def hedges(fillers: list[str]) -> list[str]:
    """Fillers that can stand as an answer: "Even denken." rather than "Hm." or "Ga door."."""
    return [line for line in fillers if len(line.split()) >= 2
            and not re.search(r"door|verder|go on|carry on", line, re.I)] or fillers
