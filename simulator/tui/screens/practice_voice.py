"""Voice in the practice room: push-to-talk, the transcribed draft, the reply spoken aloud."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

from textual.timer import Timer
from textual.widgets import Input
from textual.worker import Worker

from simulator.config import ConfigError
from simulator.tui.i18n import t
from simulator.tui.screens.practice_speech import ReplyVoice
from simulator.tui.voice import Draft, VoiceSetup, pause_before, speech_seconds, speech_segments
from simulator.tui.widgets.conversation import Conversation
from simulator.tui.widgets.voice_bar import VoiceBar
from simulator.voice.errors import VoiceError

if TYPE_CHECKING:
    from simulator.tui.screens.practice import PracticeScreen
    from simulator.voice.audio import Clip

# The manager has stopped speaking once this much silence follows their speech.
END_OF_SPEECH = 1.2
MIN_SPEECH = 0.15  # seconds; shorter is a click, not a turn


def say_timed(session: Any, text: str, draft: Draft | None) -> Any:
    """Save the manager's turn, and a spoken one's seconds and pause with it; blocking."""
    turn = session.say(text)
    time_turn = getattr(session, "time_turn", None)
    if draft is not None and time_turn is not None:
        time_turn(turn, round(draft.seconds, 2), draft.pause)
    return turn


class VoiceControl:
    """Owns the microphone, the pending clip, the draft and the voice of one practice screen;
    everything slow (VAD, speech to text, synthesis, playing) runs off the event loop."""

    def __init__(self, screen: PracticeScreen, setup: VoiceSetup) -> None:
        self.screen = screen
        self.setup = setup
        self.lang = screen.lang
        self.on = False
        self.pending: Clip | None = None  # recorded, kept until it is transcribed
        # When the employee's voice ended, or how much of it talking cut off, by recording.
        self.before: tuple[float | None, float | None] = (None, None)
        self.draft: Draft | None = None
        self.out = ReplyVoice(screen, setup)  # the employee's voice
        self.worker: Worker[None] | None = None
        self._timer: Timer | None = None
        self._checking = False

    @property
    def recording(self) -> bool:
        recorder = self.setup.recorder
        return recorder is not None and recorder.recording

    @property
    def transcribing(self) -> bool:
        return self.worker is not None and not self.worker.is_finished

    def _elapsed(self) -> float:
        started = self.setup.microphone().started_at
        return time.monotonic() - started if started is not None else 0.0

    def show(self) -> None:
        bar = next(iter(self.screen.query(VoiceBar)), None)
        if bar is None:  # the screen is closing
            return
        if not self.on:
            bar.show("off")
        elif self.recording:
            bar.show("recording", level=self.setup.microphone().level(), seconds=self._elapsed())
        elif self.transcribing:
            bar.show("transcribing")
        elif self.out.speaking:
            bar.show("speaking")
        elif self.pending is not None:
            bar.show("held")
        else:
            bar.show("ready")

    async def notice(self, title: str, exc: BaseException, hint: str) -> None:
        conversation = self.screen.query_one(Conversation)
        await conversation.notice(t(title, self.lang), exc, t(hint, self.lang))

    # On and off

    async def close(self, own: bool) -> None:
        """The screen goes: voice off; the setup closed too if it was this screen's own."""
        await self.switch(False)
        if own:
            self.setup.close()

    async def switch(self, on: bool, say: bool = False) -> None:
        """Voice on or off; `say`: tell the manager which it is now."""
        await self._switch(on)
        if say:
            self.screen.notify(t("voice.on" if self.on else "voice.off", self.lang), timeout=2)

    async def _switch(self, on: bool) -> None:
        if not on:
            self.out.stop()
            self.out.synthesiser = None
            if self.recording:
                self._stop_timer()
                self.setup.microphone().stop()
            self.on = False
            self.show()
            return
        try:
            transcriber = await asyncio.to_thread(self.setup.transcriber)
            if transcriber is None:
                raise VoiceError(t("voice.no_stt", self.lang))
            self.out.synthesiser = await asyncio.to_thread(self.setup.synthesiser)
        except (VoiceError, ConfigError) as exc:
            await self.notice("voice.cannot_start", exc, "voice.text_goes_on")
            return
        self.on = True
        turns = self.screen.session.turns
        if len(turns) == 1 and turns[0].speaker == "employee":
            self.out.say(turns[0])  # the opening line, heard and timed like every reply
        self.show()

    # Recording

    async def talk(self) -> None:
        """Push-to-talk: start recording, or stop and transcribe."""
        if not self.on:
            await self.switch(True)
            if not self.on:
                return
        if self.recording:
            await self.finish_recording()
            return
        if self.transcribing:
            self.screen.notify(t("voice.still_transcribing", self.lang), timeout=3)
            return
        cut_off = self.interrupt_employee()
        try:
            await asyncio.to_thread(self.setup.microphone().start)
        except VoiceError as exc:
            await self.notice("voice.cannot_record", exc, "voice.text_goes_on")
            return
        started = self.setup.microphone().started_at or time.monotonic()
        ended = self.out.ended_at
        self.before = (None if ended is None else ended - started, cut_off)
        self._timer = self.screen.set_interval(1 / 15, self._tick)
        self.show()

    def interrupt_employee(self) -> float | None:
        """Starting to speak cuts the employee off: their voice, and a reply still coming.
        The seconds of their voice cut off, or None when they were not speaking."""
        cut_off = self.out.stop()
        if self.screen.reply_worker is not None and not self.screen.reply_worker.is_finished:
            self.screen.reply_worker.cancel()
            cut_off = cut_off or 0.0
        return cut_off

    def _tick(self) -> None:
        if not self.recording:
            return
        self.show()
        if self.setup.end_of_speech and not self._checking:
            if self._elapsed() > END_OF_SPEECH + 0.5:
                self._checking = True
                self.screen.run_worker(self._check_end(), group="vad", exit_on_error=False)

    async def _check_end(self) -> None:
        try:
            clip = self.setup.microphone().so_far()
            segments = await asyncio.to_thread(speech_segments, clip)
            if segments and clip.seconds - segments[-1][1] >= END_OF_SPEECH and self.recording:
                await self.finish_recording()
        finally:
            self._checking = False

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    async def finish_recording(self) -> None:
        self._stop_timer()
        self.pending = await asyncio.to_thread(self.setup.microphone().stop)
        self.transcribe()

    # Transcribing

    def transcribe(self) -> None:
        self.worker = self.screen.run_worker(
            self._transcribe(), group="voice", exclusive=True, exit_on_error=False
        )
        self.show()

    def retry(self) -> bool:
        """ctrl+r: transcribe the kept clip again; no re-recording."""
        if self.pending is None or self.transcribing or self.recording:
            return False
        self.transcribe()
        return True

    async def _transcribe(self) -> None:
        clip = self.pending
        if clip is None:
            return
        try:
            text = await self._text_of(clip)
        except VoiceError as exc:
            hint = "voice.retry_hint" if exc.retryable else "voice.text_goes_on"
            await self.notice("voice.cannot_transcribe", exc, hint)
            return
        finally:
            self.worker = None
            self.show()
        if text:
            # In the input to edit: Enter sends it, Esc discards it.
            say = self.screen.query_one("#say", Input)
            say.value = text
            say.cursor_position = len(text)
            say.focus()

    async def _text_of(self, clip: Clip) -> str:
        segments = await asyncio.to_thread(speech_segments, clip)
        speech = speech_seconds(clip, segments)
        if speech < MIN_SPEECH:
            self.pending = None
            raise VoiceError(t("voice.no_speech", self.lang))
        transcriber = await asyncio.to_thread(self.setup.transcriber)
        text = await asyncio.to_thread(transcriber.transcribe, clip, self.lang)
        if not text.strip():
            self.pending = None
            raise VoiceError(t("voice.no_speech", self.lang))
        self.pending = None
        # The silence lasts until the manager's first word, not until the key press.
        onset = segments[0][0] if segments else 0.0
        self.draft = Draft(text, speech, pause_before(onset, *self.before), clip)
        return text

    async def keep(self, turn: Any, draft: Draft | None) -> None:
        """With --keep-audio, the recording of a sent spoken turn under STAYSIM_HOME/audio."""
        settings = self.setup.settings
        if draft is None or draft.clip is None or not getattr(settings, "keep_audio", False):
            return
        from simulator.voice.keep import keep

        session = self.screen.session
        try:
            await asyncio.to_thread(keep, session.session_id, turn.index, "manager", draft.clip)
        except VoiceError as exc:
            await self.notice("voice.cannot_keep", exc, "voice.text_goes_on")

    def take_draft(self) -> Draft | None:
        """The transcribed turn being sent, edited or not, with its timing; once."""
        draft, self.draft = self.draft, None
        return draft

    def discard_draft(self) -> bool:
        discarded, self.draft = self.draft is not None, None
        return discarded
