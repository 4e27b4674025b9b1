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


def mirrored(prev: str | None, lang: str) -> str:
    """Their own words given back as a reflection to try ("Als ik je goed begrijp: ..."); ""
    where their turn gives nothing to mirror."""
    said = mirror(prev, lang)
    return t("suggest.mirror", lang, said=said) if said else ""


def _reflections(lang: str, prev: str | None) -> list[str]:
    """Their own words given back where they can be; where their turn is a hedge with nothing
    to mirror ("Gaat wel."), the hedge quoted with what may be behind it; else, after a turn
    aimed at the manager ("Easy for you to say from behind your desk"), one that hears the
    reproach in it. Never one that fits any story."""
    given = mirrored(prev, lang)
    if given:
        return [given]
    said = _their_words(prev)
    if said:
        return [line.format(said=said) for line in numbered("suggest.hedge.", lang)]
    return list(numbered("suggest.reflection.", lang))


_HEDGE_WORDS = 5  # a hedge quoted back has at most this many words ("Gaat wel.", "It's fine.")


def _their_words(prev: str | None) -> str:
    """Their turn's first sentence, without its closing mark, where it is a short hedge that
    may hide something; "" for a longer turn (a reaction to the manager is never said back)."""
    from simulator.scoring.words import sentences

    if not prev or not prev.strip():
        return ""
    start, end = (sentences(prev) or [(0, len(prev))])[0]
    said = " ".join(prev[start:end].split()).rstrip(" .!?…,;:")
    return said if said and len(said.split()) <= _HEDGE_WORDS else ""


def quote_for_tip(quote: str) -> str:
    """The quote as a tip cites it, shortened if long (the tip's sentence adds the marks)."""
    quote = " ".join(quote.split())
    if len(quote) > 90:
        quote = quote[:87].rstrip() + "…"
    return quote


# Closed questions a reliable open rewrite exists for: (pattern, the rewrite's key).
_REWRITES = {
    "nl": [
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:denk|overweeg|twijfel) je (?:er ?over|eraan|wel eens|"
                    r"soms|weleens)?\s*(?:na )?(?:om )?(?:weg te gaan|te vertrekken|op te stappen|"
                    r"te stoppen|ergens anders|een andere baan)\b[^?]*\??$|"
                    r"^(?:\w+[,.]?\s+)?(?:ga|wil) je (?:weg|vertrekken|stoppen)\b[^?]*\??$", _I),
         "suggest.rewrite.leave"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:blijf|blijft) je (?:dan|nog|hier)?\b[^?]*\??$", _I),
         "suggest.rewrite.stay"),
        (re.compile(r"^(?:\w+[,.]?\s+)?vind je ((?:de|het|je|jouw|die|dat|deze) [^?]+?) "
                    r"(?:niet |wel |soms |echt )?(?:te|erg|heel|best|nogal|zo) \w+\s*\??$", _I),
         "suggest.rewrite.experience"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:wil|zou) je (?:misschien |graag |niet )?(?:eens )?"
                    r"(?:een |die |wat )?(?:cursus|opleiding|training)\w*\b[^?]*\??$", _I),
         "suggest.rewrite.learn"),
        (re.compile(r"^(?:\w+[,.]?\s+)?heb je het (?:nog )?(?:wel )?(?:naar je zin|leuk|fijn)"
                    r"((?: (?:in|bij|met|op) [^?]+?)?)\s*\??$", _I),
         "suggest.rewrite.enjoy"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:ben|voel) je (?:je )?(?:wel |nog )?(?:tevreden|"
                    r"gelukkig|blij) (?:met|over|in|bij) ([^?]+?)\s*\??$", _I),
         "suggest.rewrite.satisfied"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:loopt|gaat) alles (?:nog )?(?:goed |lekker )?"
                    r"((?:op|in|bij|met) [^?]+?)\s*\??$", _I),
         "suggest.rewrite.going"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:loopt|gaat) alles(?: nog)?(?: goed| lekker)?\s*\??$|"
                    r"^alles (?:goed|oké|ok|prima)\s*\??$", _I),
         "suggest.rewrite.all_well"),
        (re.compile(r"^ben je (?:nog )?bij met ([^?]+?)\s*\??$", _I),
         "suggest.rewrite.keeping_up"),
        (re.compile(r"^(?:is|zijn) ((?:de|het|je|jouw|die|dat) [^?]+?) (?:nog |al |wel |echt )*"
                    r"(?:op schema|klaar|af|gelukt|op tijd|goed|in orde|rond|op koers)\b[^?]*\??$",
                    _I),
         "suggest.rewrite.progress"),
        (re.compile(r"^(?:haal|red) je ((?:je|jouw|de|het) [^?]+?)"
                    r"(?: (?:deze|volgende|komende) (?:week|maand))?\s*\??$", _I),
         "suggest.rewrite.progress"),
    ],
    "en": [
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:are you|have you been|do you ever) (?:thinking|"
                    r"considering|think) (?:about |of )?(?:leaving|quitting|moving on|going "
                    r"elsewhere)\b[^?]*\??$|^(?:\w+[,.]?\s+)?(?:are you going to|do you want "
                    r"to|will you) (?:leave|quit)\b[^?]*\??$", _I),
         "suggest.rewrite.leave"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:will|would) you stay\b[^?]*\??$", _I),
         "suggest.rewrite.stay"),
        (re.compile(r"^(?:\w+[,.]?\s+)?do you (?:find|think) ((?:the|your|that|this|those|"
                    r"these) [^?]+?) (?:are |is )?(?:too|very|really|a bit|quite|so) \w+\s*\??$",
                    _I),
         "suggest.rewrite.experience"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:would|do) you (?:maybe |perhaps )?(?:want|like) to "
                    r"(?:do|take|follow|go on) (?:a |some |that )?(?:course|training)\b[^?]*\??$",
                    _I),
         "suggest.rewrite.learn"),
        (re.compile(r"^(?:\w+[,.]?\s+)?are you (?:still )?(?:happy|satisfied|content) "
                    r"(?:with|in|about) ([^?]+?)\s*\??$", _I),
         "suggest.rewrite.satisfied"),
        (re.compile(r"^(?:\w+[,.]?\s+)?do you (?:still )?(?:like|enjoy) ([^?]+?)\s*\??$", _I),
         "suggest.rewrite.enjoy"),
        (re.compile(r"^(?:\w+[,.]?\s+)?(?:is )?(?:everything|all|it all) (?:still )?(?:going )?"
                    r"(?:on track|ok|okay|fine|good|well)\s*\??$", _I),
         "suggest.rewrite.all_well"),
        (re.compile(r"^are you keeping up with ([^?]+?)\s*\??$", _I),
         "suggest.rewrite.keeping_up"),
        (re.compile(r"^(?:is|are|will) ((?:the|your|that|this) [^?]+?) (?:still |already )?"
                    r"(?:be )?(?:on track|on schedule|ready|done|finished|on time|going well|ok|"
                    r"okay)\b[^?]*\??$", _I),
         "suggest.rewrite.progress"),
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
    questions = (*THEME_QUESTIONS[lang].values(), *numbered("suggest.open.", lang))
    candidates = {_norm(q) for q in questions}
    found: set[str] = set()
    for text in texts:
        said = _norm(text)
        found.update(c for c in candidates if c in said)
    return frozenset(found)


