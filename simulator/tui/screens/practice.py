"""The conversation: streamed replies, live meters, cancel, retry and finish."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import Worker

from simulator.tui.i18n import localise_bindings, t
from simulator.tui.keys import SESSION_KEYS
from simulator.tui.widgets.meters import MetersPanel
from simulator.tui.widgets.turn import TurnView

if TYPE_CHECKING:
    from simulator.tui.app import StaysimApp

def _is_restart(chunk: object) -> bool:
    return type(chunk).__name__ == "Restart"


def _error_text(exc: BaseException) -> str:
    return str(getattr(exc, "message", None) or exc) or type(exc).__name__


class PracticeScreen(Screen[None]):
    """One practice session; every turn is saved by the engine before the request goes out."""

    app: StaysimApp
    BINDINGS = [
        Binding(
            "ctrl+f",
            "finish",
            "Finish",
            tooltip="End the session and open the scorecard",
            priority=True,
        ),
        Binding(
            "escape",
            "cancel_reply",
            "Stop",
            tooltip="Stop the reply in progress; the partial reply stays",
        ),
        Binding(
            "ctrl+r", "retry", "Retry", tooltip="Ask again after a server failure", priority=True
        ),
        Binding(
            "ctrl+t",
            "toggle_meters",
            "Meters",
            tooltip="Show or hide the live meters (hide them for a no-hints run)",
            priority=True,
        ),
        Binding(
            "ctrl+b",
            "leave",
            "Leave",
            tooltip="Back to the scenarios without scoring; "
            "resume later with staysim practice --resume",
            show=False,
        ),
        *SESSION_KEYS,
    ]

    def __init__(self, session: Any, *, hints: bool = True) -> None:
        super().__init__(id="practice")
        self.session = session
        self.lang: str = session.scenario.language
        localise_bindings(self, "practice", self.lang)
        self.hints = hints
        self.reply_worker: Worker[None] | None = None
        self.failed = False
        self.current: TurnView | None = None

    # Layout

    def compose(self) -> ComposeResult:
        persona = self.session.persona
        yield Static(
            Content.assemble(
                (persona.name, "bold"),
                f" · {persona.role}",
                (f"  —  {self.session.scenario.title}", "dim"),
            ),
            id="persona-line",
        )
        with Horizontal(id="practice-body"):
            yield VerticalScroll(id="conversation")
            yield MetersPanel(self.lang, id="meters")
        yield Input(
            placeholder=t("practice.placeholder", self.lang),
            id="say",
        )
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        conversation = self.query_one("#conversation", VerticalScroll)
        conversation.anchor()
        meters = self.query_one(MetersPanel)
        meters.display = self.hints
        views = [self._view_for(turn) for turn in self.session.turns]
        if views:
            await conversation.mount_all(views)
        self.refresh_meters()
        self.query_one("#say", Input).focus()

    def _view_for(self, turn: Any) -> TurnView:
        interrupted = getattr(turn, "status", "complete") == "interrupted"
        status = t("practice.interrupted", self.lang) if interrupted else ""
        if turn.speaker == "manager":
            return TurnView(
                "manager", t("practice.you", self.lang), turn.text, lang=self.lang, status=status
            )
        return TurnView(
            "employee", self.session.persona.name, turn.text, lang=self.lang, status=status
        )

    @property
    def busy(self) -> bool:
        return self.reply_worker is not None and self.reply_worker.is_running

    # Talking

    @on(Input.Submitted, "#say")
    async def say(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            return
        if self.busy:
            # Keep the typed text: it goes out once the reply is done or stopped.
            self.notify(t("practice.wait", self.lang), timeout=3)
            return
        event.input.clear()
        conversation = self.query_one("#conversation", VerticalScroll)
        manager = TurnView("manager", t("practice.you", self.lang), text, lang=self.lang)
        await conversation.mount(manager)
        self.failed = False
        self.reply_worker = self.stream_reply(text, manager)

    def action_retry(self) -> None:
        if self.busy:
            self.notify(t("practice.still_coming", self.lang), timeout=3)
            return
        if not self.failed:
            self.notify(t("practice.nothing_to_retry", self.lang), timeout=3)
            return
        self.failed = False
        self.reply_worker = self.stream_reply(None, None)

    @work(exclusive=True, group="llm", exit_on_error=False)
    async def stream_reply(self, text: str | None, manager: TurnView | None) -> None:
        conversation = self.query_one("#conversation", VerticalScroll)
        reply = TurnView("employee", self.session.persona.name, lang=self.lang, status="…")
        self.current = reply
        await conversation.mount(reply)
        chunks = self.session.reply(text) if text is not None else self.session.retry()
        try:
            async for chunk in chunks:
                if _is_restart(chunk):
                    # The broken-off text stays as it was saved; the reply starts over below.
                    if reply.text:
                        reply.set_status(t("practice.dropped", self.lang))
                        reply = TurnView(
                            "employee", self.session.persona.name, lang=self.lang, status="…"
                        )
                        self.current = reply
                        await conversation.mount(reply)
                    continue
                if reply.status:
                    reply.set_status("")
                reply.append(chunk)
                # Chunks already queued arrive without a pause; without one, Esc could not land.
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            # Close the stream so the engine saves the partial reply as interrupted.
            await chunks.aclose()
            await self._stopped(reply)
            raise
        except Exception as exc:  # a server failure must never end the app
            await self._failed(reply, exc)
        else:
            reply.set_status("")
        finally:
            self.current = None
            self._after_turn(manager)

    async def _stopped(self, reply: TurnView) -> None:
        if reply.text:
            reply.set_status(t("practice.stopped", self.lang))
        else:
            reply.remove()

    async def _failed(self, reply: TurnView, exc: BaseException) -> None:
        retryable = bool(getattr(exc, "retryable", True))
        if reply.text:
            # What arrived before the failure stays on screen, as it stays saved.
            reply.set_status(t("practice.broken_off", self.lang))
        else:
            await reply.remove()
        hint = t("practice.retry_hint" if retryable else "practice.settings_hint", self.lang)
        name = t("practice.server_problem", self.lang)
        notice = TurnView("notice", name, _error_text(exc), status=hint)
        await self.query_one("#conversation", VerticalScroll).mount(notice)
        self.failed = True

    def _after_turn(self, manager: TurnView | None) -> None:
        try:
            codes = list(self.session.last_codes())
        except Exception:
            codes = []
        if manager is not None and self.hints:
            manager.set_codes(codes)
        if manager is not None:
            # The turn's place in the transcript, counted from 1 as every screen shows it.
            turns = self.session.turns
            turn_number = max(
                (i for i, turn in enumerate(turns) if turn.speaker == "manager"), default=0
            )
            self.query_one(MetersPanel).flag(turn_number + 1, codes)
        self.refresh_meters()

    def refresh_meters(self) -> None:
        try:
            metrics = self.session.metrics()
        except Exception:
            return
        self.query_one(MetersPanel).show(metrics)

    # Actions

    def action_cancel_reply(self) -> None:
        if self.busy and self.reply_worker is not None:
            self.reply_worker.cancel()

    def action_toggle_meters(self) -> None:
        self.hints = not self.hints
        self.query_one(MetersPanel).display = self.hints
        for view in self.query(TurnView).filter(".manager"):
            view.query_one(".codes").display = self.hints and bool(view.codes)

    async def action_finish(self) -> None:
        if self.busy and self.reply_worker is not None:
            self.reply_worker.cancel()
            # Let the worker keep its partial reply before the session is scored.
            for _ in range(100):
                if not self.reply_worker.is_running:
                    break
                await asyncio.sleep(0.01)
        if not any(t.speaker == "manager" for t in self.session.turns):
            self.notify(t("practice.say_first", self.lang), severity="warning")
            return
        try:
            scorecard = self.session.finish()
        except Exception as exc:
            title = t("practice.cannot_finish", self.lang)
            self.notify(_error_text(exc), title=title, severity="error", timeout=8)
            return
        from simulator.tui.screens.scorecard import ScorecardScreen

        self.app.switch_screen(
            ScorecardScreen(
                scorecard,
                session_id=self.session.session_id,
                scenario=self.session.scenario,
                persona=self.session.persona,
            )
        )

    async def on_unmount(self) -> None:
        # Release the LLM client when the screen goes, whichever way it goes.
        close = getattr(self.session, "aclose", None)
        if close is not None:
            try:
                await close()
            except Exception:  # closing must not turn a finished session into an error
                pass

    def action_leave(self) -> None:
        if self.busy and self.reply_worker is not None:
            self.reply_worker.cancel()
        self.notify(t("practice.left", self.lang, id=self.session.session_id), timeout=6)
        self.app.pop_screen()
