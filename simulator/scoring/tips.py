"""Feedforward tips: what to try instead, in the session's language, tied to the moment."""

import re
from collections.abc import Iterable

from simulator.scoring import rulebook
from simulator.scoring.themes import THEME_LABELS, THEME_QUESTIONS, detect_themes

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
    # Keep names capitalised; lower an ordinary first word.
    if first[:1].isupper() and (first.lower() in _STOPISH[lang] or first.lower() in _STARTERS):
        result = result[0].lower() + result[1:]
    return result


_STARTERS = frozenset(
    "je jij jouw you your you're you've sinds toen als omdat vorige vorig de het een die dat "
    "dit deze er daar hier soms vaak nu eigenlijk echt gewoon bij in op met voor na sinds "
    "since when last the a this that there sometimes often now at on with for after".split())

_GENERIC_REFLECTION = {
    "nl": ["Het klinkt alsof dit je dwarszit.", "Ik hoor dat dit je raakt.",
           "Het klinkt alsof je je hierin niet gehoord voelt."],
    "en": ["It sounds like this has been bothering you.", "I can hear this matters to you.",
           "It sounds like you haven't felt heard on this."],
}
_FOLLOW_UP = {
    "nl": ["Wat maakt het voor jou zo lastig?", "Wat zou je nu het meest helpen?",
           "Kun je daar meer over vertellen?"],
    "en": ["What makes it hardest for you?", "What would help you most right now?",
           "Can you tell me more about that?"],
}


def _reflections(lang: str, prev: str | None) -> list[str]:
    said = mirror(prev, lang)
    own = []
    if said:
        own = [f"Als ik je goed begrijp: {said}." if lang == "nl" else f"It sounds like {said}."]
    return own + _GENERIC_REFLECTION[lang]


def quote_for_tip(quote: str, lang: str) -> str:
    """The quote as a tip cites it: in the language's quotation marks, shortened if long."""
    return _q(quote, lang)


def _q(quote: str, lang: str) -> str:
    quote = " ".join(quote.split())
    if len(quote) > 90:
        quote = quote[:87].rstrip() + "…"
    return f"„{quote}”" if lang == "nl" else f"“{quote}”"


def _say(text: str, lang: str) -> str:
    return f"„{text}”" if lang == "nl" else f"“{text}”"


