"""The cohort report as one self-contained page: no script, no remote resource, inline SVG."""

from simulator import __version__
from simulator.cohort import svg
from simulator.cohort.summary import (
    Cohort,
    TraineeRow,
    decimal,
    dimension_label,
    finding_label,
    flag_text,
    median,
    progress,
)
from simulator.export.text import PAGE_CSS, esc
from simulator.locale import t

_CSS = PAGE_CSS + """
body{max-width:64rem}
.note{color:#556;font-size:.9rem}
table{border-collapse:collapse}td,th{padding:.2rem .8rem .2rem 0;text-align:left;
vertical-align:middle}td.n{text-align:right}
.flag{color:#a33;font-weight:600}.pass{color:#27613a}
.dim{display:grid;grid-template-columns:16rem 250px 1fr;gap:.8rem;align-items:end;margin:.4rem 0}
blockquote{margin:.2rem 0 .2rem 1rem;color:#445;overflow-wrap:anywhere}
"""


def render(cohort: Cohort) -> str:
    lang = cohort.lang
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        # No script, no remote resource: the page cannot run code or call home.
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(t('cohort.title', lang))}: {esc(cohort.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{esc(t('cohort.title', lang))}: {esc(cohort.title)}</h1>",
        '<ul class="meta">',
        f"<li>{esc(t('cohort.pack', lang))}: {esc(cohort.pack_id)}</li>",
        f"<li>{esc(t('cohort.pass_score', lang))}: {cohort.pass_score}</li>",
        f"<li>{esc(t('cohort.trainees', lang))}: {len(cohort.rows)}</li>",
        f"<li>{esc(t('cohort.attempts', lang))}: {sum(len(r.attempts) for r in cohort.rows)}</li>",
        "</ul>",
        f'<p class="note">{esc(t("cohort.rescored", lang, version=__version__))}</p>',
    ]
    parts += _trainees(cohort)
    parts += _dimensions(cohort)
    parts += _findings(cohort)
    parts += _progress(cohort)
    parts += _flags(cohort)
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)


def _trainees(cohort: Cohort) -> list[str]:
    lang = cohort.lang
    heads = ("trainee", "attempts", "first", "best", "latest", "passed", "flags")
    parts = [
        f"<h2>{esc(t('cohort.section.trainees', lang))}</h2>",
        f'<p class="note">{esc(t("cohort.legend", lang))}</p>',
        "<table><tr>",
        *[f"<th>{esc(t('cohort.col.' + h, lang))}</th>" for h in heads],
        "<th></th>",
        f"<th>{esc(t('cohort.col.profile', lang))}</th></tr>",
    ]
    parts += [_trainee(cohort, row) for row in cohort.rows]
    parts.append("</table>")
    return parts


def _trainee(cohort: Cohort, row: TraineeRow) -> str:
    lang = cohort.lang
    passed = (
        f'<span class="pass">✔ {esc(t("cohort.yes", lang))}</span>' if row.passed
        else f"✘ {esc(t('cohort.no', lang))}"
    )
    flags = f'<span class="flag">⚑ {row.flags}</span>' if row.flags else ""
    bar_label = (
        f"{row.name}: {t('cohort.col.best', lang)} {_score(row.best)}, "
        f"{t('cohort.col.latest', lang)} {_score(row.latest)}"
    )
    values = [(dimension_label(d, lang), row.profile.get(d)) for d in cohort.dimensions]
    profile_label = ", ".join(f"{name} {_score(v)}" for name, v in values)
    return (
        f"<tr><td>{esc(row.name)}</td><td class=n>{len(row.attempts)}</td>"
        f"<td class=n>{_score(row.first)}</td><td class=n>{_score(row.best)}</td>"
        f"<td class=n>{_score(row.latest)}</td><td>{passed}</td><td>{flags}</td>"
        f"<td>{svg.score_bar(row.best, row.latest, cohort.pass_score, bar_label)}</td>"
        f"<td>{svg.profile(values, profile_label)}</td></tr>"
    )


def _dimensions(cohort: Cohort) -> list[str]:
    lang = cohort.lang
    parts = [f"<h2>{esc(t('cohort.section.dimensions', lang))}</h2>"]
    for name in cohort.dimensions:
        values = cohort.distribution[name]
        label = dimension_label(name, lang)
        detail = t(
            "cohort.distribution", lang, median=decimal(median(values), lang), low=min(values),
            high=max(values), n=len(values),
        )
        parts.append(
            f'<div class="dim"><span>{esc(label)}</span>'
            f"{svg.histogram(values, f'{label}: {detail}')}"
            f'<span class="note">{esc(detail)}</span></div>'
        )
    if not cohort.dimensions:
        parts.append(f"<p>{esc(t('cohort.none', lang))}</p>")
    return parts


def _findings(cohort: Cohort) -> list[str]:
    lang = cohort.lang
    parts = [f"<h2>{esc(t('cohort.section.findings', lang))}</h2>"]
    if not cohort.findings:
        return [*parts, f"<p>{esc(t('cohort.none', lang))}</p>"]
    parts.append("<ol>")
    for row in cohort.findings:
        count = t(
            "cohort.finding_count", lang, trainees=row.trainees, total=len(cohort.rows),
            attempts=row.attempts,
        )
        quotes = "".join(f"<blockquote>“{esc(q)}”</blockquote>" for q in row.quotes)
        parts.append(
            f"<li><strong>{esc(finding_label(row.code, lang))}</strong>: {esc(count)}"
            f"{quotes}</li>"
        )
    parts.append("</ol>")
    return parts


def _progress(cohort: Cohort) -> list[str]:
    lang = cohort.lang
    parts = [f"<h2>{esc(t('cohort.section.progress', lang))}</h2>"]
    figures = progress(cohort)
    if figures is None:
        return [*parts, f"<p>{esc(t('cohort.none', lang))}</p>"]
    text = t("cohort.progress", lang, **figures)
    pairs = [(r.first, r.best) for r in cohort.rows if r.first is not None and r.best is not None]
    return [*parts, svg.slope(pairs, cohort.pass_score, text), f"<p>{esc(text)}</p>"]


def _flags(cohort: Cohort) -> list[str]:
    lang = cohort.lang
    parts = [f"<h2>{esc(t('cohort.section.flags', lang))}</h2>"]
    flagged = [(row, a) for row in cohort.rows for a in row.attempts if a.flags]
    if not flagged:
        return [*parts, f"<p>{esc(t('cohort.no_flags', lang))}</p>"]
    parts.append("<ul>")
    for row, attempt in flagged:
        line = t(
            "cohort.flag_row", lang, trainee=row.name, n=row.attempts.index(attempt) + 1,
            scenario=attempt.attempt.scenario, what=flag_text(attempt, lang),
        )
        parts.append(f'<li class="flag">⚑ {esc(line)}</li>')
    parts.append("</ul>")
    return parts
