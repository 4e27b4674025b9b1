"""From result files to a rendered report, or the lines that say why there is none."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from simulator.cohort import html, markdown, table
from simulator.cohort.cache import RescoreCache
from simulator.cohort.rescoring import Scored, check, newest_per_trainee, scenario_id
from simulator.cohort.results import Submitted, one_pack, read_all
from simulator.cohort.summary import Cohort, build
from simulator.library import Library, Problem

Format = Literal["html", "md", "csv"]
FORMATS: tuple[str, ...] = ("html", "md", "csv")
RENDER: dict[str, Callable[[Cohort], str]] = {
    "html": html.render,
    "md": markdown.render,
    "csv": table.render,
}


@dataclass
class Outcome:
    """The report (None when refused), the lines to show, and the exit status."""

    text: str | None
    problems: list[Problem] = field(default_factory=list)
    status: int = 0
    cohort: Cohort | None = None


def cohort_of(
    submitted: list[Submitted],
    library: Library,
    lang: str,
    anonymise: bool,
    rescores: RescoreCache | None = None,
) -> tuple[Cohort, list[Problem]]:
    """Every attempt re-scored and flagged, then the figures; the flags as problem lines."""
    kept, problems = newest_per_trainee(submitted)
    scored: list[Scored] = []
    for item in kept:
        attempts, flags = check(item, library, rescores)
        scored += attempts
        problems += flags
    first = submitted[0].result.pack
    return (
        build(
            scored,
            pack_id=first.id,
            title=first.title,
            pass_score=first.pass_score,
            lang=lang,
            anonymise=anonymise,
            other_names=_persona_names(kept, library),
        ),
        problems,
    )


def make_report(
    paths: list[Path],
    fmt: Format,
    *,
    lang: str,
    library: Library,
    anonymise: bool = False,
    pack: tuple[str, str] | None = None,
    rescores: RescoreCache | None = None,
) -> Outcome:
    """Read, check, re-score and render. A file that cannot be read, is no result, is of a
    newer format or of another pack refuses the whole report: nothing is written half."""
    submitted, errors = read_all(paths)
    if errors:
        status = 2 if any(e.unreadable for e in errors) else 1
        return Outcome(None, [e.problem for e in errors], status)
    mixed = one_pack(submitted, *(pack or (None, None)))
    if mixed:
        return Outcome(None, mixed, 1)
    if not submitted:
        return Outcome(None, [], 2)
    cohort, problems = cohort_of(submitted, library, lang, anonymise, rescores)
    return Outcome(RENDER[fmt](cohort), problems, 0, cohort)


def _persona_names(submitted: list[Submitted], library: Library) -> set[str]:
    names: set[str] = set()
    for item in submitted:
        for attempt in item.result.attempts:
            key = scenario_id(library, item.result.pack.id, attempt)
            if key is None:
                continue
            persona = library.personas.get(library.scenarios[key].persona)
            if persona is not None:
                names.add(persona.name)
    return names
