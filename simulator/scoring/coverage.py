"""Which stay-interview themes the manager explored, and at which turns."""

from collections.abc import Sequence

from simulator.domain.scorecard import Coverage
from simulator.scoring.coder import CodedUtterance
from simulator.scoring.themes import THEMES


def theme_coverage(
    coded: Sequence[CodedUtterance | None], themes_with_facts: list[str] | None = None
) -> Coverage:
    """Themes explored by an open question or a reflection that is no formula, those missed,
    and where; with the themes the simulated employee's hidden facts are about, when given."""
    by_theme: dict[str, list[int]] = {}
    for index, item in enumerate(coded):
        if item is None:
            continue
        # A yes/no question touches a theme without exploring it, and a reflection that fits
        # any story ("Het klinkt alsof dit je dwarszit") explores nothing.
        generic = item.reflection is not None and item.reflection.generic
        explores = "open_question" in item.codes or ("reflection" in item.codes and not generic)
        if not explores:
            continue
        for theme in item.themes:
            by_theme.setdefault(theme, []).append(index)
    explored = [t for t in THEMES if t in by_theme]
    return Coverage(
        explored=explored,
        missed=[t for t in THEMES if t not in by_theme],
        by_theme={t: by_theme[t] for t in explored},
        themes_with_facts=themes_with_facts,
    )
