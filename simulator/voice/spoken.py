"""A spoken turn: heard (speech found, transcribed, timed) or said (synthesised, timed)."""

from dataclasses import dataclass
from pathlib import Path

from simulator.voice.audio import Clip
from simulator.voice.errors import VoiceError
from simulator.voice.stt import Transcriber
from simulator.voice.timing import TurnTiming, speaking_seconds, time_turn
from simulator.voice.tts import Synthesiser
from simulator.voice.vad import segments, speech_segments


@dataclass(frozen=True, eq=False)
class Heard:
    """The manager's turn from audio: its text and timing; the clip stays until it is
    transcribed, so a failed transcription is retried without recording again."""

    name: str
    clip: Clip
    text: str
    timing: TurnTiming


def hear(
    clip: Clip,
    name: str,
    transcriber: Transcriber,
    language: str,
    other_stopped_at: float | None = 0.0,
) -> Heard:
    """Speech found, then transcribed; VoiceError naming `name` when there is no speech, the
    server fails or the transcription comes back empty."""
    found = speech_segments(clip, name)
    try:
        text = transcriber.transcribe(clip, language)
    except VoiceError as exc:
        raise VoiceError(f"{name}: {exc.message}", exc.retryable) from None
    if not text.strip():
        raise VoiceError.of("errors_voice.empty_transcription", True, name=name)
    return Heard(name, clip, text, time_turn(found, other_stopped_at))


def hear_file(path: Path, transcriber: Transcriber, language: str) -> Heard:
    """A WAV of one manager turn, its recording begun as the employee stopped speaking."""
    return hear(Clip.read_wav(path), str(path), transcriber, language)


@dataclass(frozen=True, eq=False)
class Said:
    """The employee's reply as spoken: the clip and its seconds of speech."""

    clip: Clip
    seconds: float


def say(synthesiser: Synthesiser, text: str, language: str, voice: str | None) -> Said:
    clip = synthesiser.synthesise(text, language, voice)
    return Said(clip, speaking_seconds(segments(clip)))
