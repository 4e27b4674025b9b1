"""Past sessions with the score over time and per dimension; open any to its scorecard."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static
from textual.worker import Worker

from simulator.domain.scorecard import Scorecard
from simulator.domain.session import Session
from simulator.store import HistoryEntry, StoreError
from simulator.tui.errors import report_failed_worker, show_error
from simulator.tui.i18n import localise_bindings, t
from simulator.tui.literal import plain
from simulator.tui.screens.picker_table import CELL_PADDING, SCROLLBAR, clip
from simulator.tui.widgets.chart import ScoreChart, strip

if TYPE_CHECKING:
    from simulator.tui.app import StaysimApp

CHART_LIMIT = 50


# The chart column's inner width (see #charts in the stylesheet) before it is laid out.
CHART_ROOM = 37
# The app's breakpoint for "-wide" (StaysimApp.HORIZONTAL_BREAKPOINTS).
WIDE_FROM = 110
MIN_STRIP = 10
# #charts' width beside the table.
CHART_COLUMN = 40
MIN_SCENARIO = 12


def shown_status(entry: HistoryEntry) -> str:
    """What the status column says: a scored session passed or not, else finished or not."""
    if entry.status == "finished" and entry.passed is not None:
        return "passed" if entry.passed else "failed"
    return entry.status


class HistoryScreen(Screen[None]):
    """Sessions newest first; the charts read oldest to newest, left to right."""

    app: StaysimApp
    BINDINGS = [
        Binding("enter", "open", "Scorecard", tooltip="Open the selected session's scorecard"),
        Binding("r", "review", "Review", tooltip="Review the selected session's transcript"),
        Binding("c", "resume", "Continue", tooltip="Continue an unfinished session"),
        Binding("t", "trend", "Trend", tooltip="Each dimension's trend per scenario"),
        Binding("escape,q", "back", "Back", tooltip="Back to the scenarios"),
    ]

    def __init__(self, lang: str = "nl") -> None:
        super().__init__(id="history")
        self.lang = lang
        localise_bindings(self, "history", lang)
        self.sessions: list[Session] = []

    def compose(self) -> ComposeResult:
        with Horizontal(id="history-body"):
            yield DataTable(id="session-table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="charts"):
                yield Static(id="score-chart-title", classes="chart-title")
                yield ScoreChart([], id="score-chart", empty=t("chart.empty", self.lang))
                yield Vertical(id="dimension-charts")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        columns = ("id", "date", "scenario", "score", "status", "turns")
        table.add_columns(*(t(f"history.col.{c}", self.lang) for c in columns))
        table.focus()
        self.load()

    @work(group="history", exclusive=True, exit_on_error=False)
    async def load(self) -> None:
        """Sessions and the scorecards behind the charts, read in a thread."""
        if not self.app.has_store():
            entries: list[HistoryEntry] = []
            cards: list[Scorecard] = []
        else:
            try:
                entries, cards = await asyncio.to_thread(self._read)
            except StoreError as exc:
                show_error(self, exc, t("history.cannot_load", self.lang), timeout=12)
                return
        self.sessions = [e.session for e in entries]
        self.fill(entries)
        if not entries:
            self.notify(t("history.empty", self.lang), timeout=4)
        await self.draw_charts(cards)
        self.refresh_bindings()

    def _read(self) -> tuple[list[HistoryEntry], list[Scorecard]]:
        store = self.app.store
        entries = store.history()
        finished = [e.session for e in reversed(entries) if e.session.score is not None]
        cards = []
        for session in finished[-CHART_LIMIT:]:
            loaded = store.load_session(session.id)
            if loaded is not None and loaded.scorecard is not None:
                cards.append(loaded.scorecard)
        return entries, cards

    def fill(self, entries: list[HistoryEntry]) -> None:
        columns = ("id", "date", "scenario", "score", "status", "turns")
        titles = {s.id: s.title for s in self.app.library.scenarios.values()}
        rows = [
            [
                str(s.id),
                s.started.astimezone().strftime("%Y-%m-%d %H:%M"),
                plain(titles.get(s.scenario or "", s.scenario or t("history.imported", self.lang))),
                "-" if s.score is None else str(s.score),
                t(f"history.status.{shown_status(entry)}", self.lang),
                str(entry.turn_count),
            ]
            for entry in entries
            for s in (entry.session,)
        ]
        # The scenario title gives way (with an ellipsis) so status and turns stay whole.
        room = self.scenario_room(rows, columns)
        table = self.query_one(DataTable)
        for entry, row in zip(entries, rows, strict=True):
            row[2] = clip(row[2], room)
            table.add_row(*row[:2], Text(row[2]), *row[3:], key=str(entry.session.id))

    def scenario_room(self, rows: list[list[str]], columns: tuple[str, ...]) -> int:
        """The scenario column's width when every other column is shown whole."""
        heads = [t(f"history.col.{c}", self.lang) for c in columns]
        widths = [max(len(x) for x in [heads[i], *(r[i] for r in rows)]) for i in range(6)]
        wide = self.app.size.width >= WIDE_FROM
        # Wide, the table has the height but for the footer and its header; narrow it shares
        # the height with the charts, so a scrollbar is reckoned with.
        overflow = not wide or len(rows) > self.app.size.height - 2
        table_width = self.app.size.width - (CHART_COLUMN if wide else 0)
        table_width -= SCROLLBAR if overflow else 0
        others = sum(w for i, w in enumerate(widths) if i != 2)
        # The last column's right padding is blank and may fall off the edge.
        padding = CELL_PADDING * len(columns) - 1
        return max(table_width - others - padding, MIN_SCENARIO)

    async def draw_charts(self, cards: list[Scorecard]) -> None:
        finished = [s for s in reversed(self.sessions) if s.score is not None][-CHART_LIMIT:]
        scores = [float(s.score or 0) for s in finished]
        title = self.query_one("#score-chart-title", Static)
        if scores:
            title.update(
                Content.assemble(
                    (t("history.chart", self.lang), "bold $text-accent"),
                    t(
                        "history.chart_detail",
                        self.lang,
                        count=t("history.sessions_one", self.lang)
                        if len(scores) == 1
                        else t("history.sessions_many", self.lang, count=len(scores)),
                        first=scores[0],
                        last=scores[-1],
                        best=max(scores),
                    ),
                )
            )
        else:
            heading = (t("history.chart", self.lang), "bold $text-accent")
            title.update(Content.assemble(heading, t("history.chart_none", self.lang)))
        self.query_one("#score-chart", ScoreChart).set_values(scores)
        from simulator.scoring.scorecard import LABELS as DIMENSION_LABELS

        # Labels in the app's language, whatever language each session was held in.
        known = DIMENSION_LABELS.get(self.lang, DIMENSION_LABELS["nl"])
        per_dimension: dict[str, list[float]] = {}
        labels: dict[str, str] = {}
        for card in cards:
            for dim in card.dimensions or []:
                labels[dim.name] = known.get(dim.name) or dim.label or dim.name
                per_dimension.setdefault(dim.name, []).append(float(dim.score))
        box = self.query_one("#dimension-charts", Vertical)
        # Narrow, the charts sit under the table across the whole width.
        wide = self.app.size.width >= WIDE_FROM
        room = CHART_ROOM if wide else self.app.size.width - 2
        width = max((len(label) for label in labels.values()), default=0)
        # A label never gets cut: when the longest leaves the strip too little room, each
        # label takes a line of its own with its score and strip under it.
        beside = width + 5 + MIN_STRIP <= room
        rows = []
        for name, values in per_dimension.items():
            if beside:
                head: Content | str = f"{labels[name]:<{width}} {values[-1]:>3.0f} "
                points = values[-(room - width - 5) :]
            else:
                head = f"{labels[name]}\n  {values[-1]:>3.0f} "
                points = values[-(room - 6) :]
            rows.append(
                Static(
                    Content.assemble(head, (strip(points), "$text-accent")),
                    classes="dim-row",
                )
            )
        if rows:
            per = t("history.per_dimension", self.lang)
            await box.mount(Static(Content.styled(per, "bold $text-accent")))
            await box.mount_all(rows)

    def selected(self) -> Session | None:
        table = self.query_one(DataTable)
        if not self.sessions or not 0 <= table.cursor_row < len(self.sessions):
            return None
        return self.sessions[table.cursor_row]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "resume":
            session = self.selected() if self.is_mounted else None
            return session is not None and session.ended is None
        return True

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.refresh_bindings()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def _card_for(self, session: Session) -> tuple[Session | None, Scorecard | None]:
        """The session and its scorecard (rescored when unfinished); blocking, for a thread."""
        from simulator.export import scorecard_for

        loaded = self.app.store.load_session(session.id)
        return (loaded, scorecard_for(loaded)) if loaded is not None else (None, None)

    async def _opened(self) -> tuple[Session | None, Scorecard | None]:
        session = self.selected()
        if session is None:
            return None, None
        try:
            return await asyncio.to_thread(self._card_for, session)
        except (StoreError, ValueError) as exc:
            show_error(self, exc, t("history.cannot_score", self.lang))
            return None, None

    @work(group="open", exclusive=True, exit_on_error=False)
    async def action_open(self) -> None:
        from simulator.tui.screens.scorecard import ScorecardScreen

        loaded, card = await self._opened()
        if loaded is None or card is None:
            return
        scenario = self.app.library.scenarios.get(loaded.scenario or "")
        persona = self.app.library.personas.get(scenario.persona) if scenario else None
        await self.app.push_screen(
            ScorecardScreen(card, session_id=loaded.id, scenario=scenario, persona=persona)
        )

    @work(group="open", exclusive=True, exit_on_error=False)
    async def action_review(self) -> None:
        from simulator.tui.screens.review import ReviewScreen

        _, card = await self._opened()
        if card is not None:
            await self.app.push_screen(ReviewScreen(card))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failed_worker(self, event.worker, event.state, self.lang)

    def action_resume(self) -> None:
        session = self.selected()
        if session is None:
            return
        if session.ended is not None:
            self.notify(t("history.finished", self.lang))
            return
        self.app.resume(session.id)

    def action_trend(self) -> None:
        from simulator.tui.screens.trend import TrendScreen

        self.app.push_screen(TrendScreen(self.lang))

    def action_back(self) -> None:
        self.app.pop_screen()
