"""Progress per scenario: each dimension's trend over the sessions and what changed since
the last time (`t` on the history screen)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import Worker

from simulator.progress.trend import ScenarioTrend, scored_sessions, trends
from simulator.store import StoreError
from simulator.tui.errors import report_failed_worker, show_error
from simulator.tui.i18n import localise_bindings, t
from simulator.tui.widgets.trend import TrendBlock

if TYPE_CHECKING:
    from simulator.tui.app import StaysimApp


class TrendScreen(Screen[None]):
    """The most recently practised scenario first."""

    app: StaysimApp
    BINDINGS = [Binding("escape,q", "back", "Back", tooltip="Back to the history")]

    def __init__(self, lang: str = "nl") -> None:
        super().__init__(id="trend")
        self.lang = lang
        localise_bindings(self, "trend", lang)
        self.trends: list[ScenarioTrend] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="trend-body"):
            yield Static(Content.styled(t("progress.title", self.lang), "bold"), id="trend-title")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#trend-body").focus()
        self.load()

    @work(group="trend", exclusive=True, exit_on_error=False)
    async def load(self) -> None:
        """The scored sessions, read in a thread, then one block per scenario."""
        found: list[ScenarioTrend] = []
        if self.app.has_store():
            try:
                sessions = await asyncio.to_thread(scored_sessions, self.app.store)
            except StoreError as exc:
                show_error(self, exc, t("history.cannot_load", self.lang), timeout=12)
                return
            found = trends(sessions)
        self.trends = found
        body = self.query_one("#trend-body", VerticalScroll)
        if not found:
            await body.mount(Static(t("progress.empty", self.lang), id="trend-empty"))
            return
        titles = {key: s.title for key, s in self.app.library.scenarios.items()}
        await body.mount_all(
            TrendBlock(trend, titles.get(trend.scenario, trend.scenario), self.lang)
            for trend in found
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failed_worker(self, event.worker, event.state, self.lang)

    def action_back(self) -> None:
        self.app.pop_screen()