# Closed questions a reliable open rewrite exists for: (pattern, template).
_REWRITES = {
    "nl": [
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:denk|overweeg|twijfel) je (?:er ?over|eraan|wel eens|"
                    r"soms|weleens)?\s*(?:na )?(?:om )?(?:weg te gaan|te vertrekken|op te stappen|"
                    r"te stoppen|ergens anders|een andere baan)\b[^?]*\??$|"
                    r"^(?:\w+[,.]?\s+)?(?:ga|wil) je (?:weg|vertrekken|stoppen)\b[^?]*\??$", _I),
         "Wat zou kunnen maken dat je overweegt weg te gaan?"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:blijf|blijft) je (?:dan|nog|hier)?\b[^?]*\??$", _I),
         "Wat heb je nodig om hier te blijven?"),
        (re.compile(r"^(?:\w+[,.]?\s+)?vind je ((?:de|het|je|jouw|die|dat|deze) [^?]+?) "
                    r"(?:niet |wel |soms |echt )?(?:te|erg|heel|best|nogal|zo) \w+\s*\??$", _I),
         "Hoe ervaar je {0}?"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:wil|zou) je (?:misschien |graag |niet )?(?:eens )?"
                    r"(?:een |die |wat )?(?:cursus|opleiding|training)\w*\b[^?]*\??$", _I),
         "Wat zou je graag willen leren?"),
        (re.compile(r"^(?:\w+[,.]?\s+)?heb je het (?:nog )?(?:wel )?(?:naar je zin|leuk|fijn)"
                    r"((?: (?:in|bij|met|op) [^?]+?)?)\s*\??$", _I),
         "Hoe is het voor je{0}, en wat maakt dat zo?"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:ben|voel) je (?:je )?(?:wel |nog )?(?:tevreden|"
                    r"gelukkig|blij) (?:met|over|in|bij) ([^?]+?)\s*\??$", _I),
         "Hoe kijk je naar {0}?"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:loopt|gaat) alles (?:nog )?(?:goed |lekker )?"
                    r"((?:op|in|bij|met) [^?]+?)\s*\??$", _I),
         "Hoe gaat het {0}, en wat merk jij daarvan?"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:loopt|gaat) alles(?: nog)?(?: goed| lekker)?\s*\??$|"
                    r"^alles (?:goed|oké|ok|prima)\s*\??$", _I),
         "Hoe gaat het echt met je, en met je werk?"),
        (re.compile(r"^ben je (?:nog )?bij met ([^?]+?)\s*\??$", _I),
         "Hoe gaat het met {0}, en wat zou je helpen?"),
        (re.compile(r"^(?:is|zijn) ((?:de|het|je|jouw|die|dat) [^?]+?) (?:nog |al |wel |echt )*"
                    r"(?:op schema|klaar|af|gelukt|op tijd|goed|in orde|rond|op koers)\b[^?]*\??$",
                    _I),
         "Hoe staat het met {0}, en wat heb je nodig?"),
        (re.compile(r"^(?:haal|red) je ((?:je|jouw|de|het) [^?]+?)"
                    r"(?: (?:deze|volgende|komende) (?:week|maand))?\s*\??$", _I),
         "Hoe staat het met {0}, en wat heb je nodig?"),
    ],
    "en": [
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:are you|have you been|do you ever) (?:thinking|"
                    r"considering|think) (?:about |of )?(?:leaving|quitting|moving on|going "
                    r"elsewhere)\b[^?]*\??$|^(?:\w+[,.]?\s+)?(?:are you going to|do you want "
                    r"to|will you) (?:leave|quit)\b[^?]*\??$", _I),
         "What might make you consider leaving?"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:will|would) you stay\b[^?]*\??$", _I),
         "What would you need to stay?"),
        (re.compile(r"^(?:\w+[,.]?\s+)?do you (?:find|think) ((?:the|your|that|this|those|"
                    r"these) [^?]+?) (?:are |is )?(?:too|very|really|a bit|quite|so) \w+\s*\??$",
                    _I),
         "How do you experience {0}?"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:would|do) you (?:maybe |perhaps )?(?:want|like) to "
                    r"(?:do|take|follow|go on) (?:a |some |that )?(?:course|training)\b[^?]*\??$",
                    _I),
         "What would you like to learn?"),
        (re.compile(r"^(?:\w+[,.]?\s+)?are you (?:still )?(?:happy|satisfied|content) "
                    r"(?:with|in|about) ([^?]+?)\s*\??$", _I),
         "How do you feel about {0}?"),
        (re.compile(r"^(?:\w+[,.]?\s+)?do you (?:still )?(?:like|enjoy) ([^?]+?)\s*\??$", _I),
         "What do you enjoy about {0}, and what less?"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:is )?(?:everything|all|it all) (?:still )?(?:going )?"
                    r"(?:on track|ok|okay|fine|good|well)\s*\??$", _I),
         "How are things really going for you, and for your work?"),
        (re.compile(r"^are you keeping up with ([^?]+?)\s*\??$", _I),
         "How is it going with {0}, and what would help?"),
        (re.compile(r"^(?:is|are|will) ((?:the|your|that|this) [^?]+?) (?:still |already )?"
                    r"(?:be )?(?:on track|on schedule|ready|done|finished|on time|going well|ok|"
                    r"okay)\b[^?]*\??$", _I),
         "How is it going with {0}, and what do you need?"),
    ],
}
_CLOSING = {
    "nl": re.compile(r"\b(?:was dat het|alles duidelijk|is er (?:verder )?nog iets|"
                     r"(?:heb je )?nog vragen)\b", _I),
    "en": re.compile(r"\b(?:all good|anything else|was that (?:it|everything)|any questions|"
                     r"is that all|all clear)\b", _I),
}
# Words of a closed question that point to a theme the keyword themes do not catch.
_THEME_HINTS = {
    "nl": [("energy", re.compile(r"naar je zin|plezier|leuk", _I)),
           ("change", re.compile(r"tevreden", _I)),
           ("obstacles", re.compile(r"\bdruk\b|bij met|achterstand|schema|termijn", _I))],
    "en": [("energy", re.compile(r"\bhappy\b|enjoy|\blike (?:it|the)", _I)),
           ("change", re.compile(r"satisfied|content\b", _I)),
           ("obstacles", re.compile(r"busy|keeping up|on track|ready|deadline", _I))],
}


def _norm(text: str) -> str:
    return " ".join(_TOKEN.findall(text.lower()))


