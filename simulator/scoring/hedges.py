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
"""

import re

from simulator.scoring.mirror_nl import verb_before_ik

_I = re.IGNORECASE

# Hedges wherever they stand: no other reading of these words is likely in speech.
_ANYWHERE = {
    "nl": ["eerlijk gezegd", "om eerlijk te zijn", "zeg maar", "zogezegd", "als het ware",
           "bij wijze van spreken", "om zo te zeggen", "om het zo te zeggen",
           "als je begrijpt wat ik bedoel", "als je snapt wat ik bedoel"],
    "en": ["to be honest with you", "to tell you the truth", "truth be told", "so to speak",
           "as it were", "if you know what i mean", "if you see what i mean", "tbh"],
}
# Hedges only where commas or the sentence's ends set them off: "weet je wat ik mis?" asks.
_SET_OFF = {
    "nl": ["weet je", "weet je wel", "je weet wel", "je weet toch", "weet je wat het is",
           "weet je wat ik bedoel", "snap je", "snap je wel", "snap je wat ik bedoel",
           "begrijp je", "begrijp je wel", "zie je", "zie je wel", "weet u", "weet u wel",
           "snapt u", "begrijpt u", "ziet u", "hè", "he", "toch", "nou ja", "maar goed",
           "ik bedoel", "als ik eerlijk ben", "eerlijk", "eerlijk waar", "echt waar",
           "eerlijk is eerlijk", "moet ik zeggen", "moet ik eerlijk zeggen",
           "dat moet ik zeggen", "dat moet ik eerlijk zeggen", "ik moet eerlijk zeggen",
           "laten we zeggen", "zo gezegd", "hoe zeg je dat", "hoe zal ik het zeggen",
           "ik zeg maar", "ik zeg maar zo", "zeg ik maar", "zeg ik maar zo", "zeg", "joh",
           "tja", "nou", "eh", "ehm", "uh", "uhm", "hm", "hmm"],
    "en": ["you know", "you know what", "you know what i mean", "know what i mean", "you see",
           "i mean", "like", "honestly", "frankly", "to be honest", "to be fair",
           "if i'm honest", "if i'm being honest", "let's say", "right", "okay", "anyway",
           "uh", "um", "uhm", "er", "hmm"],
}
# Hedges at the end of a part, just before its comma: "I'm kind of, like, the go-to person".
_BEFORE_COMMA = {"nl": [], "en": ["kind of", "sort of"]}
# At the start of the sentence, with or without a comma after them.
_LEAD = re.compile(
    r"^(?:(?:but|and|so|well|yes|yeah|no|mostly|honestly|frankly|to be honest|to be fair|"
    r"if i['’]m (?:being )?honest|maar|en|dus|al|nou|ja|nee|oké|eh|uh|eerlijk gezegd|"
    r"als ik eerlijk ben|eerlijk)\b[\s,?]*)+",
    _I,
)
# Words that open a clause: a comma stays before them where a hedge is taken out.
_CLAUSE = {
    "nl": frozenset("ik ík jij hij zij wij we jullie men en maar want dus omdat terwijl".split()),
    "en": frozenset("i i'm i've i'd i'll i’m i’ve i’d i’ll he she we they and but so".split()),
}
_COMMA = re.compile(r"(\s*(?:(?<!\d),|,(?!\d))\s*)")
_INVERTED = re.compile(r"^(\w+)\s+([ií]k)\b", _I)


def _either(phrases: list[str]) -> str:
    """One alternation of the phrases, longest first, any space and apostrophe allowed."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in ordered)


_INSIDE = {lang: re.compile(rf"\s*\b(?:{_either(p)})\b\s*", _I) for lang, p in _ANYWHERE.items()}
_TAIL = {lang: re.compile(rf"\s*\b(?:{_either(p)})$", _I)
         for lang, p in _BEFORE_COMMA.items() if p}
_ANY = {lang: _either(_ANYWHERE[lang] + _SET_OFF[lang] + _BEFORE_COMMA[lang]) for lang in _ANYWHERE}
_WHOLE = {lang: re.compile(rf"(?:{a})(?:\s+(?:{a}))*", _I) for lang, a in _ANY.items()}


def _trim(part: str, lang: str) -> tuple[str, bool, bool]:
    """The comma-separated part without its hedges ("" if it is all hedge), and whether it
    lost words at its start and at its end (so the comma there was the hedge's)."""
    if not part or _WHOLE[lang].fullmatch(part):
        return "", True, True
    spans = [m.span() for m in _INSIDE[lang].finditer(part)]
    tail = _TAIL[lang].search(part) if lang in _TAIL else None
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
            out += (", " if first in _CLAUSE[lang] else " ") if gap else joint
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
    text = _LEAD.sub("", _without_hedges(said, lang)).strip()
    return _verb_after_ik(text, said) if lang == "nl" else text
