"""Feedforward tips: what to try instead, in the session's language, quoting the moment."""

import re

_SPLIT = re.compile(r"(?<=[.!?])\s+")

# Turn the employee's own words into a "you" reflection: "ik heb" -> "je hebt".
_SWAP = {
    "nl": {
        "ik": "je", "mij": "jou", "me": "je", "mijn": "je", "ben": "bent", "heb": "hebt",
        "word": "wordt", "voel": "voelt", "wil": "wilt", "kan": "kunt", "vind": "vindt",
        "zie": "ziet", "mis": "mist", "weet": "weet", "denk": "denkt", "krijg": "krijgt",
        "doe": "doet", "ga": "gaat", "zit": "zit", "loop": "loopt", "merk": "merkt",
        "moet": "moet", "zou": "zou", "werk": "werkt", "sta": "staat", "hoor": "hoort",
        "myself": "jezelf", "mezelf": "jezelf",
    },
    "en": {
        "i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
        "am": "are", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
        "was": "were",
    },
}
_LEAD = re.compile(
    r"^(?:(?:but|and|so|well|yes|yeah|no|mostly|maar|en|dus|al|nou|ja|nee|oké|eh|uh)\b[\s,]*)+",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ']+")


def mirror(prev: str | None, lang: str) -> str:
    """The first sentence of the employee's turn, said back from the manager's side."""
    if not prev:
        return ""
    parts = [p.strip().rstrip(".!?…") for p in _SPLIT.split(prev.strip()) if p.strip()]
    # The sentence with the most words usually carries what matters to them.
    first = max(parts, key=lambda p: len(p.split()), default="")
    first = _LEAD.sub("", first)
    words = first.split()
    if len(words) > 18:
        first = " ".join(words[:18]) + " …"
    swap = _SWAP[lang]

    def repl(match: re.Match[str]) -> str:
        word = match.group()
        new = swap.get(word.lower())
        return new if new is not None else word

    said = _TOKEN.sub(repl, first)
    if said and said[0].isupper() and said.split()[0].lower() not in ("you", "je", "jij"):
        said = said[0].lower() + said[1:]
    return said


def _reflection(lang: str, prev: str | None) -> str:
    said = mirror(prev, lang)
    if lang == "nl":
        if said:
            return f"„Als ik je goed begrijp: {said}.”"
        return "„Het klinkt alsof dat je dwarszit.”"
    return f"“It sounds like {said}.”" if said else "“It sounds like that's been bothering you.”"


def _q(quote: str, lang: str) -> str:
    quote = " ".join(quote.split())
    if len(quote) > 90:
        quote = quote[:87].rstrip() + "…"
    return f"„{quote}”" if lang == "nl" else f"“{quote}”"


def tip_for(code: str, lang: str, quote: str = "", prev: str | None = None) -> str:
    """A concrete feedforward tip for a code; empty for codes that need none."""
    lang = lang if lang in ("nl", "en") else "nl"
    q = _q(quote, lang) if quote else ""
    refl = _reflection(lang, prev)
    paren = f" ({q})" if q else ""
    colon = f": {q}" if q else ""
    space = f" {q}" if q else ""
    if lang == "nl":
        tips = {
            "defensive": f"In plaats van {q or 'je te verdedigen'}: geef eerst terug wat je "
            f"hoort, bijvoorbeeld {refl} Vraag daarna: „Wat maakt het voor jou zo lastig?”",
            "promise": f"Beloof geen uitkomst die je niet zelf in de hand hebt{paren}. "
            "Zeg wat je wél kunt doen: „Ik zoek uit wat er mogelijk is en kom er vrijdag bij je "
            "op terug.”",
            "appraisal": f"Dit is een blijfgesprek, geen beoordeling{colon}. "
            "Kijk vooruit: „Wat heb je nodig om je werk met plezier en goed te kunnen doen?”",
            "advice": f"Geef geen ongevraagd advies{paren}. Laat de ander "
            "zelf zoeken: „Wat heb je zelf al geprobeerd, en wat zou kunnen helpen?”",
            "closed_question": f"Maak van de gesloten vraag{space} een open vraag "
            "die om een verhaal vraagt: „Hoe gaat het echt met je werk?” of „Kun je daar meer "
            "over vertellen?”",
            "reflection": "Goed teruggegeven. Laat na zo'n reflectie de stilte even vallen.",
            "open_question": "Goede open vraag. Vat het antwoord samen voordat je verder vraagt.",
            "affirmation": "Maak erkenning concreet: benoem wat de ander deed en wat het "
            "opleverde.",
            "commitment": "Goed: een eigen actie die je kunt waarmaken. Noem er een datum bij "
            "en kom er zichtbaar op terug.",
        }
    else:
        tips = {
            "defensive": f"Instead of {q or 'defending yourself'}: first give back what you "
            f"hear, for example {refl} Then ask: “What makes it hardest for you?”",
            "promise": f"Don't promise an outcome you don't control{paren}. "
            "Say what you can do: “I'll find out what's possible and get back to you on "
            "Friday.”",
            "appraisal": f"This is a stay interview, not an appraisal{colon}. "
            "Look ahead: “What do you need to do your work well and enjoy it?”",
            "advice": f"Hold back unasked-for advice{paren}. Let them find "
            "their own way: “What have you tried so far, and what might help?”",
            "closed_question": f"Turn the closed question{space} into an open one "
            "that invites a story: “How is your work really going?” or “Can you tell me more "
            "about that?”",
            "reflection": "Good reflection. Let a silence fall after it.",
            "open_question": "Good open question. Summarise the answer before you ask the next.",
            "affirmation": "Make recognition specific: name what they did and what it brought.",
            "commitment": "Good: a step of your own you can keep. Add a date and come back "
            "to it visibly.",
        }
    return tips.get(code, "")
