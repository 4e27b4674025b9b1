"""Speech to text: a Transcriber per setting (the server's transcriptions, faster-whisper)."""

from pathlib import Path
from typing import Any, Protocol

from simulator.config import Settings
from simulator.voice import server
from simulator.voice.audio import Clip
from simulator.voice.errors import VoiceError

ENDPOINT = "/v1/audio/transcriptions"


class Transcriber(Protocol):
    """Turns one turn's audio into text in the scenario's language ("nl" or "en")."""

    name: str

    def transcribe(self, clip: Clip, language: str) -> str: ...


class OpenAITranscriber:
    """/v1/audio/transcriptions on any OpenAI-compatible server (OpenAI, speaches, LocalAI,
    vLLM); the clip is sent as a WAV and never written to disk."""

    name = "openai"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model = settings.stt_model_name
        self._client: Any = None

    def describe(self) -> str:
        return f"openai · {self.model}"

    def transcribe(self, clip: Clip, language: str) -> str:
        if self._client is None:
            self._client = server.client(self.settings)
        try:
            result = self._client.audio.transcriptions.create(
                model=self.model,
                file=("turn.wav", clip.wav_bytes(), "audio/wav"),
                language=language,
                response_format="json",
            )
        except Exception as exc:  # every failure reaches the user as one line
            raise server.failure(exc, self.settings, ENDPOINT, self.model) from None
        text = getattr(result, "text", result)
        return " ".join(str(text or "").split())

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


class LocalTranscriber:
    """faster-whisper on this machine, with a model the user downloaded; loaded once, lazily."""

    name = "local"

    def __init__(self, model: str) -> None:
        self.model = model
        self._model: Any = None

    def describe(self) -> str:
        return f"local · {self.model}"

    def _load(self) -> Any:
        try:
            from faster_whisper import WhisperModel
        except ImportError:
            raise VoiceError.of("errors_voice.needs_faster_whisper") from None
        try:
            # local_files_only: a model that is not on disk is an error, never a download.
            return WhisperModel(
                self.model, device="cpu", compute_type="int8", local_files_only=True
            )
        except Exception as exc:
            folder = Path(self.model).exists()
            key = "errors_voice.whisper_folder" if folder else "errors_voice.whisper_model"
            raise VoiceError.of(key, model=self.model, error=type(exc).__name__) from None

    def transcribe(self, clip: Clip, language: str) -> str:
        if self._model is None:
            self._model = self._load()
        try:
            segments, _info = self._model.transcribe(
                clip.resampled(16_000).float32(), language=language, vad_filter=False
            )
            return " ".join(" ".join(s.text for s in segments).split())
        except Exception as exc:
            raise VoiceError.of("errors_voice.whisper_failed", error=type(exc).__name__) from None

    def close(self) -> None:
        self._model = None


def make_transcriber(settings: Settings) -> OpenAITranscriber | LocalTranscriber | None:
    """The transcriber the settings ask for, or None for STAYSIM_STT=none."""
    if settings.stt == "none":
        return None
    if settings.stt == "local":
        if not settings.stt_model:
            raise VoiceError.of("errors_voice.needs_stt_model")
        return LocalTranscriber(settings.stt_model)
    if not settings.has_server:
        raise VoiceError.of("errors_voice.stt_needs_server")
    return OpenAITranscriber(settings)
