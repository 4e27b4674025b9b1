"""The employee's own words said back from the manager's side: "ik heb" -> "je hebt"."""

import re

from simulator.scoring.hedges import plain
from simulator.scoring.mirror_nl import singular_after_ik, swap_nl
from simulator.scoring.rulebook import LANGS, lexicon

_SPLIT = re.compile(r"(?<=[.!?])\s+")
_I = re.IGNORECASE

# Turn the employee's own words into a "you" reflection: "ik heb" -> "je hebt".
_SWAP = {
    "nl": {
        "ik": "je", "mij": "jou", "me": "je", "mijn": "je", "m'n": "je", "mezelf": "jezelf",
        "myself": "jezelf",
    },
    "en": {
        "i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
        "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    },
}
# "Ík" said with stress is said back with stress: "Ík doe het werk" -> "jij doet het werk".
_STRESSED = {"nl": {"ik": "jij", "mij": "jou", "me": "jou", "mijn": "jouw", "m'n": "jouw"},
             "en": {}}
_ACCENT = str.maketrans("áéíóú", "aeiou")
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ'\u2019]+")
_FIRST_PERSON = {"nl": re.compile(r"\b(?:[ií]k|m[ií]jn|m[ií]j|m[eé])\b", _I),
                 "en": re.compile(r"\b(?:i|i'm|i've|i'd|my|me)\b", _I)}
_STOPISH = {
    "nl": frozenset("ik je jij mijn mij me het de een dat die dit is ben heb was en maar dus "
                    "niet wel ook nog al er om te van in op aan voor met zo heel echt gewoon "
                    "eigenlijk even zijn hebt bent wat hoe".split()),
    "en": frozenset("i you my me your the a an that this it is am are was were and but so not "
                    "just really very to of in on at for with have has had do did be been what "
                    "how".split()),
}


# Two subjects joined ("Joris en ik", "mijn collega en ik", "ik en mijn team", "me and Sam"):
# the verb is plural and stays so ("Joris en jij bouwen"), and "ik" is said back stressed. A
# subject is a name, a person ("hij") or a noun after one of the language's determiners.
_AND = {"nl": "en", "en": "and"}
_ME = {"nl": frozenset({"ik", "mij", "me"}), "en": frozenset({"i", "me"})}
_PERSON = {"nl": frozenset("hij zij ze".split()), "en": frozenset("he she they".split())}
# "We" said back only where the sentence names the group ("Joris en ik ..., we"): an unnamed
# "we" may be the employee and the manager ("we hadden afgesproken"), so it is left as said.
_SWAP_WE = {
    "nl": {"wij": "jullie", "we": "jullie", "ons": "jullie", "onze": "jullie",
           "onszelf": "jezelf"},
    "en": {"we": "you", "we're": "you're", "we've": "you've", "we'd": "you'd",
           "we'll": "you'll", "us": "you", "our": "your", "ours": "yours",
           "ourselves": "yourselves"},
}


def _key(word: str) -> str:
    return word.lower().replace("\u2019", "'").translate(_ACCENT)


def _ends_noun_phrase(tokens: list[str], k: int, lang: str) -> bool:
    """Whether tokens[k] can close a subject: a name, "hij", or a noun after "mijn"/"de"."""
    word, low = tokens[k], _key(tokens[k])
    if k == 0 or low in _PERSON[lang] or (word[:1].isupper() and low not in _ME[lang]):
        return True
    determiners = lexicon(lang, "determiners")
    return any(_key(t) in determiners for t in tokens[max(0, k - 2):k])


def _starts_noun_phrase(word: str, lang: str) -> bool:
    low = _key(word)
    return (low in lexicon(lang, "determiners") or low in _PERSON[lang]
            or (word[:1].isupper() and low not in _ME[lang]))


def _coordinated(tokens: list[str], tight: list[bool], i: int, lang: str) -> bool:
    """Whether the first person at i is one of two joined persons, with no comma between."""
    low = [_key(t) for t in tokens]
    after = low[i + 1] if i + 1 < len(low) else ""
    if (i >= 2 and low[i - 1] == _AND[lang] and tight[i - 1] and tight[i]
            and _ends_noun_phrase(tokens, i - 2, lang)):
        return lang != "nl" or low[i] != "ik" or not singular_after_ik(after)
    return (after == _AND[lang] and i + 2 < len(low) and tight[i + 1] and tight[i + 2]
            and _starts_noun_phrase(tokens[i + 2], lang))


def _swap_en(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, word in enumerate(tokens):
        low = _key(word)
        if low in ("am", "was") and i and _key(tokens[i - 1]) == "i":
            out[i] = "are" if low == "am" else "were"
    return out


def _said_back(tokens: list[str], tight: list[bool], lang: str, cut: bool = False) -> list[str]:
    """The tokens from the manager's side: pronouns swapped, verbs agreeing with them; cut says
    the words were cut short (their last clause may lack its verb)."""
    # A stressed pronoun is read as plain ("ík" as "ik") and said back stressed.
    stressed = {i for i, t in enumerate(tokens) if _key(t) in _SWAP[lang] and not t.isascii()
                and "\u2019" not in t}
    tokens = [_key(t) if i in stressed else t for i, t in enumerate(tokens)]
    joined = {i for i, t in enumerate(tokens)
              if _key(t) in _ME[lang] and _coordinated(tokens, tight, i, lang)}
    table = {**_SWAP[lang], **(_SWAP_WE[lang] if joined else {})}
    verbs = swap_nl(tokens, tight, joined, cut) if lang == "nl" else _swap_en(tokens)
    out = []
    for i, (word, verb) in enumerate(zip(tokens, verbs, strict=True)):
        swapped = table.get(_key(word)) if word != "US" else None
        if i in stressed:
            swapped = _STRESSED[lang].get(word, swapped)
        if swapped is None or verb != word:
            out.append(verb)
        else:  # keep a curly apostrophe curly: "I’m" -> "you’re"
            out.append(swapped.replace("'", "\u2019") if "\u2019" in word else swapped)
    return out


_REACTION = {
    "nl": re.compile(r"\b(?:je|jij|jou|jouw|u|baas|leidinggevende|manager|chef|gesprek|"
                     r"gevraagd|vraag|vraagt|vragen|zeg|zegt|gezegd)\b", _I),
    "en": re.compile(r"\b(?:you|your|boss|manager|conversation|talk|asked|ask|asks|question|"
                     r"say|said)\b", _I),
}


# Words that open a clause by pointing back to the one before it.
_POINTS_BACK = {"nl": frozenset({"dat", "dit", "het", "daar", "die", "daarom", "zo"}),
                "en": frozenset({"that", "this", "it", "which", "so", "that's", "it's"})}


def _telling(prev: str, lang: str) -> str:
    """The longest first-person clause with some substance, at most 18 words; "" if none."""
    parts = [p.strip().rstrip(".!?…") for p in _SPLIT.split(prev.strip()) if p.strip()]
    candidates = []
    for part in parts:
        # Hedges go first: "weet je" or "you know" addresses nobody, and is not said back.
        part = plain(part, lang)
        words = part.split()
        content = [w for w in _TOKEN.findall(part.lower()) if w not in _STOPISH[lang]
                   and len(w) > 3]
        # Only a first-person clause with some substance makes a natural reflection; a
        # reaction to the manager or the talk itself ("dat heeft nog nooit een baas aan me
        # gevraagd") is not their story, so it is not said back.
        if _REACTION[lang].search(part):
            continue
        if len(words) > 5 and len(content) >= 2 and _FIRST_PERSON[lang].search(part):
            candidates.append(part)
    if not candidates:
        return ""
    # A clause that opens by pointing back ("Dat vind ik een bizarre gedachte") says little
    # said back alone: one that names its own matter comes first, the longest of those.
    said = max(candidates, key=lambda p: (p.split()[0].lower() not in _POINTS_BACK[lang],
                                          len(p.split())))
    words = said.split()
    return " ".join(words[:18]) + " …" if len(words) > 18 else said


def mirror(prev: str | None, lang: str) -> str:
    """The employee's most telling sentence said back from the manager's side; "" if none."""
    said = _telling(prev, lang) if prev else ""
    if not said:
        return ""
    tokens, tight, end = [], [], 0
    for match in _TOKEN.finditer(said):
        gap = said[end:match.start()]  # no comma between it and the last ("28" or "-" is none)
        tight.append(not gap.strip(" 0123456789") or gap == "-")
        tokens.append(match.group())
        end = match.end()
    pieces = iter(_said_back(tokens, tight, lang, said.endswith("…")))
    result = _TOKEN.sub(lambda _m: next(pieces), said)
    first = result.split()[0] if result.split() else ""
    # Keep names capitalised; lower an ordinary first word ("Als ik je goed begrijp: dan ..."):
    # a stop word of the language (its list holds every word of _STOPISH) or a starter. The
    # other language's starters count too: a sentence may open in it ("Since ...", "Toen ...").
    low = first.lower()
    starter = any(low in lexicon(one, "starters") for one in LANGS)
    if first[:1].isupper() and (starter or low in lexicon(lang, "stop")):
        result = result[0].lower() + result[1:]
    return result

