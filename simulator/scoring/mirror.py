"""The employee's own words said back from the manager's side: "ik heb" -> "je hebt"."""

import re

from simulator.scoring.rulebook import lexicon

_SPLIT = re.compile(r"(?<=[.!?])\s+")
_I = re.IGNORECASE

# Turn the employee's own words into a "you" reflection: "ik heb" -> "je hebt".
_SWAP = {
    "nl": {
        "ik": "je", "mij": "jou", "me": "je", "mijn": "je", "mezelf": "jezelf",
        "myself": "jezelf",
    },
    "en": {
        "i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
        "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    },
}
# Dutch verb after "ik" (ik heb -> je hebt); inverted ("heb ik") it keeps its form (heb je).
_NL_AFTER_IK = {
    "ben": "bent", "heb": "hebt", "kan": "kunt", "wil": "wilt", "zal": "zult", "word": "wordt",
    "ga": "gaat", "sta": "staat", "doe": "doet", "zie": "ziet", "vind": "vindt",
}
_NL_BEFORE_IK = {"kan": "kun", "zal": "zul"}
# Past and irregular forms that take no -t after "je": "ik had" -> "je had", "ik mag" -> "je mag".
_NL_NO_T = frozenset(
    "had was wou kon zat deed ging kwam zag wist vond moest mocht zou werd liep dacht kreeg "
    "bleef stond las schreef reed bracht zocht kocht hield viel begon sprak nam gaf at droeg "
    "zweeg wilde kende leek bleek hing vroeg sloot koos mag hoef durf zei lag won verloor "
    "vergat vertrok besloot begreep kreeg trok zong dronk sliep".split())
_NL_IRREGULAR = {"hou": "houdt", "zeg": "zegt", "kom": "komt", "mag": "mag"}
_NL_NOT_VERB = frozenset(
    "ook niet nog wel al echt gewoon eigenlijk best even zelf vaak soms nooit altijd graag "
    "dan dus toch ook maar er het dat die de een".split())
_LEAD = re.compile(
    r"^(?:(?:but|and|so|well|yes|yeah|no|mostly|honestly|maar|en|dus|al|nou|ja|nee|oké|eh|uh|"
    r"eerlijk gezegd|eerlijk)\b[\s,?]*)+",
    _I,
)
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ'\u2019]+")
_FIRST_PERSON = {"nl": re.compile(r"\b(?:ik|mijn|mij|me)\b", _I),
                 "en": re.compile(r"\b(?:i|i'm|i've|i'd|my|me)\b", _I)}
_STOPISH = {
    "nl": frozenset("ik je jij mijn mij me het de een dat die dit is ben heb was en maar dus "
                    "niet wel ook nog al er om te van in op aan voor met zo heel echt gewoon "
                    "eigenlijk even zijn hebt bent wat hoe".split()),
    "en": frozenset("i you my me your the a an that this it is am are was were and but so not "
                    "just really very to of in on at for with have has had do did be been what "
                    "how".split()),
}


_NL_CLAUSE_START = frozenset(
    "dat als omdat of toen wat waar hoe want en maar dus nu zodat terwijl sinds zoals "
    "hoewel wanneer voordat nadat zodra".split())
_NL_MAIN_START = frozenset({"", "en", "maar", "want", "dus"})

# Two subjects joined ("Joris en ik", "mijn collega en ik", "ik en mijn team", "me and Sam"):
# the verb is plural and stays so ("Joris en jij bouwen"), and "ik" is said back stressed.
_AND = {"nl": "en", "en": "and"}
_ME = {"nl": frozenset({"ik", "mij", "me"}), "en": frozenset({"i", "me"})}
_DETERMINER = {
    "nl": frozenset("mijn m'n de een die deze ons onze zijn z'n haar hun".split()),
    "en": frozenset("my the a an this that these those our his her their".split()),
}
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
# Finite verbs after "ik" that end in -en all the same ("ik ben", "ik verdien"), and plurals
# that do not ("wij zijn", "wij doen").
_NL_STEM_EN = frozenset("ben open teken reken leen meen verdien dien bedien".split())
_NL_PLURAL = frozenset("zijn doen gaan staan zien slaan".split())


def _key(word: str) -> str:
    return word.lower().replace("\u2019", "'")


def _ends_noun_phrase(tokens: list[str], k: int, lang: str) -> bool:
    """Whether tokens[k] can close a subject: a name, "hij", or a noun after "mijn"/"de"."""
    word, low = tokens[k], _key(tokens[k])
    if k == 0 or low in _PERSON[lang] or (word[:1].isupper() and low not in _ME[lang]):
        return True
    return any(_key(t) in _DETERMINER[lang] for t in tokens[max(0, k - 2):k])


def _starts_noun_phrase(word: str, lang: str) -> bool:
    low = _key(word)
    return (low in _DETERMINER[lang] or low in _PERSON[lang]
            or (word[:1].isupper() and low not in _ME[lang]))


def _nl_singular(word: str) -> bool:
    """Whether the word after "ik" is a verb in the form "ik" takes: "..., en ik blijf" is a
    clause of its own, "Joris en ik bouwen" one subject of two."""
    if word in _NL_AFTER_IK or word in _NL_IRREGULAR or word in _NL_NO_T or word in _NL_STEM_EN:
        return True
    if not word.isalpha() or word in _NL_NOT_VERB or word in _NL_PLURAL:
        return False
    return not word.endswith("en")


def _coordinated(tokens: list[str], tight: list[bool], i: int, lang: str) -> bool:
    """Whether the first person at i is one of two joined persons, with no comma between."""
    low = [_key(t) for t in tokens]
    after = low[i + 1] if i + 1 < len(low) else ""
    if (i >= 2 and low[i - 1] == _AND[lang] and tight[i - 1] and tight[i]
            and _ends_noun_phrase(tokens, i - 2, lang)):
        return lang != "nl" or low[i] != "ik" or not _nl_singular(after)
    return (after == _AND[lang] and i + 2 < len(low) and tight[i + 1] and tight[i + 2]
            and _starts_noun_phrase(tokens[i + 2], lang))


def _swap_nl(tokens: list[str], joined: set[int]) -> list[str]:
    out = list(tokens)
    for i, word in enumerate(tokens):
        if word.lower() != "ik":
            continue
        prev = tokens[i - 1].lower() if i else ""
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if i in joined:
            out[i] = "jij"  # "Joris en ik bouwen" -> "Joris en jij bouwen": the verb stays
        elif prev and prev not in _NL_CLAUSE_START:
            # Inversion, the verb came first: "draai ik" -> "draai je", "kan ik" -> "kun je".
            out[i - 1] = _NL_BEFORE_IK.get(prev, tokens[i - 1])
        elif nxt in _NL_AFTER_IK:
            out[i + 1] = _NL_AFTER_IK[nxt]
        elif prev in _NL_MAIN_START and nxt in _NL_IRREGULAR:
            out[i + 1] = _NL_IRREGULAR[nxt]
        elif prev in _NL_MAIN_START and nxt.isalpha() and nxt not in _NL_NOT_VERB:
            # Past tense keeps its form: "ik werkte" -> "je werkte", "ik had" -> "je had".
            past = nxt in _NL_NO_T or nxt.endswith(("de", "te", "den", "ten"))
            if not nxt.endswith("t") and not past:
                out[i + 1] = tokens[i + 1] + "t"  # ik bouw -> je bouwt, ik vind -> je vindt
    return out


def _swap_en(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, word in enumerate(tokens):
        low = _key(word)
        if low in ("am", "was") and i and _key(tokens[i - 1]) == "i":
            out[i] = "are" if low == "am" else "were"
    return out


def _said_back(tokens: list[str], tight: list[bool], lang: str) -> list[str]:
    """The tokens from the manager's side: pronouns swapped, verbs agreeing with them."""
    joined = {i for i, t in enumerate(tokens)
              if _key(t) in _ME[lang] and _coordinated(tokens, tight, i, lang)}
    table = {**_SWAP[lang], **(_SWAP_WE[lang] if joined else {})}
    verbs = _swap_nl(tokens, joined) if lang == "nl" else _swap_en(tokens)
    out = []
    for word, verb in zip(tokens, verbs, strict=True):
        swapped = table.get(_key(word)) if word != "US" else None
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


def _telling(prev: str, lang: str) -> str:
    """The longest first-person clause with some substance, at most 18 words; "" if none."""
    parts = [p.strip().rstrip(".!?…") for p in _SPLIT.split(prev.strip()) if p.strip()]
    candidates = []
    for part in parts:
        part = _LEAD.sub("", part).strip()
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
    said = max(candidates, key=lambda p: len(p.split()))
    words = said.split()
    return " ".join(words[:18]) + " …" if len(words) > 18 else said


def mirror(prev: str | None, lang: str) -> str:
    """The employee's most telling sentence said back from the manager's side; "" if none."""
    said = _telling(prev, lang) if prev else ""
    if not said:
        return ""
    tokens, tight, end = [], [], 0
    for match in _TOKEN.finditer(said):
        tight.append(not said[end:match.start()].strip())  # no comma between it and the last
        tokens.append(match.group())
        end = match.end()
    pieces = iter(_said_back(tokens, tight, lang))
    result = _TOKEN.sub(lambda _m: next(pieces), said)
    first = result.split()[0] if result.split() else ""
    # Keep names capitalised; lower an ordinary first word ("Als ik je goed begrijp: dan ...").
    # The language's stop list holds every word of _STOPISH.
    low = first.lower()
    if first[:1].isupper() and (low in _STARTERS or low in lexicon(lang, "stop")):
        result = result[0].lower() + result[1:]
    return result


_STARTERS = frozenset(
    "je jij jouw you your you're you've sinds toen als omdat vorige vorig de het een die dat "
    "dit deze er daar hier soms vaak nu eigenlijk echt gewoon bij in op met voor na sinds "
    "since when last the a this that there sometimes often now at on with for after".split())
