"""What voice practice brings to the app: the speech settings, microphone and loudspeaker."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the audio code loads only once voice is used
    from simulator.voice.player import Player
    from simulator.voice.recorder import Recorder


@dataclass
class VoiceSetup:
    """`practice --voice` makes one; the voice key makes one from the settings when there is
    none. Tests pass a frame-fed recorder and a recording player: no sound card needed."""

    settings: Any = None
    """The speech settings (`simulator.config.Settings`); loaded on first use when None."""
    recorder: Recorder | None = None
    """The microphone; the sound card (or `input_file`) when None."""
    player: Player | None = None
    """The loudspeaker; the sound card when None."""
    input_file: Path | None = None
    """A WAV file heard in the microphone's place (`--voice-input`)."""
    on: bool = True
    """Whether the practice screen opens with voice on."""
    end_of_speech: bool = True
    """Stop recording by itself once the manager has stopped speaking (VAD)."""
    _made: dict[str, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def speech_settings(self) -> Any:
        if self.settings is None:
            from simulator.config import load_settings

            self.settings = load_settings()
        return self.settings

    def microphone(self) -> Recorder:
        if self.recorder is None:
            from simulator.voice.recorder import open_recorder

            self.recorder = open_recorder(self.input_file)
        return self.recorder

    def loudspeaker(self) -> Player:
        if self.player is None:
            from simulator.voice.player import SoundDevicePlayer

            self.player = SoundDevicePlayer()
        return self.player

    def transcriber(self) -> Any:
        """The speech-to-text backend, made once (blocking: call it in a thread); None when
        STAYSIM_STT=none. Raises VoiceError when the settings cannot work."""
        return self._make("stt")

    def synthesiser(self) -> Any:
        """The text-to-speech backend, made once; None when STAYSIM_TTS=none."""
        return self._make("tts")

    def _make(self, kind: str) -> Any:
        with self._lock:
            if kind not in self._made:
                settings = self.speech_settings()
                if kind == "stt":
                    from simulator.voice.stt import make_transcriber

                    self._made[kind] = make_transcriber(settings)
                else:
                    from simulator.voice.tts import make_synthesiser

                    self._made[kind] = make_synthesiser(settings)
            return self._made[kind]

    def close(self) -> None:
        for made in self._made.values():
            close = getattr(made, "close", None)
            if close is not None:
                close()
        self._made.clear()


def voice_line(setup: VoiceSetup | None, lang: str) -> str:
    """The picker's voice line: on or off, and which speech backends voice would use."""
    from simulator.config import ConfigError, load_settings
    from simulator.tui.i18n import t

    try:
        settings = setup.speech_settings() if setup is not None else load_settings()
    except ConfigError as exc:
        return str(exc)
    stt, tts = (
        t("voice.none", lang) if part == "none" else part for part in describe_voice(settings)
    )
    state = t("voice.on" if setup is not None else "voice.off", lang)
    return f"{state} · " + t("voice.picker_setup", lang, stt=stt, tts=tts)


def describe_voice(settings: Any) -> tuple[str, str]:
    """The speech-to-text and text-to-speech setup in a few words each, from the settings
    alone: nothing is connected or imported to say it."""
    stt = settings.stt
    if stt == "openai":
        stt = f"openai · {settings.stt_model_name}"
    elif stt == "local":
        stt = f"local · {settings.stt_model or '?'}"
    tts = settings.tts
    if tts == "openai":
        tts = f"openai · {settings.tts_model}"
    if tts != "none" and settings.tts_voice:
        tts += f" · {settings.tts_voice}"
    return stt, tts


QUIET = 0.25  # a level below this (about -45 dBFS) throughout is no speech, without a VAD


def speech_segments(clip: Any) -> list[tuple[float, float]] | None:
    """Where the clip holds speech, in seconds from its start; None when no VAD can tell."""
    from simulator.voice.errors import VoiceError

    try:
        from simulator.voice.vad import segments
    except ImportError:
        return None
    try:
        return [(float(s.start), float(s.end)) for s in segments(clip)]
    except VoiceError:  # the VAD package is not installed
        return None


def speech_seconds(clip: Any, segments: list[tuple[float, float]] | None) -> float:
    """Seconds of speech: the VAD's segments, or without a VAD the clip unless all quiet."""
    if segments is not None:
        return sum(b - a for a, b in segments)
    from simulator.voice.recorder import level_of

    return clip.seconds if level_of(clip.samples) >= QUIET else 0.0


@dataclass
class Draft:
    """A transcribed turn waiting in the input to be edited and sent, with its timing:
    `seconds` of speech, and `pause`, the silence from the employee's last word to the
    manager's first, negative for an interruption (minus the employee's speech cut off)."""

    text: str
    seconds: float
    pause: float | None
    clip: Any = None  # the recording, kept on disk only with --keep-audio


def pause_before(
    onset: float, other_stopped: float | None, cut_off: float | None
) -> float | None:
    """The pause before a spoken turn. `onset`: its first speech, seconds into the recording;
    `other_stopped`: when the employee's voice ended, on that clock (negative: before the
    recording began); `cut_off`: the seconds of their voice that starting to record cut."""
    if cut_off is not None:
        return -round(max(cut_off, 0.01), 2)
    if other_stopped is None:
        return None
    return round(onset - other_stopped, 2)
