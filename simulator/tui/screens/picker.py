"""The home screen: pick a scenario, read its briefing, see and change the backend."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from simulator.domain.scenario import Scenario

if TYPE_CHECKING:
    from simulator.tui.app import StaysimApp

LANGUAGES = (None, "nl", "en")
DIFFICULTIES = (None, "easy", "medium", "hard")
BACKEND_HINT = "change: --backend, --model (F1)"


class PickerScreen(Screen[None]):
    """Scenarios in a table; the side panel shows the briefing and objectives of the row."""

    app: StaysimApp
    BINDINGS = [
        Binding("enter", "start", "Start", tooltip="Practise the selected scenario"),
        Binding("l", "cycle_language", "Language", tooltip="Filter: all, Dutch, English"),
        Binding("d", "cycle_difficulty", "Difficulty", tooltip="Filter: all, easy, medium, hard"),
        Binding("h", "app.history", "History", tooltip="Past sessions and their scores"),
        Binding("q", "app.quit", "Quit", tooltip="Leave staysim"),
    ]

    def __init__(self) -> None:
        super().__init__(id="picker")
        self.language: str | None = None
        self.difficulty: str | None = None
        self.shown: list[Scenario] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="backend-line")
        yield Static(id="filter-line")
        with Horizontal(id="picker-body"):
            yield DataTable(id="scenario-table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="briefing-panel"):
                yield Static(id="briefing")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        backend = self.app.describe_backend()
        self.query_one("#backend-line", Static).update(
            Content.assemble(("Backend: ", "bold"), backend, ("  ·  " + BACKEND_HINT, "dim"))
        )
        table = self.query_one(DataTable)
        # Essentials first, so a narrow terminal cuts only the role.
        table.add_columns("Scenario", "Lang", "Level", "Persona", "Role")
        self.refill()
        problems = self.app.library.problems
        if problems:
            self.notify(
                "\n".join(str(p) for p in problems[:3]),
                title=f"{len(problems)} problem(s) in the scenario library",
                severity="warning",
                timeout=10,
            )

    def refill(self) -> None:
        library = self.app.library
        self.shown = [
            s
            for s in sorted(library.scenarios.values(), key=lambda s: (s.language, s.title))
            if (self.language is None or s.language == self.language)
            and (self.difficulty is None or s.difficulty == self.difficulty)
        ]
        table = self.query_one(DataTable)
        table.clear()
        for scenario in self.shown:
            persona = library.personas.get(scenario.persona)
            table.add_row(
                Text(scenario.title),
                scenario.language,
                scenario.difficulty,
                Text(persona.name if persona else scenario.persona),
                Text(persona.role if persona else ""),
                key=scenario.id,
            )
        self.query_one("#filter-line", Static).update(
            Content.assemble(
                ("Filter: ", "bold"),
                f"language {self.language or 'all'} (l) · "
                f"difficulty {self.difficulty or 'all'} (d)",
                f" · {len(self.shown)} of {len(library.scenarios)} · ",
                ("Enter starts", "bold"),
            )
        )
        self.show_briefing(self.shown[0] if self.shown else None)

    def selected(self) -> Scenario | None:
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row < 0 or table.cursor_row >= len(self.shown):
            return None
        return self.shown[table.cursor_row]

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_briefing(self.selected())

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_start()

    def show_briefing(self, scenario: Scenario | None) -> None:
        panel = self.query_one("#briefing", Static)
        if scenario is None:
            panel.update("No scenario matches the filter. Press l or d to change it.")
            return
        persona = self.app.library.personas.get(scenario.persona)
        parts: list[Content | str | tuple[str, str]] = [(scenario.title, "bold $text-accent")]
        if persona is not None:
            parts += ["\n", (f"{persona.name}", "bold"), f" · {persona.role}"]
            parts += [f" · {persona.profile.tenure}"]
        parts += ["\n\n", scenario.briefing, "\n\n", ("Objectives", "bold")]
        for objective in scenario.objectives:
            parts += ["\n• ", objective]
        parts += ["\n\n", ("Enter starts · F1 help · ctrl+p commands", "dim")]
        panel.update(Content.assemble(*parts))

    def action_start(self) -> None:
        scenario = self.selected()
        if scenario is None:
            self.notify("No scenario selected.", severity="warning")
            return
        self.app.start_practice(scenario.id)

    def action_cycle_language(self) -> None:
        self.language = LANGUAGES[(LANGUAGES.index(self.language) + 1) % len(LANGUAGES)]
        self.refill()

    def action_cycle_difficulty(self) -> None:
        index = DIFFICULTIES.index(self.difficulty)
        self.difficulty = DIFFICULTIES[(index + 1) % len(DIFFICULTIES)]
        self.refill()
