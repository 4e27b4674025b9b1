"""The scorecard: score, dimensions against targets, findings, facts and agreed actions."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static
from textual.worker import Worker

from simulator.domain.persona import Persona
from simulator.domain.scenario import Scenario
from simulator.domain.scorecard import Dimension, Scorecard
from simulator.domain.session import Session
from simulator.locale.words import measured_words
from simulator.store import StoreError
from simulator.tui.errors import report_failed_worker, show_error
from simulator.tui.i18n import localise_bindings, t
from simulator.tui.keys import SESSION_KEYS
from simulator.tui.labels import code_label, code_style, literal
from simulator.tui.literal import plain
from simulator.tui.widgets.bars import dimension_bar
from simulator.tui.widgets.card_facts import ACTIONS, actions_view, facts_view
from simulator.tui.widgets.talk_time import talk_time_view

if TYPE_CHECKING:
    from simulator.tui.app import StaysimApp

def score_line(card: Scorecard) -> Content:
    lang = card.language
    pass_score = card.pass_score
    parts: list[Content | str | tuple[str, str]] = [
        (t("card.score", lang), "bold"),
        (f"{card.score}", "bold"),
        " / 100",
    ]
    if pass_score is not None:
        passed = card.passed if card.passed is not None else card.score >= pass_score
        verdict = (
            (t("card.passed", lang), "bold $text-success")
            if passed
            else (t("card.not_yet", lang), "bold $text-warning")
        )
        parts += ["  ", verdict, (f"  ({t('card.pass_mark', lang, mark=pass_score)})", "dim")]
    return Content.assemble(*parts)


def blockers_view(card: Scorecard) -> Content | None:
    """Why the session has not passed yet, one reason a line; None when it passed."""
    if card.passed is not False or not card.pass_blockers:
        return None
    parts: list[Content | str | tuple[str, str]] = []
    for reason in card.pass_blockers:
        parts += ["\n" if parts else "", ("· ", "$text-warning"), Content(reason)]
    return Content.assemble(*parts)


def dimensions_view(card: Scorecard) -> Content:
    lang = card.language
    title = (t("card.dimensions", lang), "bold $text-accent")
    lines: list[Content | str | tuple[str, str]] = [title]
    dims = card.dimensions or []
    width = min(30, max((len(d.label or d.name) for d in dims), default=10))
    # A short conversation counts part of the behaviour rows: said once, above them.
    short = next((d.values for d in dims if d.values and "turns" in d.values), None)
    if short:
        lines.append(("\n" + t("card.short", lang, turns=short["turns"], full=short["full"]),
                      "$text-warning"))
    for dim in dims:
        goal_text = t("card.goal", lang, goal=dim.goal) if dim.goal else None
        measured = (measured_words(dim.name, dim.value, dim.values, lang) if dim.values
                    else dim.shown)  # a card saved before the numbers were kept: its sentence
        shown = t("card.shown", lang, shown=measured) if measured else None
        lines += [
            "\n",
            dimension_bar(dim.label or dim.name, dim.score, dim.target, goal_text,
                          label_width=width, shown=shown),
        ]
    if len(lines) == 1:
        lines.append("\n" + t("card.no_dimensions", lang))
    return Content.assemble(*lines)


def arrow_line(text: Content | str, classes: str) -> Horizontal:
    """`→ text` with the text wrapping under itself, not under the arrow."""
    return Horizontal(
        Static("→ ", classes="arrow"), Static(text, classes="arrow-text"), classes=classes
    )


def weakest_dimension(card: Scorecard) -> Dimension | None:
    """The lowest dimension under its goal (score below its target), or None when all meet it."""
    under = [d for d in card.dimensions or [] if d.score < d.target]
    return min(under, key=lambda d: d.score) if under else None


def next_time_widgets(card: Scorecard) -> list[Widget]:
    """What to try next time: each finding with its quote set apart and its tip under it."""
    lang = card.language
    widgets: list[Widget] = [
        Static(Content.styled(t("card.next_time", lang), "bold $text-accent"))
    ]
    weakest = weakest_dimension(card)
    if not card.findings and weakest is None:
        widgets.append(Static(t("card.nothing_flagged", lang)))
    elif not card.findings and weakest is not None:
        label = weakest.label or weakest.name
        widgets.append(Static(t("card.weakest", lang, label=label, score=weakest.score)))
        widgets.append(arrow_line(literal(weakest.focus or ""), "finding-tip"))
    for finding in card.findings:
        heading = Content.assemble(
            (t("card.turn", lang, turn=finding.turn + 1) + " · ", "bold"),
            (code_label(finding.code, lang), f"bold {code_style(finding.code)}"),
        )
        widgets += [
            Static(heading, classes="finding-code"),
            Static(Content.assemble("“", literal(finding.quote), "”"), classes="finding-quote"),
            arrow_line(literal(finding.tip), "finding-tip"),
        ]
    missing = [t(f"action.{key}", lang) for key in ACTIONS if not getattr(card.actions, key)]
    if missing:
        text = t("card.close_with", lang, action="; ".join(m[0].lower() + m[1:] for m in missing))
        widgets.append(arrow_line(text, "finding-close"))
    return widgets


MIME_TYPES = {"md": "text/markdown", "html": "text/html", "json": "application/json"}


class ScorecardScreen(Screen[None]):
    """The scorecard of a finished session; from here review, practise again or export."""

    app: StaysimApp
    BINDINGS = [
        Binding("r", "review", "Review", tooltip="The transcript, every turn with its codes"),
        Binding("p", "again", "Practise again", tooltip="The same scenario, a fresh session"),
        Binding("e", "export('md')", "Export", tooltip="Export: save a Markdown report"),
        Binding(
            "E", "export('html')", "Export html", tooltip="Save a web page", show=False
        ),
        Binding("escape,q", "back", "Back", tooltip="Close the scorecard"),
        *SESSION_KEYS,
    ]

    def __init__(
        self,
        card: Scorecard,
        *,
        session_id: int | None,
        scenario: Scenario | None,
        persona: Persona | None,
    ) -> None:
        super().__init__(id="scorecard")
        self.card = card
        self.session_id = session_id
        self.scenario = scenario
        self.persona = persona
        self.exported: Path | None = None
        self.lang = card.language
        localise_bindings(self, "scorecard", self.lang)

    def compose(self) -> ComposeResult:
        title = self.scenario.title if self.scenario else self.card.scenario
        title = title or t("card.conversation", self.lang)
        yield Static(
            Content.assemble(score_line(self.card), ("  ·  ", "dim"), literal(title)),
            id="score-line",
        )
        blockers = blockers_view(self.card)
        if blockers is not None:
            yield Static(blockers, id="pass-blockers")
        with VerticalScroll(id="card-scroll"):
            with Grid(id="card-grid"):
                with Vertical(id="card-findings"):
                    yield from next_time_widgets(self.card)
                yield Static(dimensions_view(self.card), id="card-dimensions")
                yield Static(facts_view(self.card, self.persona, self.lang), id="card-facts")
                with Vertical(id="card-actions"):
                    yield from actions_view(self.card, self.lang)
                    talk = talk_time_view(self.card, self.lang)
                    if talk is not None:
                        yield Static(talk, id="card-talk-time")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#card-scroll").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "again":
            return self.scenario is not None
        if action == "export":
            return self.session_id is not None
        return True

    def action_review(self) -> None:
        from simulator.tui.screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen(self.card))

    def action_again(self) -> None:
        if self.scenario is not None:
            self.app.start_practice(self.scenario.id, replace=True)

    def action_back(self) -> None:
        self.app.pop_screen()

    @work(group="export", exclusive=True, exit_on_error=False)
    async def action_export(self, fmt: str) -> None:
        from simulator import paths

        failed = t("card.export_failed", self.lang)
        try:
            session = await asyncio.to_thread(self._saved)
        except StoreError as exc:
            show_error(self, exc, failed)
            return
        if session is None:
            self.notify(t("card.not_in_history", self.lang), severity="error")
            return
        if self.app.is_web:  # served in a browser: the file is the visitor's download
            await self._deliver(session, fmt, failed)
            return
        target = (paths.home() / "exports" / f"session-{session.id}.{fmt}").absolute()
        try:
            await asyncio.to_thread(self._write, session, fmt, target)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            message = t("card.cannot_write", self.lang, path=target, reason=reason)
            self.notify(plain(message), title=failed, severity="error", timeout=10, markup=False)
            return
        except ValueError as exc:  # a transcript the exporter cannot render
            show_error(self, exc, failed, timeout=10)
            return
        self.exported = target
        title = t("card.exported", self.lang)
        self.notify(plain(target), title=title, timeout=10, markup=False)

    async def _deliver(self, session: Session, fmt: str, failed: str) -> None:
        from simulator.export import export_session

        try:
            text = await asyncio.to_thread(export_session, session, fmt, self.card)  # type: ignore[arg-type]
        except ValueError as exc:
            show_error(self, exc, failed, timeout=10)
            return
        name = f"session-{session.id}.{fmt}"
        self.app.deliver_text(
            io.StringIO(text), save_filename=name, encoding="utf-8", mime_type=MIME_TYPES[fmt]
        )
        self.notify(plain(name), title=t("card.sent_to_browser", self.lang), markup=False)

    def _saved(self) -> Session | None:
        return self.app.store.load_session(self.session_id) if self.session_id else None

    def _write(self, session: Session, fmt: str, target: Path) -> None:
        from simulator.export import export_session, write_private

        text = export_session(session, fmt, self.card)  # type: ignore[arg-type]
        target.parent.mkdir(parents=True, exist_ok=True)
        write_private(target, text)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failed_worker(self, event.worker, event.state, self.lang)
