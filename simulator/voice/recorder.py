"""The manager's microphone: a recorder interface, the sound card, a WAV file, pushed frames."""

from __future__ import annotations

import math
import threading
import time
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from simulator.errors import message
from simulator.voice.audio import Clip
from simulator.voice.errors import VoiceError

RATE = 16_000  # what speech-to-text servers and the VAD expect; no resampling needed
BLOCK = RATE // 50  # 20 ms per block, as a sound card delivers them
_FLOOR_DB = -60.0  # the level meter's zero; quieter than a quiet room


class Recorder(Protocol):
    """Push-to-talk: start, stop for the clip; the level drives a meter meanwhile."""

    rate: int
    started_at: float | None  # time.monotonic() when the recording started

    @property
    def recording(self) -> bool: ...

    def start(self) -> None: ...

    def stop(self) -> Clip: ...

    def level(self) -> float: ...

    def so_far(self) -> Clip: ...


def level_of(block: np.ndarray) -> float:
    """0..1 on a decibel scale from -60 dBFS (silence) to 0 dBFS (full scale)."""
    if block.size == 0:
        return 0.0
    rms = math.sqrt(float(np.mean(np.square(block.astype(np.float64)))))
    if rms <= 0:
        return 0.0
    db = 20 * math.log10(rms / 32768)
    return min(1.0, max(0.0, (db - _FLOOR_DB) / -_FLOOR_DB))


def as_int16(frames: Any) -> np.ndarray:
    """Mono int16 samples from int16 or float (-1..1) frames, one or more channels."""
    block = np.asarray(frames)
    if block.ndim == 2:
        block = block[:, 0]
    if block.dtype.kind == "f":
        block = np.clip(block * 32767, -32768, 32767)
    return block.astype(np.int16, copy=False)


class FrameRecorder:
    """Keeps the frames pushed between start and stop. The sound card pushes from its own
    thread, a WAV file from a feeder thread, the tests from theirs."""

    def __init__(self, rate: int = RATE) -> None:
        self.rate = rate
        self._lock = threading.Lock()
        self._blocks: list[np.ndarray] = []
        self._level = 0.0
        self._recording = False
        self.started_at: float | None = None
        self.stopped_at: float | None = None

    @property
    def recording(self) -> bool:
        return self._recording

    def start(self) -> None:
        with self._lock:
            self._blocks = []
            self._level = 0.0
            self._recording = True
            self.started_at = time.monotonic()
            self.stopped_at = None

    def push(self, frames: Any) -> None:
        """Frames that arrive while not recording are dropped, as a closed microphone would."""
        block = as_int16(frames)
        with self._lock:
            if not self._recording:
                return
            self._blocks.append(block.copy())
            self._level = level_of(block)

    def level(self) -> float:
        return self._level if self._recording else 0.0

    def so_far(self) -> Clip:
        """What has been recorded until now, for end-of-speech detection while recording."""
        with self._lock:
            blocks = list(self._blocks)
        return self._clip(blocks)

    def stop(self) -> Clip:
        with self._lock:
            self._recording = False
            self._level = 0.0
            self.stopped_at = time.monotonic()
            blocks, self._blocks = self._blocks, []
        return self._clip(blocks)

    def _clip(self, blocks: list[np.ndarray]) -> Clip:
        samples = np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.int16)
        return Clip(samples=samples, rate=self.rate)


def _sounddevice() -> Any:
    try:
        import sounddevice
    except ImportError:
        raise VoiceError.of("errors_voice.no_audio_support") from None
    except OSError:
        raise VoiceError.of("errors_voice.no_portaudio") from None
    return sounddevice


def sound_error(exc: BaseException, tried: str) -> VoiceError:
    """A sound card failure in one line: PortAudio's own words after what we tried (`tried`,
    a catalogue key)."""
    detail = " ".join(str(exc).split()) or type(exc).__name__
    return VoiceError(f"{message(tried)}: {detail}")


class SoundDeviceRecorder(FrameRecorder):
    """The default input device through PortAudio; sounddevice is imported on first start."""

    def __init__(self, rate: int = RATE) -> None:
        super().__init__(rate)
        self._stream: Any = None

    def start(self) -> None:
        sd = _sounddevice()
        try:
            sd.query_devices(kind="input")
        except Exception as exc:  # PortAudioError or ValueError: there is no input device
            raise sound_error(exc, "errors_voice.no_microphone") from None
        super().start()
        try:
            stream = sd.InputStream(
                samplerate=self.rate,
                channels=1,
                dtype="int16",
                blocksize=BLOCK,
                callback=lambda data, _frames, _time, _status: self.push(data),
            )
            stream.start()
        except Exception as exc:  # PortAudioError: busy, unplugged, unsupported rate
            super().stop()
            raise sound_error(exc, "errors_voice.cannot_record") from None
        self._stream = stream

    def stop(self) -> Clip:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
                stream.close()
            except Exception:  # noqa: BLE001 - what was recorded is kept either way
                pass
        return super().stop()


class FileRecorder(FrameRecorder):
    """A WAV file in the microphone's place (`--voice-input FILE`): each recording hears the
    file at its own pace, then silence, so a machine without a sound card can practise and
    a demo sounds the same every time."""

    def __init__(self, path: Path, rate: int = RATE) -> None:
        super().__init__(rate)
        self.path = path
        self._feeder: threading.Thread | None = None
        self._source: np.ndarray | None = None

    def _samples(self) -> np.ndarray:
        if self._source is None:
            clip = Clip.read_wav(self.path)
            if clip.rate != self.rate:
                self.rate = clip.rate
            self._source = clip.samples
        return self._source

    def start(self) -> None:
        samples = self._samples()
        super().start()
        self._feeder = threading.Thread(target=self._feed, args=(samples,), daemon=True)
        self._feeder.start()

    def _feed(self, samples: np.ndarray) -> None:
        block = self.rate // 50
        silence = np.zeros(block, dtype=np.int16)
        start = time.monotonic()
        offset = 0
        while self.recording:
            chunk = samples[offset : offset + block] if offset < len(samples) else silence
            self.push(chunk)
            offset += block
            # Keep to real time, so the clip is as long as the time spent recording.
            time.sleep(max(0.0, start + offset / self.rate - time.monotonic()))

    def stop(self) -> Clip:
        clip = super().stop()
        if self._feeder is not None:
            self._feeder.join(timeout=1)
            self._feeder = None
        return clip


def open_recorder(input_file: Path | None = None) -> Recorder:
    """The sound card, or a WAV file when the user named one."""
    if input_file is not None:
        return FileRecorder(input_file)
    return SoundDeviceRecorder()
