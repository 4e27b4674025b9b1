"""The fake server's speech endpoints: /v1/audio/transcriptions and /v1/audio/speech.

Transcriptions: the text registered for the WAV's samples (`FakeOpenAI.transcripts`, keyed
by `sample_key(clip)`), else the `X-Fake-Transcript` request header, else
`FakeOpenAI.transcript_text`. Speech: a real 16 kHz WAV with one 0.3 s voiced burst and
0.1 s of silence per word of the input, so its length follows the text (`speech_seconds`).
Scripted plans (`fail`, `slow_first_byte`) apply to these endpoints as to chat.
"""

import hashlib
import io
import wave
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import numpy as np

RATE = 16_000
WORD_SECONDS = 0.3
GAP_SECONDS = 0.1
DEFAULT_TRANSCRIPT = "Wat geeft je energie in je werk?"


def sample_key(samples: bytes | Any) -> str:
    """The key of a clip's int16 samples (a `Clip`, an array or raw little-endian bytes)."""
    data = getattr(samples, "samples", samples)
    if not isinstance(data, bytes):
        data = np.asarray(data, dtype="<i2").tobytes()
    return hashlib.sha256(data).hexdigest()


def speech_seconds(text: str) -> float:
    """How long the fake speech for `text` is, of which 0.3 s per word is voiced."""
    return len(text.split()) * (WORD_SECONDS + GAP_SECONDS)


def voiced(seconds: float, rate: int = RATE, pitch: float = 140.0) -> np.ndarray:
    """A voice-like burst: a pitch with harmonics and a slow amplitude swell."""
    t = np.arange(round(seconds * rate)) / rate
    sound = sum(np.sin(2 * np.pi * pitch * k * t) / k for k in range(1, 12))
    envelope = 0.5 - 0.5 * np.cos(2 * np.pi * t / max(seconds, 1e-3))
    return (8000 * envelope * sound / 3).astype(np.int16)


def speech_wav(text: str) -> bytes:
    parts: list[np.ndarray] = []
    for _ in text.split():
        parts.append(voiced(WORD_SECONDS))
        parts.append(np.zeros(round(GAP_SECONDS * RATE), dtype=np.int16))
    samples = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.astype("<i2").tobytes())
    return buffer.getvalue()


def form_parts(content_type: str, raw: bytes) -> dict[str, bytes]:
    """The fields of a multipart/form-data body, by name."""
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + raw
    )
    parts: dict[str, bytes] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str) and isinstance(payload, bytes):
            parts[name] = payload
    return parts


def transcript_for(fake: Any, headers: dict[str, str], wav: bytes) -> str | None:
    """The text for an uploaded WAV, or None when it is not a WAV."""
    try:
        with wave.open(io.BytesIO(wav), "rb") as source:
            frames = source.readframes(source.getnframes())
    except (wave.Error, EOFError):
        return None
    text = fake.transcripts.get(sample_key(frames))
    if text is None:
        text = headers.get("x-fake-transcript")
    if text is None:
        text = fake.transcript_text
    return str(text)
