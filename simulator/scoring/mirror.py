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
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ']+")
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


def _swap_nl(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, word in enumerate(tokens):
        if word.lower() != "ik":
            continue
        prev = tokens[i - 1].lower() if i else ""
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if prev and prev not in _NL_CLAUSE_START:
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


_REACTION = {
    "nl": re.compile(r"\b(?:je|jij|jou|jouw|u|baas|leidinggevende|manager|chef|gesprek|"
                     r"gevraagd|vraag|vraagt|vragen|zeg|zegt|gezegd)\b", _I),
    "en": re.compile(r"\b(?:you|your|boss|manager|conversation|talk|asked|ask|asks|question|"
                     r"say|said)\b", _I),
}


def mirror(prev: str | None, lang: str) -> str:
    """The employee's most telling sentence said back from the manager's side; "" if none."""
    if not prev:
        return ""
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
    if len(words) > 18:
        said = " ".join(words[:18]) + " …"
    tokens = _TOKEN.findall(said)
    if lang == "nl":
        swapped = _swap_nl(tokens)
    else:
        swapped = []
        for i, word in enumerate(tokens):
            low = word.lower()
            if low in ("am", "was") and i and tokens[i - 1].lower() == "i":
                swapped.append("are" if low == "am" else "were")
            else:
                swapped.append(_SWAP["en"].get(low, word))
    if lang == "nl":
        swapped = [_SWAP["nl"].get(w.lower(), w) if w.lower() in _SWAP["nl"] else w
                   for w in swapped]
    pieces = iter(swapped)
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