def asked_questions(texts: Iterable[str], lang: str) -> frozenset[str]:
    """The suggestable open questions (normalised) that occur in any of the manager's turns:
    read once per conversation, so a scorecard stays linear in its turns."""
    lang = lang if lang in ("nl", "en") else "nl"
    candidates = {_norm(q) for q in (*THEME_QUESTIONS[lang].values(), *_OPEN_FALLBACK[lang])}
    found: set[str] = set()
    for text in texts:
        said = _norm(text)
        found.update(c for c in candidates if c in said)
    return frozenset(found)


def _closed_options(lang: str, quote: str, already: frozenset[str] = frozenset()) -> list[str]:
    q = " ".join(quote.split())
    last = [s for s in _SPLIT.split(q) if "?" in s]
    asked = (last[-1] if last else q).strip()
    options: list[str] = []
    if _CLOSING[lang].search(asked):
        if lang == "nl":
            options.append("Rond open af in plaats van met ja/nee: „Wat neem je mee uit dit "
                           "gesprek, en wat hebben we nog niet besproken?”")
        else:
            options.append("Close with an open question instead of yes/no: “What will you take "
                           "away from this talk, and what haven't we covered yet?”")
    for pattern, template in _REWRITES[lang]:
        match = pattern.match(asked)
        if match:
            parts = [g[0].lower() + g[1:] if g and g[:2].lower() in ("de", "he", "je", "th",
                                                                     "yo") else g
                     for g in match.groups() if g is not None]
            rewrite = template.format(*parts)
            lead = ("Vraag het open, zodat er een verhaal komt in plaats van ja of nee: "
                    if lang == "nl" else
                    "Ask it open, so a story comes instead of yes or no: ")
            options.append(lead + _say(rewrite, lang))
            break
    themes = detect_themes(asked, lang)
    for theme, hint in _THEME_HINTS[lang]:
        if hint.search(asked) and theme not in themes:
            themes.append(theme)
    # Only a question on the closed question's own theme, and none the manager already asked.
    for theme in themes:
        label = THEME_LABELS[lang][theme]
        question = THEME_QUESTIONS[lang][theme]
        if _norm(question) in already or any(_norm(question) in _norm(o) for o in options):
            continue
        if lang == "nl":
            options.append(f"Vraag open naar wat erachter zit, met de vraag over {label}: "
                           f"„{question}”")
        else:
            options.append(f"Ask openly about what lies behind it, with the question on {label}: "
                           f"“{question}”")
    # Several phrasings, so a scorecard with many closed questions never repeats a tip.
    # "Hoe kijk jij daar zelf naar?" needs something for "daar" to point at.
    pointed = _REFERENT[lang].search(asked) is not None
    for open_q in _OPEN_FALLBACK[lang]:
        if _norm(open_q) in already or (not pointed and _POINTER[lang].search(open_q)):
            continue
        if lang == "nl":
            options.append("Maak er een open vraag van die met wat, hoe of waardoor begint, "
                           f"zodat er een verhaal komt: „{open_q}”")
        else:
            options.append("Make it an open question starting with what or how, so a story "
                           f"comes: “{open_q}”")
    return options


_OPEN_FALLBACK = {
    "nl": ["Hoe kijk jij daar zelf naar?", "Wat speelt er voor jou?", "Hoe is dat voor je?",
           "Wat merk je daar zelf van?", "Wat maakt dat belangrijk voor je?",
           "Hoe gaat dat op een gewone werkdag?", "Hoe gaat het echt met je?",
           "Wat houdt je op dit moment het meest bezig?"],
    "en": ["How do you see that yourself?", "What is going on for you?",
           "How is that for you?", "What do you notice about it yourself?",
           "What makes that important to you?", "How does that go on an ordinary day?",
           "How are you really doing?", "What is on your mind most at the moment?"],
}
# A word in the question that a "daar"/"that" in the tip could point back to ("het" is dummy).
_REFERENT = {
    "nl": re.compile(r"\b(?:dat|dit|daar\w*|die|deze|hij|zij|ze|hem|haar)\b", re.I),
    "en": re.compile(r"\b(?:that|this|there|those|these|he|she|they|him|her|them)\b", re.I),
}
_POINTER = {
    "nl": re.compile(r"\b(?:dat|daar\w*)\b", re.I),
    "en": re.compile(r"\b(?:that|it)\b", re.I),
}


