"""The employee's voice in the practice room: each reply spoken while it streams, then timed."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

from simulator.tui.voice import VoiceSetup
from simulator.voice.errors import VoiceError

if TYPE_CHECKING:
    from simulator.tui.screens.practice import PracticeScreen


@dataclass
class SpeechEnded(Message):
    """One reply's voice stopped: played out, interrupted or failed."""

    speaker: Any
    error: VoiceError | None = None


class ReplyVoice:
    """Speaks replies through the setup's synthesiser and loudspeaker, off the event loop;
    stores the seconds each reply was heard with its turn. Silent while `synthesiser` is None."""

    def __init__(self, screen: PracticeScreen, setup: VoiceSetup) -> None:
        self.screen = screen
        self.setup = setup
        self.synthesiser: Any = None
        self.speaker: Any = None
        self.ended_at: float | None = None  # when the employee's voice last stopped
        self._turns: dict[int, Any] = {}  # a speaker's id -> the turn it speaks

    @property
    def speaking(self) -> bool:
        return self.speaker is not None and self.speaker.speaking

    def start(self) -> None:
        """A reply begins: a new voice for it (the last one was stopped or has ended)."""
        if self.synthesiser is None:
            return
        from simulator.voice.speaker import Speaker

        self.stop()
        post = self.screen.post_message
        speaker: Any = None  # bound below; the callbacks run only once it speaks
        speaker = Speaker(
            self.synthesiser,
            self.setup.loudspeaker(),
            self.screen.lang,
            getattr(self.screen.session.persona, "voice", None),
            on_error=lambda exc: post(SpeechEnded(speaker, exc)),
            on_done=lambda: post(SpeechEnded(speaker)),
        )
        self.speaker = speaker
        self.screen.voice.show()

    def feed(self, chunk: str) -> None:
        if self.speaker is not None:
            self.speaker.feed(chunk)

    def finish(self, turn: Any) -> None:
        """The reply is all there (or stopped): speak the rest, and time `turn` afterwards."""
        if self.speaker is not None:
            self.speaker.finish()
            if turn is not None:
                self._turns[id(self.speaker)] = turn

    def say(self, turn: Any) -> None:
        """Speak a saved turn whole (the employee's opening line)."""
        self.start()
        self.feed(turn.text)
        self.finish(turn)

    def stop(self) -> float | None:
        """Stop the voice; the seconds of the sentence it cut off, None if it was silent."""
        speaker = self.speaker
        if speaker is None or not speaker.interrupt():
            return None
        return float(speaker.cut_off)

    async def ended(self, event: SpeechEnded) -> None:
        if event.error is not None:
            if not event.error.retryable:
                self.synthesiser = None  # no loudspeaker, say: once, not after every reply
            await self.screen.voice.notice("voice.cannot_speak", event.error, "voice.text_goes_on")
        if event.speaker is self.speaker:
            self.ended_at = event.speaker.ended_at
        await self._save(event.speaker)
        self.screen.voice.show()

    async def _save(self, speaker: Any) -> None:
        """The seconds the employee was heard, stored with their turn; once per reply."""
        turn = self._turns.pop(id(speaker), None)
        time_turn = getattr(self.screen.session, "time_turn", None)
        if turn is None or time_turn is None or not speaker.seconds:
            return
        try:
            await asyncio.to_thread(time_turn, turn, round(speaker.seconds, 2), None)
        except self.screen.failures as exc:
            await self.screen.voice.notice("practice.cannot_save", exc, "voice.text_goes_on")

    async def settle(self) -> None:
        """Before the scorecard: the voice stops, and what it said is timed."""
        speaker = self.speaker
        if speaker is not None:
            self.stop()
            await asyncio.to_thread(speaker.wait, 2)
            self.ended_at = speaker.ended_at
            await self._save(speaker)
