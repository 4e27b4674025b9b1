"""A mono 16-bit audio clip, read from and written to WAV with the standard library."""

import io
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from simulator.errors import message
from simulator.voice.errors import VoiceError

# Half an hour of 48 kHz 16-bit stereo; a manager's turn is far shorter.
MAX_WAV_BYTES = 350_000_000

Samples = npt.NDArray[np.int16]


@dataclass(frozen=True, eq=False)
class Clip:
    """Mono int16 samples at `rate` samples per second."""

    samples: Samples
    rate: int

    def __post_init__(self) -> None:
        if self.rate <= 0:
            raise ValueError("sample rate must be positive")
        if self.samples.dtype != np.int16 or self.samples.ndim != 1:
            object.__setattr__(self, "samples", _mono_int16(np.asarray(self.samples)))

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate

    @classmethod
    def silence(cls, seconds: float, rate: int = 16_000) -> "Clip":
        return cls(np.zeros(round(seconds * rate), dtype=np.int16), rate)

    @classmethod
    def tone(
        cls, seconds: float, hz: float = 440.0, rate: int = 16_000, level: float = 0.3
    ) -> "Clip":
        t = np.arange(round(seconds * rate)) / rate
        wave_ = level * 32767 * np.sin(2 * np.pi * hz * t)
        return cls(wave_.astype(np.int16), rate)

    def then(self, *others: "Clip") -> "Clip":
        """This clip followed by the others, each resampled to this clip's rate."""
        parts = [self.samples] + [o.resampled(self.rate).samples for o in others]
        return Clip(np.concatenate(parts).astype(np.int16), self.rate)

    def resampled(self, rate: int) -> "Clip":
        """The clip at another rate, by linear interpolation (enough for speech detection)."""
        if rate == self.rate or len(self.samples) == 0:
            return self if rate == self.rate else Clip(self.samples, rate)
        count = max(1, round(len(self.samples) * rate / self.rate))
        positions = np.arange(count) * (self.rate / rate)
        values = np.interp(positions, np.arange(len(self.samples)), self.samples)
        return Clip(np.round(values).astype(np.int16), rate)

    def float32(self) -> npt.NDArray[np.float32]:
        """Samples scaled to -1..1, as speech models take them."""
        return (self.samples.astype(np.float32) / 32768.0).astype(np.float32)

    def wav_bytes(self) -> bytes:
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(self.rate)
            out.writeframes(self.samples.astype("<i2").tobytes())
        return buffer.getvalue()

    def write_wav(self, path: Path) -> None:
        path.write_bytes(self.wav_bytes())

    @classmethod
    def from_wav_bytes(cls, data: bytes, name: str = "audio") -> "Clip":
        """A clip from the bytes of a PCM WAV; VoiceError naming `name` if it is not one."""
        try:
            with wave.open(io.BytesIO(data), "rb") as source:
                channels = source.getnchannels()
                width = source.getsampwidth()
                rate = source.getframerate()
                # Streamed WAVs (espeak-ng --stdout, speech servers) carry a placeholder size.
                frames = source.readframes(min(source.getnframes(), len(data)))
        except (wave.Error, EOFError, ValueError) as exc:
            raise VoiceError.of("errors_voice.not_wav", name=name, reason=_reason(exc)) from None
        if width not in (1, 2, 3, 4) or channels < 1 or rate <= 0:
            raise VoiceError.of(
                "errors_voice.unsupported_wav", name=name, bits=width * 8, channels=channels
            )
        frames = frames[: len(frames) - len(frames) % (width * channels)]
        return cls(_pcm_to_int16(frames, width, channels), rate)

    @classmethod
    def read_wav(cls, path: Path) -> "Clip":
        from simulator import paths

        try:
            data = paths.read_regular(path, MAX_WAV_BYTES)
        except paths.Unreadable as exc:
            raise VoiceError(f"{path}: {exc}") from None
        return cls.from_wav_bytes(data, str(path))


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    if isinstance(exc, EOFError) or not text:
        return message("errors_voice.ends_early")
    return text


def _pcm_to_int16(frames: bytes, width: int, channels: int) -> Samples:
    raw = np.frombuffer(frames, dtype=np.uint8)
    if width == 1:  # 8-bit WAV is unsigned
        values = (raw.astype(np.int32) - 128) << 8
    elif width == 2:
        values = np.frombuffer(frames, dtype="<i2").astype(np.int32)
    elif width == 3:
        triples = raw.reshape(-1, 3).astype(np.int32)
        values = (triples[:, 0] | (triples[:, 1] << 8) | (triples[:, 2] << 16)) << 8
        values = values >> 16  # sign-extends the 24-bit value, then keeps the top 16 bits
    else:
        values = np.frombuffer(frames, dtype="<i4") >> 16
    return _mono_int16(values.reshape(-1, channels))


def _mono_int16(values: npt.NDArray[np.generic]) -> Samples:
    array = np.asarray(values)
    if array.ndim == 2:
        array = array.astype(np.int64).sum(axis=1) // max(1, array.shape[1])
    if array.dtype.kind == "f" and array.size and np.abs(array).max() <= 1.0:
        array = array * 32767
    return np.clip(np.round(array), -32768, 32767).astype(np.int16)