def tip_options(
    code: str, lang: str, quote: str = "", prev: str | None = None,
    asked: frozenset[str] = frozenset(),
) -> list[str]:
    """Alternative tips for a finding, best first, so a scorecard never repeats one.

    `asked` holds the open questions the manager asked (`asked_questions`): a question
    already asked is never suggested.
    """
    lang = lang if lang in ("nl", "en") else "nl"
    q = _q(quote, lang) if quote else ""
    if code == "closed_question":
        return _closed_options(lang, quote, asked)
    if code == "defensive":
        instead = (f"In plaats van {q or 'je te verdedigen'}: " if lang == "nl"
                   else f"Instead of {q or 'defending yourself'}: ")
        options = []
        reflections, follows = _reflections(lang, prev), _FOLLOW_UP[lang]
        # Each next option changes both the reflection and the question after it.
        pairs = [(reflections[(i + shift) % len(reflections)], follows[i % len(follows)])
                 for shift in range(len(reflections)) for i in range(len(follows))]
        for reflection, follow in pairs:
            if lang == "nl":
                options.append(f"{instead}geef eerst terug wat je hoort, bijvoorbeeld "
                               f"„{reflection}” Vraag daarna: „{follow}”")
            else:
                options.append(f"{instead}first give back what you hear, for example "
                               f"“{reflection}” Then ask: “{follow}”")
        return options
    if lang == "nl":
        tips = {
            "promise": [
                "Beloof geen uitkomst die je niet zelf in de hand hebt. Zeg wat je wél "
                "kunt doen: „Ik zoek uit wat er mogelijk is en kom er vrijdag bij je op terug.”",
                "Beloof alleen je eigen volgende stap, geen uitkomst: „Ik leg het deze week "
                "voor aan de directie en laat je daarna weten wat ze zeggen.”"],
            "appraisal": [
                "Dit is een blijfgesprek, geen beoordeling. Kijk vooruit: „Wat heb je nodig om "
                "je werk met plezier en goed te kunnen doen?”",
                "Laat het oordeel weg en vraag naar hun kant: „Hoe kijk jij zelf naar de "
                "afgelopen periode?”"],
            "advice": [
                "Geef geen ongevraagd advies; laat de ander zelf zoeken: „Wat heb je zelf al "
                "geprobeerd, en wat zou kunnen helpen?”",
                "Vraag eerst of advies welkom is, of laat de ander het zelf bedenken: „Wat zou "
                "jij zelf willen proberen?”"],
            "reflection": ["Goed teruggegeven. Laat na zo'n reflectie de stilte even vallen."],
            "open_question": ["Goede open vraag. Vat het antwoord samen voordat je verder "
                              "vraagt."],
            "affirmation": ["Maak erkenning concreet: benoem wat de ander deed en wat het "
                            "opleverde."],
            "commitment": ["Goed: een eigen actie die je kunt waarmaken. Noem er een datum bij "
                           "en kom er zichtbaar op terug."],
        }
    else:
        tips = {
            "promise": [
                "Don't promise an outcome you don't control. Say what you can do: "
                "“I'll find out what's possible and get back to you on Friday.”",
                "Promise only your own next step, not an outcome: “I'll take it to the "
                "leadership team this week and tell you what they say.”"],
            "appraisal": [
                "This is a stay interview, not an appraisal. Look ahead: “What do you need to "
                "do your work well and enjoy it?”",
                "Leave the judgement out and ask for their view: “How do you see the last few "
                "months yourself?”"],
            "advice": [
                "Hold back unasked-for advice; let them find their own way: “What have you "
                "tried so far, and what might help?”",
                "Ask whether advice is welcome, or let them come up with it: “What would you "
                "like to try yourself?”"],
            "reflection": ["Good reflection. Let a silence fall after it."],
            "open_question": ["Good open question. Summarise the answer before you ask the "
                              "next."],
            "affirmation": ["Make recognition specific: name what they did and what it "
                            "brought."],
            "commitment": ["Good: a step of your own you can keep. Add a date and come back "
                           "to it visibly."],
        }
    return tips.get(code, [])


def tip_for(code: str, lang: str, quote: str = "", prev: str | None = None) -> str:
    """A concrete feedforward tip for a code; empty for codes that need none."""
    rl = "en" if lang == "en" else "nl"
    when = rulebook.pattern(rl, f"{rl}.follow_up_date.when")
    if code == "commitment" and quote and when.search(quote):
        # The date is there already: don't ask for one.
        return (
            "Goed: een eigen stap met een datum. Kom er dan ook zichtbaar op terug."
            if lang == "nl"
            else "Good: a step with a date. Make sure you come back to it visibly."
        )
    options = tip_options(code, lang, quote, prev)
    return options[0] if options else ""
