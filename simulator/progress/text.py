"""The progress per scenario as lines of text (the command line) and as JSON-ready data."""

import textwrap
from typing import Any

from simulator.locale import t
from simulator.progress.spark import strip
from simulator.progress.trend import Change, ScenarioTrend

# The strips show the latest sessions, at most this many; a zero is a dot on the baseline.
STRIP_POINTS = 24
ZERO = "·"
WIDTH = 100


def _label(name: str, lang: str) -> str:
    return t(f"dim.{name}", lang)


def _finding(code: str, lang: str) -> str:
    from simulator.locale.words import code_label

    return code_label(code, lang)


def delta(value: int) -> str:
    return f"{value:+d}" if value else "±0"


def rows(trend: ScenarioTrend, lang: str) -> list[tuple[str, list[int], int, int | None]]:
    """(label, values, latest, change since last time) for the score and each dimension."""
    change = trend.change()
    moved = change.score if change else None
    result: list[tuple[str, list[int], int, int | None]] = [
        (t("progress.score", lang), trend.scores, trend.scores[-1], moved)
    ]
    for name in trend.dimensions:
        values = trend.series(name)
        delta = change.dimensions.get(name) if change else None
        result.append((_label(name, lang), values, values[-1], delta))
    return result


def change_lines(change: Change | None, lang: str) -> list[str]:
    """What changed since last time, in sentences."""
    if change is None:
        return [t("progress.first_only", lang)]
    lines = []
    better, worse = change.better(), change.worse()
    if better:
        items = ", ".join(f"{_label(n, lang)} {delta(d)}" for n, d in better)
        lines.append(t("progress.better", lang, items=items))
    if worse:
        items = ", ".join(f"{_label(n, lang)} {delta(d)}" for n, d in worse)
        lines.append(t("progress.worse", lang, items=items))
    if not better and not worse:
        lines.append(t("progress.same", lang))
    if change.new_findings:
        items = ", ".join(_finding(c, lang) for c in change.new_findings)
        lines.append(t("progress.new_findings", lang, items=items))
    if change.gone_findings:
        items = ", ".join(_finding(c, lang) for c in change.gone_findings)
        lines.append(t("progress.gone_findings", lang, items=items))
    return lines


def heading(trend: ScenarioTrend, title: str, lang: str) -> str:
    count = len(trend.points)
    sessions = (
        t("history.sessions_one", lang) if count == 1
        else t("history.sessions_many", lang, count=count)
    )
    return t("progress.heading", lang, title=title, count=sessions)


def render(trends: list[ScenarioTrend], titles: dict[str, str], lang: str) -> str:
    """Every scenario's block: heading, a strip per row, then what changed."""
    if not trends:
        return t("progress.empty", lang) + "\n"
    blocks = []
    for trend in trends:
        table = rows(trend, lang)
        width = max(len(label) for label, *_ in table)
        points = min(STRIP_POINTS, len(trend.points))
        lines = [heading(trend, titles.get(trend.scenario, trend.scenario), lang)]
        for label, values, latest, moved in table:
            spark = strip([float(v) for v in values[-points:]], zero=ZERO)
            line = f"  {label:<{width}}  {spark:<{points}}  {latest:>3}"
            if moved is not None:
                line += f"  {delta(moved):>4}"
            lines.append(line.rstrip())
        lines += [
            textwrap.fill(line, WIDTH, initial_indent="  ", subsequent_indent="    ")
            for line in change_lines(trend.change(), lang)
        ]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def as_json(trends: list[ScenarioTrend]) -> list[dict[str, Any]]:
    """Codes and values only: the scenario id, each session's figures, the change."""
    result = []
    for trend in trends:
        change = trend.change()
        result.append({
            "scenario": trend.scenario,
            "language": trend.language,
            "sessions": [
                {"id": p.session, "started": p.started.isoformat(), "score": p.score,
                 "dimensions": p.dimensions}
                for p in trend.points
            ],
            "change": None if change is None else {
                "score": change.score,
                "dimensions": change.dimensions,
                "new_findings": change.new_findings,
                "gone_findings": change.gone_findings,
            },
        })
    return result
