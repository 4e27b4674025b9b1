"""Reflections judged on content: does the manager give back what the employee said?"""

from functools import lru_cache

from simulator.scoring.coded import ReflectionQuality
from simulator.scoring.words import content_stems, sentences, stem, tokens

# Words of the reflective stem and of feelings in general: they carry no content of what the
# employee told ("Dat klinkt alsof dat belangrijk voor je is" fits any story).
_GENERIC = {
    "nl": (
        "klinkt klinken alsof belangrijk lastig moeilijk zwaar vervelend frustrerend pittig "
        "begrijp begrijpen snap snappen hoor horen voel voelt voelen gevoel idee situatie ding "
        "dingen best behoorlijk nogal beetje soms vaak heel veel goed fijn mooi stuk zeker "
        "merk merken lijkt lijken kennelijk blijkbaar begrijpelijk logisch natuurlijk zin "
        "betekent betekenen raakt raken bezig kant wel inderdaad klopt precies jezelf jou "
        "samenvat samenvatten samengevat samenvattend kortom begrepen zeg zegt zeggen gezegd "
        "beter slechter hoop aantal paar genoeg punt punten aspect aspecten dank bedankt mooie "
        # Inflections of the words above, and a feeling in general ("dit zit je dwars").
        "gehoord gevoeld voelde voelden klonk leek dwars dwarszit dwarszitten geraakt "
        "raakte emotioneel emoties hierin hiermee daarin daarmee erin ermee hierover daarover"
    ),
    "en": (
        "sounds sound like important hard difficult tough frustrating annoying heavy "
        "understand hear feel feels feeling situation thing things quite pretty bit really "
        "lot good great seems seem seeing see makes make sense obviously clearly matters "
        "matter means mean affects side yourself indeed right exactly sum summarise summarize "
        "summary recap understood say says saying "
        "better worse plenty few several point points aspect aspects thanks thank "
        # Inflections of the words above, and a feeling in general ("this has been bothering
        # you").
        "felt heard sounded seemed meant bother bothers bothering bothered upset upsetting "
        "weigh weighs weighing affected emotional emotions "
        # Negated auxiliaries, which the stop list leaves to the learned layer's features.
        "haven't hasn't hadn't isn't aren't wasn't weren't doesn't didn't won't wouldn't "
        "can't couldn't shouldn't"
    ),
}
GENERIC_STEMS = {lang: {stem(w, lang) for w in words.split()} for lang, words in _GENERIC.items()}
# A summary naming this many content words or fewer, none of them theirs, says nothing ("er
# gaat veel goed, maar er zijn ook dingen die beter kunnen").
SPECIFIC_WORDS = 2
# A Dutch compound meets its parts: "klantgesprekken" gives back "gesprekken", "werkdruk"
# "werk"; each part at least this long, so no ending meets every word.
COMPOUND_PART = 4


@lru_cache(maxsize=32768)
def _stems(text: str, lang: str) -> frozenset[str]:
    """Content stems, with the Dutch verb ending -t dropped so 'bouwt' meets 'bouwen' (each
    word of a reflection is looked up again for the words it echoes: worked out once)."""
    found = content_stems(text, lang)
    if lang != "nl":
        return frozenset(found)
    return frozenset(w[:-1] if len(w) > 4 and w.endswith("t") and w[-2] not in "aeiou" else w
                     for w in found)


def reflecting_part(text: str) -> str:
    """The statements of a turn that also asks something: the question after a reflection
    ("..., wat wil je veranderen?") is not what the reflection gives back."""
    spans = [text[start:end] for start, end in sentences(text)]
    stated = [s for s in spans if not s.rstrip("\"'”’)").endswith("?")]
    return " ".join(stated) if stated and len(stated) < len(spans) else text


def sums_up(text: str, lang: str) -> bool:
    """A turn that sums up what was told: a sentence with the rule book's summary act ("Als ik
    het samenvat", "Let me check I've got this"). A reflection that opens with "Dus" or "So"
    gives back one thing, and is judged as any reflection."""
    from simulator.scoring.acts import acts_in

    return bool(acts_in(text, lang, ("summary",)))


class _Heard:
    """The stems of what the employee said, ready to meet a manager's word: as a word, or for
    Dutch as part of a compound either way ("klantgesprekken" and "gesprekken")."""

    def __init__(self, theirs: set[str], lang: str) -> None:
        self.theirs = theirs
        self.compounds = lang == "nl"
        parts = tuple(t for t in theirs if len(t) >= COMPOUND_PART)
        self.parts = parts
        # One string holding every part between separators: "is a part's end" and "is a
        # part's start" become one substring test each.
        self.joined = "\0" + "\0".join(parts) + "\0"

    def meets(self, word: str) -> bool:
        if word in self.theirs:
            return True
        if not self.compounds or len(word) < COMPOUND_PART or not self.parts:
            return False
        return (word.endswith(self.parts) or word.startswith(self.parts)
                or word + "\0" in self.joined or "\0" + word in self.joined)


def quality(text: str, lang: str, heard: list[str], complex_: bool,
            generic_: bool = False, summary: bool = False) -> ReflectionQuality:
    """How a reflection relates to what was `heard`: the employee's last turn or turns and
    the facts they just told. `generic_` is the learned layer's view that it fits any story;
    a reflection without a single content word is generic in any case, and so is a `summary`
    that names next to nothing. Neither accurate nor generic: specific, in the manager's own
    words, with nothing of theirs to check it against."""
    text = reflecting_part(text)
    mine = _stems(text, lang) - GENERIC_STEMS[lang]
    theirs: set[str] = set()
    for said in heard:
        theirs |= _stems(said, lang)
    heard_words = _Heard(theirs, lang)
    shared = {w for w in mine if heard_words.meets(w)}
    vague = summary and not shared and len(mine) <= SPECIFIC_WORDS
    generic = generic_ or not mine or vague
    accurate = not generic and bool(shared) and (
        len(shared) >= 2 or len(shared) / len(mine) >= 0.2)
    echoed = tuple(w for w in dict.fromkeys(tokens(text)) if _stems(w, lang) & shared)
    return ReflectionQuality(accurate=accurate, generic=generic, complex=complex_,
                             echoed=echoed)
