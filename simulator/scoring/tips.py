"""Feedforward tips: what to try instead, tied to the moment.

A tip is chosen as an id and the values it needs (the quote, a suggested question in the
conversation's language); its sentence lives in the locale catalogue (`tip.ID`), and so do the
reflections and questions it suggests (`suggest.*`)."""

import re
from collections.abc import Iterable
from typing import NamedTuple

from simulator.locale import numbered, t
from simulator.locale.words import tip_text
from simulator.scoring import rulebook
from simulator.scoring.mirror import _SPLIT, _TOKEN, mirror
from simulator.scoring.themes import THEME_QUESTIONS, detect_themes

_I = re.IGNORECASE


class TipChoice(NamedTuple):
    """One tip: its id in the catalogue and the values its sentence needs."""

    id: str
    values: dict[str, str]

    def text(self, lang: str) -> str:
        return tip_text(self.id, self.values, lang)

    def advice(self) -> frozenset[str]:
        """What one scorecard suggests only once: each question and reflection in the tip (the
        same follow-up after two different reflections is still a repeat), else its id."""
        given = {f"{k}:{v}" for k, v in self.values.items() if k not in ("quote", "theme")}
        return frozenset(given or {self.id.removesuffix(".quoted")})


def _reflections(lang: str, prev: str | None) -> list[str]:
    """Their own words given back where they can be; a stock reflection only where their turn
    gives nothing to mirror ("Gaat wel."), and then one that hears the hedge in it."""
    said = mirror(prev, lang)
    if said:
        return [t("suggest.mirror", lang, said=said)]
    return list(numbered("suggest.reflection.", lang))


def quote_for_tip(quote: str) -> str:
    """The quote as a tip cites it, shortened if long (the tip's sentence adds the marks)."""
    quote = " ".join(quote.split())
    if len(quote) > 90:
        quote = quote[:87].rstrip() + "…"
    return quote


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


def _closed_options(
    lang: str, quote: str, already: frozenset[str] = frozenset()
) -> list[TipChoice]:
    q = " ".join(quote.split())
    last = [s for s in _SPLIT.split(q) if "?" in s]
    asked = (last[-1] if last else q).strip()
    options: list[TipChoice] = []
    if _CLOSING[lang].search(asked):
        options.append(TipChoice("closed.close_open", {}))
    for pattern, template in _REWRITES[lang]:
        match = pattern.match(asked)
        if match:
            parts = [g[0].lower() + g[1:] if g and g[:2].lower() in ("de", "he", "je", "th",
                                                                     "yo") else g
                     for g in match.groups() if g is not None]
            options.append(TipChoice("closed.rewrite", {"question": template.format(*parts)}))
            break
    themes = detect_themes(asked, lang)
    for theme, hint in _THEME_HINTS[lang]:
        if hint.search(asked) and theme not in themes:
            themes.append(theme)
    # Only a question on the closed question's own theme, and none the manager already asked.
    suggested = {_norm(o.values.get("question", "")) for o in options}
    for theme in themes:
        question = THEME_QUESTIONS[lang][theme]
        if _norm(question) in already or any(_norm(question) in o for o in suggested):
            continue
        suggested.add(_norm(question))
        options.append(TipChoice("closed.theme", {"theme": theme, "question": question}))
    # Several phrasings, so a scorecard with many closed questions never repeats a tip.
    # "Hoe kijk jij daar zelf naar?" needs something for "daar" to point at.
    pointed = _REFERENT[lang].search(asked) is not None
    for open_q in _OPEN_FALLBACK[lang]:
        if _norm(open_q) in already or (not pointed and _POINTER[lang].search(open_q)):
            continue
        options.append(TipChoice("closed.fallback", {"question": open_q}))
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


_FIXED_TIPS = {"promise": 2, "appraisal": 2, "advice": 2, "reflection": 1,
               "open_question": 1, "affirmation": 1, "commitment": 1}


def tip_choices(
    code: str, lang: str, quote: str = "", prev: str | None = None,
    asked: frozenset[str] = frozenset(),
) -> list[TipChoice]:
    """Alternative tips for a finding, best first, so a scorecard never repeats one.

    `asked` holds the open questions the manager asked (`asked_questions`): a question
    already asked is never suggested.
    """
    lang = lang if lang in ("nl", "en") else "nl"
    if code == "closed_question":
        return _closed_options(lang, quote, asked)
    if code == "defensive":
        quoted = {"quote": quote_for_tip(quote)} if quote else {}
        tip_id = "defensive.quoted" if quote else "defensive"
        reflections, follows = _reflections(lang, prev), numbered("suggest.follow.", lang)
        # Each next option changes both the reflection and the question after it.
        return [
            TipChoice(tip_id, {**quoted, "reflection": reflections[(i + shift) % len(reflections)],
                               "follow": follows[i % len(follows)]})
            for shift in range(len(reflections)) for i in range(len(follows))
        ]
    return [TipChoice(f"{code}.{i}", {}) for i in range(_FIXED_TIPS.get(code, 0))]


def tip_options(
    code: str, lang: str, quote: str = "", prev: str | None = None,
    asked: frozenset[str] = frozenset(),
) -> list[str]:
    """The sentences of `tip_choices`, in the conversation's language."""
    return [c.text(lang) for c in tip_choices(code, lang, quote, prev, asked)]


def tip_choice_for(
    code: str, lang: str, quote: str = "", prev: str | None = None
) -> TipChoice | None:
    """The best tip for a code; None for codes that need none."""
    rl = "en" if lang == "en" else "nl"
    when = rulebook.pattern(rl, f"{rl}.follow_up_date.when")
    if code == "commitment" and quote and when.search(quote):
        return TipChoice("commitment.dated", {})  # the date is there already: don't ask
    options = tip_choices(code, lang, quote, prev)
    return options[0] if options else None


def tip_for(code: str, lang: str, quote: str = "", prev: str | None = None) -> str:
    """A concrete feedforward tip for a code; empty for codes that need none."""
    choice = tip_choice_for(code, lang, quote, prev)
    return choice.text(lang) if choice else ""
