"""The eight stay-interview themes a turn explores, by keyword per language."""

import re
from functools import cache

from simulator.language import LANGS
from simulator.locale import t
from simulator.scoring.gate import Gated
from simulator.vocabulary import THEMES

_I = re.IGNORECASE
_PATTERNS: dict[str, dict[str, re.Pattern[str]]] = {
    "nl": {
        "energy": re.compile(
            r"\b(?:energie|naar uit|uitkijk|plezier|leuk|zin in|enthousias|motiveert|"
            r"gemotiveerd|motivatie|drijft|geniet|blij van|vrolijk van)", _I),
        "meaning": re.compile(
            r"\b(?:betekenisvol|betekenis|zinvol|zingeving|voldoening|trots|bijdrage|"
            r"verschil maken|waar je het voor doet|ertoe doe)", _I),
        "change": re.compile(
            r"\b(?:veranderen|verandering|anders (?:willen|zien|zou)|verbeteren|werkomgeving|"
            r"aanpassen|als je het voor het zeggen had|toverstaf)", _I),
        "leave": re.compile(
            r"\b(?:weg ?(?:te )?gaan|weg ?gaat|vertrek|opstap|op te stappen|overweeg|andere baan|"
            r"ergens anders|"
            r"solliciteer|sollicitat|opzeggen|ontslag|blijven|hier houdt|houdt je hier|"
            r"recruiter|overstappen)", _I),
        "obstacles": re.compile(
            r"\b(?:belemmer|obstakel|in de weg|hinder|frustr|tegenhoud|tegenwerk|remt|"
            r"werkdruk|prioriteit|lastig|dwars|knelt|schuurt|wachten)", _I),
        "growth": re.compile(
            r"\b(?:ontwikkel|groei|leren|vaardigheden|carri[eè]re|loopbaan|doorgroei|"
            r"opleiding|cursus|training|medior|senior|verantwoordelijkheid)", _I),
        "recognition": re.compile(
            r"\b(?:gezien|gewaardeerd|waardering|erkenning|compliment|gehoord|serieus genomen|"
            r"opgemerkt)", _I),
        "manager": re.compile(
            r"\b(?:ik als leidinggevende|als (?:je|jouw) leidinggevende|wat (?:kan|zou) ik|"
            r"ik anders|van mij|mij als|ik (?:beter|meer) kan|jouw leidinggevende|"
            r"ik voor je (?:kan|doen))", _I),
    },
    "en": {
        "energy": re.compile(
            r"\b(?:energ|look forward|looking forward|enjoy|fun|excite|motivat|drives you|"
            r"best part|favou?rite part|love about)", _I),
        "meaning": re.compile(
            r"\b(?:meaning|purpose|proud|fulfil|worthwhile|make a difference|matters? to you|"
            r"satisf)", _I),
        "change": re.compile(
            r"\b(?:change|different(?:ly)? about|improve about|magic wand|if you could|"
            r"your environment|work environment)", _I),
        "leave": re.compile(
            # Not a day's leave ("annual leave", "leave early") nor staying late.
            r"\b(?:(?<!annual )(?<!sick )(?<!parental )(?<!maternity )leav(?!e early|ing early)|"
            r"quit|other job|another job|elsewhere|move on|moving on|"
            r"stay(?!ed late|ing late| late| behind| longer)|keeps you|"
            r"recruit|resign|job offer|look(?:ing)? around)", _I),
        "obstacles": re.compile(
            r"\b(?:obstacle|in (?:the|your) way|block|hinder|frustrat|slow(?:s|ing)? you|"
            r"workload|priorit|barrier|get in the way|gets in the way|difficult)", _I),
        "growth": re.compile(
            # Not "of course", nor the "next step" of the closing agreements.
            r"\b(?:develop|grow|learn|skill|career|training|(?<!of )course|promotion|"
            r"responsibilit)", _I),
        "recognition": re.compile(
            r"\b(?:valued|appreciated|recogni|seen|acknowledg|credit|noticed)", _I),
        "manager": re.compile(
            r"\b(?:as (?:your|a) manager|what (?:can|could) i|i could do|from me|"
            r"i do differently|your manager|i can do|me as)", _I),
    },
}


@cache
def _gated(lang: str) -> tuple[tuple[str, Gated], ...]:
    # Gated: a keyword regex only runs where one of its words occurs (same result).
    table = _PATTERNS.get(lang, _PATTERNS["nl"])
    return tuple((theme, Gated(table[theme])) for theme in THEMES)


def keyword_themes(text: str, lang: str) -> list[str]:
    """The themes whose keywords `text` holds, in the order of THEMES: evidence for the
    learned layer, and the answer where no model is shipped."""
    return [theme for theme, pattern in _gated(lang) if pattern.search(text)]


def detect_themes(text: str, lang: str, prev: str | None = None) -> list[str]:
    """The themes a manager's `text` asks about or reflects, in the order of THEMES."""
    from simulator.scoring.acts import rule_acts
    from simulator.scoring.features import utterance_features
    from simulator.scoring.model import load_model
    from simulator.scoring.rules import rule_evidence

    model = load_model()
    if model is None or not model.themes:
        return keyword_themes(text, lang)
    found = [(e.rule, e.code) for e in rule_evidence(text, lang, prev)]
    feats = utterance_features(text, lang, prev, found, rule_acts(text, lang))
    return model.judge(feats).themes

# The source's eight questions, one per theme, in each language (`suggest.theme.THEME`).
THEME_QUESTIONS: dict[str, dict[str, str]] = {
    lang: {theme: t(f"suggest.theme.{theme}", lang) for theme in THEMES} for lang in LANGS
}
