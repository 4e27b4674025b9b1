"""Spoken hedges that address nobody, taken out before the employee's words are said back.

"Eerlijk gezegd", "weet je", "zeg maar", "you know", "to be honest", "like": said to soften or
to keep talking, not to the manager. Left in, a reflection repeats them ("je doet al jaren
hetzelfde, weet je"), and their "je", "zeg" or "you" reads as a reaction to the manager, so
the sentence is not said back at all. A hedge goes with its commas:

- any hedge that makes up a whole comma-separated part: "Ik ben, zeg maar, de vraagbaak",
  "..., weet je", "Like, I ...";
- without commas, only one that cannot be read another way ("eerlijk gezegd", "zeg maar",
  "so to speak"): "weet je wat ik mis" asks, "I feel like" compares;
- "kind of" and "sort of" just before a comma: "I'm kind of, like, the go-to person".

Where a hedge leaves two parts side by side, a comma stays only before a new clause ("I don't
know, to be honest, I just feel stuck" -> "I don't know, I just feel stuck"). "I don't know"
and "ik weet het niet" are not hedges: the doubt is theirs to hear back.

The words live in each language's rule book (rules/nl.yaml, en.yaml, under lexicon):
hedges_anywhere, hedges_set_off, hedges_before_comma, hedge_leads (the words that lead into
the sentence: "Nou, eerlijk gezegd, ...") and clause_openers.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from re import Pattern

from simulator.scoring.mirror_nl import verb_before_ik
from simulator.scoring.rulebook import lexicon

_I = re.IGNORECASE
_COMMA = re.compile(r"(\s*(?:(?<!\d),|,(?!\d))\s*)")
_INVERTED = re.compile(r"^(\w+)\s+([ií]k)\b", _I)


@dataclass(frozen=True)
class _Hedges:
    """One language's hedge patterns, built from the rule book's lexicon."""

    inside: Pattern[str]  # hedges_anywhere, wherever they stand
    tail: Pattern[str] | None  # hedges_before_comma, at the end of a part
    whole: Pattern[str]  # a part that is all hedge, of any kind
    lead: Pattern[str]  # hedge_leads at the start of the sentence
    clause: frozenset[str]  # clause_openers: a comma stays before them


def _longest_first(phrases: Iterable[str]) -> list[str]:
    """Longest first, so "eerlijk gezegd" is tried before "eerlijk"; the rule book gives
    sets, so ties go in a fixed order of their own."""
    return sorted(phrases, key=lambda p: (-len(p), p))


def _either(phrases: Iterable[str]) -> str:
    """One alternation of the phrases, longest first, any space and apostrophe allowed."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for p in _longest_first(phrases))


def _leads(words: Iterable[str]) -> Pattern[str]:
    """The words that lead into a sentence, any number of them at its start, each with or
    without a comma after it; a space in one stands for one space."""
    either = "|".join(re.escape(p).replace("'", "['’]") for p in _longest_first(words))
    return re.compile(rf"^(?:(?:{either})\b[\s,:;?]*)+", _I)


@cache
def _hedges(lang: str) -> _Hedges:
    """The language's hedge patterns, built on first use."""
    anywhere, set_off, before_comma = (
        lexicon(lang, f"hedges_{kind}") for kind in ("anywhere", "set_off", "before_comma"))
    every = _either(anywhere | set_off | before_comma)
    return _Hedges(
        inside=re.compile(rf"\s*\b(?:{_either(anywhere)})\b\s*", _I),
        tail=re.compile(rf"\s*\b(?:{_either(before_comma)})$", _I) if before_comma else None,
        whole=re.compile(rf"(?:{every})(?:\s+(?:{every}))*", _I),
        lead=_leads(lexicon(lang, "hedge_leads")),
        clause=lexicon(lang, "clause_openers"),
    )


def _trim(part: str, lang: str) -> tuple[str, bool, bool]:
    """The comma-separated part without its hedges ("" if it is all hedge), and whether it
    lost words at its start and at its end (so the comma there was the hedge's)."""
    hedges = _hedges(lang)
    if not part or hedges.whole.fullmatch(part):
        return "", True, True
    spans = [m.span() for m in hedges.inside.finditer(part)]
    tail = hedges.tail.search(part) if hedges.tail else None
    if tail:
        spans.append(tail.span())
    if not spans:
        return part, False, False
    text = part
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    lost_start = any(start == 0 for start, _ in spans)
    return " ".join(text.split()), lost_start, any(end == len(part) for _, end in spans)


def _without_hedges(sentence: str, lang: str) -> str:
    """The sentence with each hedge and the comma that set it off taken out."""
    pieces = _COMMA.split(sentence)
    out, joint, gap = "", "", False
    for k in range(0, len(pieces), 2):
        text, lost_start, lost_end = _trim(pieces[k], lang)
        if not text:
            gap = True
            continue
        if out:
            gap = gap or lost_start
            first = text.split()[0].lower()
            out += (", " if first in _hedges(lang).clause else " ") if gap else joint
        out += text
        joint = pieces[k + 1] if k + 1 < len(pieces) else ""
        gap = lost_end
    return out


def _verb_after_ik(text: str, said: str) -> str:
    """A Dutch verb that words taken from the front left first goes back after "ik":
    ("Eerlijk gezegd) vind ik het zwaar" -> "ik vind het zwaar"; "Vind ik het zwaar?" as said
    stays a question."""
    inverted = _INVERTED.match(text)
    verb = inverted.group(1).lower() if inverted else ""
    if not inverted or _INVERTED.match(said) or not verb_before_ik(verb):
        return text  # as said, or "(Maar) als ik ...", "(En) wat ik ..."
    return f"{inverted.group(2)} {verb}{text[inverted.end():]}"


def plain(sentence: str, lang: str) -> str:
    """The sentence without its hedges and the words that lead into it ("Nou, eerlijk gezegd,
    ...")."""
    said = sentence.strip()
    # "Eerlijk gezegd: ik ..." keeps no colon of its hedge.
    text = _hedges(lang).lead.sub("", _without_hedges(said, lang).lstrip(" ,:;")).strip()
    return _verb_after_ik(text, said) if lang == "nl" else text
