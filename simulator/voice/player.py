"""The employee's voice: a player interface, the sound card, and a recording one for tests."""

from __future__ import annotations

import threading
import time
from typing import Protocol

from simulator.voice.audio import Clip
from simulator.voice.recorder import _sounddevice, sound_error


class Player(Protocol):
    """`play` blocks until the clip is played or `stop` (from any thread) interrupts it;
    it returns the seconds actually played."""

    def play(self, clip: Clip) -> float: ...

    def stop(self) -> None: ...


def clip_seconds(clip: Clip) -> float:
    return len(clip.samples) / clip.rate if clip.rate else 0.0


class SoundDevicePlayer:
    """The default output device through PortAudio; sounddevice is imported on first play."""

    def __init__(self) -> None:
        self._stopped = threading.Event()

    def play(self, clip: Clip) -> float:
        sd = _sounddevice()
        self._stopped.clear()
        started = time.monotonic()
        try:
            sd.play(clip.samples, clip.rate)
        except Exception as exc:  # PortAudioError: no output device, busy
            raise sound_error(exc, "errors_voice.cannot_play") from None
        if self._stopped.wait(clip_seconds(clip)):
            sd.stop()
        else:
            sd.wait()
        return min(clip_seconds(clip), time.monotonic() - started)

    def stop(self) -> None:
        self._stopped.set()


class RecordingPlayer:
    """Plays nothing: keeps each clip and when it came, and takes `pace` times the clip's
    length to 'play' it (0: at once), so a test or benchmark can interrupt it."""

    def __init__(self, pace: float = 0.0) -> None:
        self.pace = pace
        self.played: list[Clip] = []
        self.played_at: list[float] = []  # time.monotonic() of each play call
        self.first_play_at: float | None = None
        self.stops = 0
        self._stopped = threading.Event()

    def play(self, clip: Clip) -> float:
        now = time.monotonic()
        if self.first_play_at is None:
            self.first_play_at = now
        self.played.append(clip)
        self.played_at.append(now)
        self._stopped.clear()
        seconds = clip_seconds(clip)
        started = time.monotonic()
        if self._stopped.wait(seconds * self.pace):
            return (time.monotonic() - started) / self.pace if self.pace else 0.0
        return seconds

    def stop(self) -> None:
        self.stops += 1
        self._stopped.set()

