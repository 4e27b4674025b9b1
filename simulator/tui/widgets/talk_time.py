"""Talk time in seconds, for a spoken session: per turn, and both sides' totals."""

from __future__ import annotations

from typing import Any

from textual.content import Content

from simulator.locale import number
from simulator.tui.i18n import t


def _seconds(value: float, lang: str) -> str:
    return number(value, lang, 1)


def turn_timing(line: Any, lang: str) -> str:
    """`3.2 s · silence 1.4 s` or `2.0 s · interrupted` for a spoken turn; '' for a typed one."""
    seconds = getattr(line, "seconds", None)
    if seconds is None:
        return ""
    parts = [t("voice.seconds", lang, seconds=_seconds(seconds, lang))]
    pause = getattr(line, "pause", None)
    if pause is not None and pause >= 0:
        parts.append(t("voice.silence", lang, seconds=_seconds(pause, lang)))
    elif pause is not None:  # began while the other still spoke
        parts.append(t("voice.interrupted", lang))
    return " · ".join(parts)


def talk_time_view(card: Any, lang: str) -> Content | None:
    """The spoken seconds of each turn and the totals; None when no turn was spoken."""
    timed = [
        (i, line) for i, line in enumerate(card.transcript) if getattr(line, "seconds", None)
    ]
    if not timed:
        return None
    parts: list[Content | str | tuple[str, str]] = [(t("card.talk_time", lang), "bold")]
    metrics = card.metrics
    manager = getattr(metrics, "manager_speaking_seconds", None)
    employee = getattr(metrics, "employee_speaking_seconds", None)
    if manager is not None and employee is not None:
        totals = t(
            "card.talk_totals",
            lang,
            manager=_seconds(manager, lang),
            employee=_seconds(employee, lang),
        )
        parts += ["\n", totals]
    elif manager is not None:  # the replies were not spoken
        parts += ["\n", t("card.talk_manager", lang, manager=_seconds(manager, lang))]
    for index, line in timed:
        who = t("practice.you" if line.speaker == "manager" else "review.employee", lang)
        style = "$text-primary" if line.speaker == "manager" else "$text-secondary"
        parts += ["\n", (f"{index + 1:>2} {who}: ", style), turn_timing(line, lang)]
    return Content.assemble(*parts)
