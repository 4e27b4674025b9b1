"""The conversation: streamed replies, live meters, cancel, retry and finish."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import Worker, WorkerCancelled, WorkerFailed

from simulator.store import StoreError
from simulator.tui.errors import report_failed_worker, show_error
from simulator.tui.i18n import localise_bindings, t
from simulator.tui.keys import PRACTICE_KEYS
from simulator.tui.literal import literal
from simulator.tui.screens import practice_reply
from simulator.tui.screens.practice_speech import SpeechEnded
from simulator.tui.screens.practice_voice import VoiceControl, say_timed
from simulator.tui.voice import Draft, VoiceSetup
from simulator.tui.warmup import release_session, settle_heap
from simulator.tui.widgets.conversation import Conversation
from simulator.tui.widgets.meters import MetersPanel
from simulator.tui.widgets.turn import TurnView
from simulator.tui.widgets.voice_bar import VoiceBar

if TYPE_CHECKING:
    from simulator.tui.app import StaysimApp


class PracticeScreen(Screen[None]):
    """One practice session; every turn is saved by the engine before the request goes out."""

    app: StaysimApp
    BINDINGS = PRACTICE_KEYS

    def __init__(
        self,
        session: Any,
        *,
        hints: bool = True,
        exam: bool = False,
        voice: VoiceSetup | None = None,
    ) -> None:
        super().__init__(id="practice")
        self.session = session
        self.lang: str = session.scenario.language
        localise_bindings(self, "practice", self.lang)
        self.hints = hints
        self.exam = exam  # an exam assignment: the meters stay hidden
        self.reply_worker: Worker[None] | None = None
        self.send_worker: Worker[None] | None = None
        # A manager turn the store refused: it stays in the input, and ctrl+r sends exactly it.
        self.unsaved: str | None = None
        self.unsaved_spoken: Draft | None = None
        self.current: TurnView | None = None
        # Voice is there to switch on even when the session opened without it.
        self.voice = VoiceControl(self, voice or VoiceSetup(on=False))

    @property
    def failures(self) -> tuple[type[BaseException], ...]:
        """What a store or server can do wrong: shown in the conversation, never fatal."""
        return (StoreError, self.app.engine.EngineError)

    # Layout

    def compose(self) -> ComposeResult:
        persona = self.session.persona
        yield Static(
            Content.assemble(
                literal(persona.name, "bold"),
                literal(f" · {persona.role}"),
                literal(f"  —  {self.session.scenario.title}", "dim"),
            ),
            id="persona-line",
        )
        with Horizontal(id="practice-body"):
            yield Conversation(self.lang, persona.name, id="conversation")
            yield MetersPanel(self.lang, id="meters")
        yield VoiceBar(self.lang, persona.name, id="voice-bar")
        yield Input(placeholder=t("practice.placeholder", self.lang), id="say")
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        self.query_one(MetersPanel).display = self.hints
        conversation = self.query_one(Conversation)
        views = [conversation.view_for(turn) for turn in self.session.turns]
        if views:
            await conversation.add(*views)
        self.refresh_meters()
        self.query_one("#say", Input).focus()
        self.run_worker(settle_heap(), group="warmup", exit_on_error=False)
        if self.voice.setup.on:
            self.run_worker(self.voice.switch(True), group="voice", exit_on_error=False)

    @property
    def saving(self) -> bool:
        return self.send_worker is not None and not self.send_worker.is_finished

    @property
    def busy(self) -> bool:
        """A turn is being saved or a reply streams (or is about to)."""
        replying = self.reply_worker is not None and not self.reply_worker.is_finished
        return replying or self.saving

    # Talking

    @on(Input.Submitted, "#say")
    def say(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            return
        if self.busy:
            # Keep the typed text: it goes out once the reply is done or stopped.
            key = "practice.saving" if self.saving else "practice.wait"
            self.notify(t(key, self.lang), timeout=3)
            return
        self.send_worker = self.send(text, self.voice.take_draft())

    @work(group="say", exit_on_error=False)
    async def send(self, text: str, spoken: Draft | None = None) -> None:
        """Save the turn (coder and store, in a thread), and only then show it as sent; a
        spoken turn goes with its timing."""
        try:
            turn = await asyncio.to_thread(say_timed, self.session, text, spoken)
        except self.failures as exc:
            self.unsaved, self.unsaved_spoken = text, spoken
            hint = t("practice.not_saved_hint", self.lang)
            await self.query_one(Conversation).notice(t("practice.not_saved", self.lang), exc, hint)
            return
        self.unsaved = None
        say = self.query_one("#say", Input)
        if say.value.strip() == text:
            say.clear()
        codes = list(self.session.last_codes())
        conversation = self.query_one(Conversation)
        await conversation.add(conversation.manager(text, codes if self.hints else None))
        self.query_one(MetersPanel).flag(self._turn_number(), codes)
        self.reply_worker = self.stream_reply()
        await self.voice.keep(turn, spoken)

    def _turn_number(self) -> int:
        """The last manager turn's place in the transcript, counted from 1 as screens show it."""
        turns = self.session.turns
        return 1 + max((i for i, turn in enumerate(turns) if turn.speaker == "manager"), default=0)

    def action_retry(self) -> None:
        if self.voice.retry():
            return
        if self.busy:
            self.notify(t("practice.still_coming", self.lang), timeout=3)
        elif self.unsaved is not None:
            self.send_worker = self.send(self.unsaved, self.unsaved_spoken)
        elif self.session.unanswered():
            self.reply_worker = self.stream_reply()
        else:
            self.notify(t("practice.nothing_to_retry", self.lang), timeout=3)

    @work(exclusive=True, group="llm", exit_on_error=False)
    async def stream_reply(self) -> None:
        await practice_reply.stream(self)

    @work(group="meters", exclusive=True, exit_on_error=False)
    async def refresh_meters(self) -> None:
        # The coder reads every turn: in a thread, so typing never waits for it.
        metrics = await asyncio.to_thread(self.session.metrics)
        self.query_one(MetersPanel).show(metrics)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # No binding here depends on a worker's state, so the footer is not rebuilt for it.
        report_failed_worker(self, event.worker, event.state, self.lang)

    # Actions

    def action_cancel_reply(self) -> None:
        """Esc: stop the reply and its voice; else discard a transcribed turn."""
        if self.reply_worker is not None and not self.reply_worker.is_finished:
            self.reply_worker.cancel()
            self.voice.out.stop()
        elif self.voice.out.stop() is None and self.voice.discard_draft():
            self.query_one("#say", Input).clear()
            self.notify(t("voice.discarded", self.lang), timeout=3)

    async def action_toggle_voice(self) -> None:
        await self.voice.switch(not self.voice.on, say=True)

    async def action_talk(self) -> None:
        await self.voice.talk()

    @on(SpeechEnded)
    async def speech_ended(self, event: SpeechEnded) -> None:
        await self.voice.out.ended(event)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (self.exam and action == "toggle_meters")

    def action_toggle_meters(self) -> None:
        self.hints = not self.hints
        self.query_one(MetersPanel).display = self.hints
        for view in self.query(TurnView).filter(".manager"):
            view.query_one(".codes").display = self.hints and bool(view.codes)

    async def action_finish(self) -> None:
        # A turn being saved is part of the session; a reply in progress stops and is kept.
        self.action_cancel_reply()
        for worker in (self.send_worker, self.reply_worker):
            if worker is not None and not worker.is_finished:
                # A failure was shown by on_worker_state_changed; what was saved gets scored.
                with contextlib.suppress(WorkerCancelled, WorkerFailed):
                    await worker.wait()
        await self.voice.out.settle()
        if not any(turn.speaker == "manager" for turn in self.session.turns):
            self.notify(t("practice.say_first", self.lang), severity="warning")
            return
        try:
            scorecard = await asyncio.to_thread(self.session.finish)
        except self.failures as exc:
            show_error(self, exc, t("practice.cannot_finish", self.lang))
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
        await self.voice.close(own=self.voice.setup is not self.app.voice)
        # Release the LLM client when the screen goes, whichever way it goes; a connection
        # that will not close cleanly must not turn a saved session into an error.
        close = getattr(self.session, "aclose", None)
        if close is not None:
            with contextlib.suppress(OSError, RuntimeError):
                await close()
        self.app.call_after_refresh(release_session)

    def action_leave(self) -> None:
        self.action_cancel_reply()
        self.notify(t("practice.left", self.lang, id=self.session.session_id), timeout=6)
        self.app.pop_screen()
