"""The home screen: pick a scenario, read its briefing, see and change the backend."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from simulator.domain.scenario import Scenario
from simulator.domain.session import Session
from simulator.store import StoreError
from simulator.tui.errors import show_error
from simulator.tui.i18n import localise_bindings, t
from simulator.tui.literal import literal, plain
from simulator.tui.screens.picker_briefing import briefing
from simulator.tui.screens.picker_table import shown_scenarios, table_cells
from simulator.tui.widgets import assignment as assigned
from simulator.tui.widgets.unfinished import find_unfinished, unfinished_banner
from simulator.tui.widgets.voice_bar import VoiceLine

if TYPE_CHECKING:
    from simulator.tui.app import StaysimApp

LANGUAGES = (None, "nl", "en")
DIFFICULTIES = (None, "easy", "medium", "hard")


class PickerScreen(Screen[None]):
    """Scenarios in a table; the side panel shows the briefing and objectives of the row."""

    app: StaysimApp
    BINDINGS = [
        Binding("enter", "start", "Start", tooltip="Practise the selected scenario"),
        Binding("l", "cycle_language", "Language", tooltip="Filter: all, Dutch, English"),
        Binding("d", "cycle_difficulty", "Difficulty", tooltip="Filter: all, easy, medium, hard"),
        Binding("h", "app.history", "History", tooltip="Past sessions and their scores"),
        Binding("q", "app.quit", "Quit", tooltip="Leave staysim"),
        Binding("c", "continue_unfinished", "Continue", tooltip="Resume it", show=False),
        Binding("s", "score_unfinished", "Score", tooltip="Score the unfinished one", show=False),
        Binding("x", "ignore_unfinished", "Ignore", tooltip="Hide it", show=False),
    ]

    def __init__(self, lang: str = "nl") -> None:
        super().__init__(id="picker")
        self.lang = lang
        localise_bindings(self, "picker", lang)
        self.language: str | None = None
        self.difficulty: str | None = None
        self.shown: list[Scenario] = []
        self.unfinished: Session | None = None
        self.left: dict[str, int] = {}  # attempts left per assignment, once counted
        self.with_role = True
        self.role_width = 0
        self.laid_out_for = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="unfinished-banner")
        yield Static(id="backend-line")
        yield VoiceLine(self.lang, self.app.voice, id="voice-line")
        yield Static(id="filter-line")
        with Horizontal(id="picker-body"):
            yield DataTable(id="scenario-table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="briefing-panel"):
                yield Static(id="briefing")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        backend = self.app.describe_backend()
        self.query_one("#backend-line", Static).update(
            Content.assemble(
                (t("picker.backend", self.lang), "bold"),
                literal(backend),
                ("  ·  " + t("picker.backend_hint", self.lang), "dim"),
            )
        )
        self.refill()
        problems = self.app.library.problems
        if problems:
            # File names and field values are the user's: shown as text, never as markup.
            self.notify(
                "\n".join(plain(p) for p in problems[:3]),
                title=t("picker.problems", self.lang, count=len(problems)),
                severity="warning",
                timeout=10,
                markup=False,
            )
        self.offer_unfinished()

    # A session left unfinished (a crash, a closed terminal) is offered once, plainly. Looking
    # opens the store, which may wait on a lock: in a thread, after the first screen is up.

    @work(group="unfinished", exclusive=True, exit_on_error=False)
    async def offer_unfinished(self) -> None:
        if self.app.resume_session is not None or not self.app.has_store():
            return
        try:
            self.unfinished = await asyncio.to_thread(
                find_unfinished, self.app.store_opener(), self.app.library
            )
        except StoreError as exc:
            show_error(self, exc, t("app.no_store", self.lang), timeout=12)
            return
        banner = self.query_one("#unfinished-banner", Static)
        banner.display = self.unfinished is not None
        if self.unfinished is not None:
            banner.update(unfinished_banner(self.unfinished, self.app.library, self.lang))
        self.refresh_bindings()

    def on_screen_resume(self) -> None:
        self.count_attempts()

    @work(group="attempts", exclusive=True, exit_on_error=False)
    async def count_attempts(self) -> None:
        """Attempts left per assignment, counted again after every session."""
        if not self.app.library.assignments or not self.app.has_store():
            return
        try:
            opener, library = self.app.store_opener(), self.app.library
            self.left = await asyncio.to_thread(assigned.count_left, opener, library)
        except StoreError as exc:
            show_error(self, exc, t("app.no_store", self.lang), timeout=12)
            return
        self.refill(keep_cursor=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action.endswith("_unfinished"):
            return self.unfinished is not None
        return True

    def _take_unfinished(self) -> Session | None:
        session = self.unfinished
        self.unfinished = None
        self.query_one("#unfinished-banner", Static).display = False
        self.refresh_bindings()
        return session

    def action_continue_unfinished(self) -> None:
        session = self._take_unfinished()
        if session is not None:
            self.app.resume(session.id)

    def action_score_unfinished(self) -> None:
        session = self._take_unfinished()
        if session is not None:
            self.app.score_unfinished(session.id)

    def action_ignore_unfinished(self) -> None:
        self._take_unfinished()

    def refill(self, keep_cursor: bool = False) -> None:
        library = self.app.library
        self.shown = shown_scenarios(library, self.language, self.difficulty)
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        # The role column gets what is left of the width (the briefing shows the role anyway).
        self.laid_out_for = self.app.size.width
        cells = table_cells(self.shown, library, self.left, self.lang, self.app.size.width)
        self.role_width, self.with_role = cells.role_width, cells.with_role
        table.add_columns(*cells.headers)
        for scenario, row in zip(self.shown, cells.rows, strict=True):
            table.add_row(*(Text(plain(cell), no_wrap=True) for cell in row), key=scenario.id)
        if keep_cursor and 0 < cursor < len(self.shown):
            table.move_cursor(row=cursor)
        self.show_filter()
        self.show_briefing(self.selected())
        self.call_after_refresh(self.show_filter)

    def hidden_rows(self) -> int:
        """Scenarios below the fold of the list, that only scrolling shows."""
        table = self.query_one(DataTable)
        visible = table.scrollable_content_region.height - table.header_height
        if visible <= 0:
            return 0
        below = len(self.shown) - int(table.scroll_y) - visible
        return max(below, 0)

    def show_filter(self) -> None:
        library = self.app.library
        hidden = self.hidden_rows()
        more: list[Content | str | tuple[str, str]] = []
        if hidden:
            more = [" · ", (t("picker.more", self.lang, count=hidden), "bold $text-warning")]
        self.query_one("#filter-line", Static).update(
            Content.assemble(
                (t("picker.filter", self.lang), "bold"),
                t(
                    "picker.filter_values",
                    self.lang,
                    language=self.language or t("picker.all", self.lang),
                    difficulty=t(f"level.{self.difficulty}", self.lang)
                    if self.difficulty
                    else t("picker.all", self.lang),
                    shown=len(self.shown),
                    total=len(library.scenarios),
                ),
                " · ",
                (t("picker.enter_starts", self.lang), "bold"),
                *more,
            )
        )

    def on_resize(self) -> None:
        if self.app.size.width != self.laid_out_for:
            self.refill(keep_cursor=True)
        else:
            self.show_filter()

    def selected(self) -> Scenario | None:
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row < 0 or table.cursor_row >= len(self.shown):
            return None
        return self.shown[table.cursor_row]

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_briefing(self.selected())
        self.call_after_refresh(self.show_filter)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_start()

    def show_briefing(self, scenario: Scenario | None) -> None:
        panel = self.query_one("#briefing", Static)
        if scenario is None:
            panel.update(t("picker.none_match", self.lang))
            return
        panel.update(briefing(scenario, self.app.library, self.left, self.lang))

    def action_start(self) -> None:
        scenario = self.selected()
        if scenario is None:
            self.notify(t("picker.none_selected", self.lang), severity="warning")
            return
        self.app.start_practice(scenario.id)

    def action_cycle_language(self) -> None:
        self.language = LANGUAGES[(LANGUAGES.index(self.language) + 1) % len(LANGUAGES)]
        self.refill()

    def action_cycle_difficulty(self) -> None:
        index = DIFFICULTIES.index(self.difficulty)
        self.difficulty = DIFFICULTIES[(index + 1) % len(DIFFICULTIES)]
        self.refill()
