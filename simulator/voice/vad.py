"""Speech segments of a clip, by the WebRTC voice activity detector (its model is its code)."""

from dataclasses import dataclass
from typing import Any

from simulator.errors import decimal
from simulator.voice.audio import Clip
from simulator.voice.errors import VoiceError

RATE = 16_000  # one of the rates the detector takes: 8, 16, 32 or 48 kHz
FRAME_SECONDS = 0.03
FRAME = round(RATE * FRAME_SECONDS)
AGGRESSIVENESS = 3  # 0..3: 3 lets the least noise pass as speech
QUIET = 100  # RMS below this (about -50 dBFS) is silence, whatever the detector says
MIN_GAP = 0.5  # a pause shorter than this (between sentences, for breath) stays in the turn
MIN_SPEECH = 0.09  # a blip shorter than this is a click, not speech


@dataclass(frozen=True)
class Segment:
    """Speech from `start` to `end`, in seconds from the clip's beginning."""

    start: float
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start


def _detector() -> Any:
    try:
        import webrtcvad
    except ImportError:
        raise VoiceError.of("errors_voice.needs_vad") from None
    return webrtcvad.Vad(AGGRESSIVENESS)


def voiced_frames(clip: Clip) -> list[bool]:
    """For each 30 ms frame of the clip (at 16 kHz), whether it holds speech."""
    import numpy as np

    detector = _detector()
    samples = clip.resampled(RATE).samples
    flags: list[bool] = []
    for begin in range(0, len(samples) - FRAME + 1, FRAME):
        frame = samples[begin : begin + FRAME]
        loud = float(np.sqrt(np.mean(frame.astype(np.float64) ** 2))) >= QUIET
        flags.append(loud and bool(detector.is_speech(frame.tobytes(), RATE)))
    return flags


def segments(clip: Clip, min_gap: float = MIN_GAP, min_speech: float = MIN_SPEECH) -> list[Segment]:
    """The stretches of speech in the clip: pauses under `min_gap` joined, blips dropped."""
    runs: list[list[float]] = []
    for index, voiced in enumerate(voiced_frames(clip)):
        if not voiced:
            continue
        start = index * FRAME_SECONDS
        if runs and start - runs[-1][1] < min_gap:
            runs[-1][1] = start + FRAME_SECONDS
        else:
            runs.append([start, start + FRAME_SECONDS])
    return [
        Segment(round(a, 3), round(min(b, clip.seconds), 3))
        for a, b in runs
        if b - a >= min_speech
    ]


def speech_segments(clip: Clip, name: str = "audio") -> list[Segment]:
    """The clip's segments; VoiceError naming `name` when it holds no speech at all."""
    found = segments(clip)
    if not found:
        seconds = decimal(clip.seconds, 1)
        raise VoiceError.of("errors_voice.no_speech", name=name, seconds=seconds)
    return found
