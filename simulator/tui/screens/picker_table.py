"""The picker's scenario table: which scenarios a filter shows, and their rows, with the
persona's role fitted to what is left of the width."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.domain.scenario import Scenario
from simulator.library import Library
from simulator.tui.i18n import t
from simulator.tui.widgets import assignment as assigned

# A role narrower than this says too little; the column is left out (the briefing has it).
ROLE_MIN_CHARS = 12
# DataTable pads each cell by one on both sides; two more for a vertical scrollbar.
CELL_PADDING = 2
SCROLLBAR = 2


def clip(text: str, width: int) -> str:
    """`text` cut to `width` with an ellipsis, never mid-way without a sign."""
    return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + "…"


def shown_scenarios(library: Library, language: str | None, difficulty: str | None
                    ) -> list[Scenario]:
    """The scenarios the filter lets through, assignments first (`assigned.order`)."""
    return [
        s
        for s in sorted(library.scenarios.values(), key=lambda s: assigned.order(library, s))
        if (language is None or s.language == language)
        and (difficulty is None or s.difficulty == difficulty)
    ]


@dataclass
class TableCells:
    """The table's headers and rows, and the width its role column got."""

    headers: list[str]
    rows: list[list[str]]
    role_width: int

    @property
    def with_role(self) -> bool:
        return self.role_width >= ROLE_MIN_CHARS


def table_cells(shown: list[Scenario], library: Library, left: dict[str, int], lang: str,
                width: int) -> TableCells:
    """Scenario, language, level, persona (and an assignment's column); the role gets what is
    left of `width`, cut with an ellipsis; too little, and the column goes."""
    columns = ["scenario", "lang", "level", "persona"]
    rows: list[list[str]] = []
    roles: list[str] = []
    for scenario in shown:
        persona = library.personas.get(scenario.persona)
        rows.append(
            [
                scenario.title,
                scenario.language,
                t(f"level.{scenario.difficulty}", lang),
                persona.name if persona else scenario.persona,
            ]
        )
        roles.append(persona.role if persona else "")
    headers = [t(f"picker.col.{c}", lang) for c in columns]
    assigned.add_column(headers, rows, shown, library, left, lang)
    used = sum(
        max(len(cell) for cell in [header, *(row[i] for row in rows)]) + CELL_PADDING
        for i, header in enumerate(headers)
    )
    cells = TableCells(headers, rows, width - used - CELL_PADDING - SCROLLBAR)
    if cells.with_role:
        headers.append(t("picker.col.role", lang))
        for row, role in zip(rows, roles, strict=True):
            row.append(clip(role, cells.role_width))
    return cells
