"""Words the app shows for codes and themes, in the session's language, and literal text."""

from textual.content import Content

from simulator.export.labels import code_label, theme_label
from simulator.scoring.codes import NEGATIVE
from simulator.tui.literal import literal

__all__ = ["badges", "code_label", "code_style", "literal", "theme_label"]

# Codes that cost trust: the meters and badges flag them.
WARNING_CODES = NEGATIVE
GOOD_CODES = frozenset({"open_question", "reflection", "affirmation", "commitment"})


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


