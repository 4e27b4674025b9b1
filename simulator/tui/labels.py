"""Words the app shows for codes and themes, in the session's language, and literal text."""

from textual.content import Content

CODE_LABELS: dict[str, dict[str, str]] = {
    "open_question": {"nl": "open vraag", "en": "open question"},
    "closed_question": {"nl": "gesloten vraag", "en": "closed question"},
    "reflection": {"nl": "reflectie", "en": "reflection"},
    "affirmation": {"nl": "erkenning", "en": "affirmation"},
    "defensive": {"nl": "verdedigend", "en": "defensive"},
    "promise": {"nl": "belofte", "en": "promise"},
    "commitment": {"nl": "toezegging", "en": "commitment"},
    "advice": {"nl": "advies", "en": "advice"},
    "appraisal": {"nl": "beoordeling", "en": "appraisal"},
}

THEME_LABELS: dict[str, dict[str, str]] = {
    "energy": {"nl": "energie", "en": "energy"},
    "meaning": {"nl": "betekenis", "en": "meaning"},
    "change": {"nl": "wat anders kan", "en": "what to change"},
    "leave": {"nl": "waarom vertrekken", "en": "reasons to leave"},
    "obstacles": {"nl": "obstakels", "en": "obstacles"},
    "growth": {"nl": "groei", "en": "growth"},
    "recognition": {"nl": "erkenning", "en": "recognition"},
    "manager": {"nl": "jou als leidinggevende", "en": "you as manager"},
}

# Codes that cost trust: the meters and badges flag them.
WARNING_CODES = frozenset({"defensive", "promise", "advice", "appraisal"})
GOOD_CODES = frozenset({"open_question", "reflection", "affirmation", "commitment"})


def code_label(code: str, lang: str) -> str:
    return CODE_LABELS.get(code, {}).get(lang, code.replace("_", " "))


def theme_label(theme: str, lang: str) -> str:
    return THEME_LABELS.get(theme, {}).get(lang, theme)


def code_style(code: str) -> str:
    if code in WARNING_CODES:
        return "$text-error"
    if code in GOOD_CODES:
        return "$text-success"
    return "$text-muted"


def badges(codes: list[str], lang: str) -> Content:
    """Code badges as styled content; the labels are ours, never user text."""
    parts: list[Content | tuple[str, str] | str] = []
    for code in codes:
        if parts:
            parts.append(" ")
        parts.append((f"[{code_label(code, lang)}]", code_style(code)))
    return Content.assemble(*parts)


def literal(text: str) -> Content:
    """User or model text exactly as written: `[bold]` stays `[bold]`; terminal escape
    sequences in it are dropped, or they would reach the terminal live."""
    from simulator.export import inert

    return Content(inert(text))