def _rewrite(lang: str, asked: str) -> str | None:
    """The closed question asked open, where a rewrite fits it; the part of the question it
    keeps ("de planning") is the rewrite's `topic`."""
    for pattern, key in _REWRITES[lang]:
        match = pattern.match(asked)
        if match is None:
            continue
        kept = [g[0].lower() + g[1:] if g and g[:2].lower() in ("de", "he", "je", "th", "yo")
                else g for g in match.groups() if g is not None]
        return t(key, lang, topic=kept[0]) if kept else t(key, lang)
    return None


def _closed_options(
    lang: str, quote: str, already: frozenset[str] = frozenset()
) -> list[TipChoice]:
    q = " ".join(quote.split())
    last = [s for s in _SPLIT.split(q) if "?" in s]
    asked = (last[-1] if last else q).strip()
    options: list[TipChoice] = []
    if _CLOSING[lang].search(asked):
        options.append(TipChoice("closed.close_open", {}))
    rewrite = _rewrite(lang, asked)
    if rewrite is not None:
        options.append(TipChoice("closed.rewrite", {"question": rewrite}))
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
    # "Hoe ver ben je met dat besluit?" starts as an open question does and asks for a fact:
    # telling it to start with "hoe" would repeat it.
    fallback = "closed.fact" if _starts_with_question_word(asked, lang) else "closed.fallback"
    for open_q in numbered("suggest.open.", lang):
        if _norm(open_q) in already or (not pointed and _POINTER[lang].search(open_q)):
            continue
        options.append(TipChoice(fallback, {"question": open_q}))
    return options


def _starts_with_question_word(asked: str, lang: str) -> bool:
    from simulator.scoring.rules import filler_end

    body = asked[filler_end(asked, lang):].strip().lower()
    return rulebook.pattern(lang, f"{lang}.open_question.question-word").match(body) is not None


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
