"""The cohort report in Markdown: the same sections as the page, tables instead of charts."""

from simulator import __version__
from simulator.cohort.summary import (
    Cohort,
    decimal,
    dimension_label,
    finding_label,
    flag_text,
    median,
    progress,
)
from simulator.export.text import md_escape
from simulator.locale import t


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def render(cohort: Cohort) -> str:
    lang = cohort.lang
    attempts = sum(len(r.attempts) for r in cohort.rows)
    lines = [
        f"# {md_escape(t('cohort.title', lang))}: {md_escape(cohort.title)}",
        "",
        f"- {t('cohort.pack', lang)}: {md_escape(cohort.pack_id)}",
        f"- {t('cohort.pass_score', lang)}: {cohort.pass_score}",
        f"- {t('cohort.trainees', lang)}: {len(cohort.rows)}; "
        f"{t('cohort.attempts', lang)}: {attempts}",
        "",
        md_escape(t("cohort.rescored", lang, version=__version__)),
        "",
        f"## {t('cohort.section.trainees', lang)}",
        "",
    ]
    dims = [dimension_label(d, lang) for d in cohort.dimensions]
    heads = ["trainee", "attempts", "first", "best", "latest", "passed", "flags"]
    lines.append(_row([t("cohort.col." + h, lang) for h in heads] + [md_escape(d) for d in dims]))
    lines.append(_row(["---"] + ["---:"] * 4 + ["---", "---:"] + ["---:"] * len(dims)))
    for r in cohort.rows:
        cells = [
            md_escape(r.name), str(len(r.attempts)), _score(r.first), _score(r.best),
            _score(r.latest), t("cohort.yes" if r.passed else "no", lang), str(r.flags or ""),
        ]
        lines.append(_row(cells + [_score(r.profile.get(d)) for d in cohort.dimensions]))
    lines += ["", f"## {t('cohort.section.dimensions', lang)}", ""]
    for name in cohort.dimensions:
        values = cohort.distribution[name]
        detail = t(
            "cohort.distribution", lang, median=decimal(median(values), lang), low=min(values),
            high=max(values), n=len(values),
        )
        lines.append(f"- {md_escape(dimension_label(name, lang))}: {detail}")
    lines += ["", f"## {t('cohort.section.findings', lang)}", ""]
    for index, row in enumerate(cohort.findings, 1):
        count = t(
            "cohort.finding_count", lang, trainees=row.trainees, total=len(cohort.rows),
            attempts=row.attempts,
        )
        lines.append(f"{index}. **{md_escape(finding_label(row.code, lang))}**: {count}")
        lines += [f"   > “{md_escape(q)}”" for q in row.quotes]
    if not cohort.findings:
        lines.append(t("cohort.none", lang))
    lines += ["", f"## {t('cohort.section.progress', lang)}", ""]
    figures = progress(cohort)
    lines.append(t("cohort.progress", lang, **figures) if figures else t("cohort.none", lang))
    lines += ["", f"## {t('cohort.section.flags', lang)}", ""]
    flagged = [(r, a) for r in cohort.rows for a in r.attempts if a.flags]
    for r, a in flagged:
        line = t(
            "cohort.flag_row", lang, trainee=r.name, n=r.attempts.index(a) + 1,
            scenario=a.attempt.scenario, what=flag_text(a, lang),
        )
        lines.append(f"- ⚑ {md_escape(line)}")
    if not flagged:
        lines.append(t("cohort.no_flags", lang))
    return "\n".join(lines) + "\n"
