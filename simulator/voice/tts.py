"""Text to speech: a Synthesiser per setting (the server's speech endpoint, espeak-ng)."""

import shutil
import subprocess
from typing import Any, Protocol

from simulator.config import Settings
from simulator.errors import message
from simulator.voice import server
from simulator.voice.audio import Clip
from simulator.voice.errors import VoiceError

ENDPOINT = "/v1/audio/speech"
DEFAULT_OPENAI_VOICE = "alloy"
ESPEAK_TIMEOUT = 30.0


class Synthesiser(Protocol):
    """Speaks the employee's text in the scenario's language with the persona's voice."""

    name: str

    def synthesise(self, text: str, language: str, voice: str | None) -> Clip: ...


class OpenAISynthesiser:
    """/v1/audio/speech on any OpenAI-compatible server, as WAV; the language is that of
    the text, the voice the setting's, else the persona's, else alloy."""

    name = "openai"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model = settings.tts_model
        self._client: Any = None

    def describe(self) -> str:
        return f"openai · {self.model}"

    def synthesise(self, text: str, language: str, voice: str | None) -> Clip:
        if self._client is None:
            self._client = server.client(self.settings)
        chosen = self.settings.tts_voice or voice or DEFAULT_OPENAI_VOICE
        try:
            response = self._client.audio.speech.create(
                model=self.model, voice=chosen, input=text, response_format="wav"
            )
            data = response.content
        except Exception as exc:
            raise server.failure(exc, self.settings, ENDPOINT, self.model) from None
        try:
            return Clip.from_wav_bytes(data, str(server.where(self.settings, ENDPOINT)))
        except VoiceError as exc:
            raise VoiceError.of("errors_voice.no_wav_audio", error=exc.message) from None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


class EspeakSynthesiser:
    """espeak-ng, which speaks Dutch and English offline; the text goes in on stdin."""

    name = "espeak"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.program = shutil.which("espeak-ng")

    def describe(self) -> str:
        return "espeak-ng"

    def synthesise(self, text: str, language: str, voice: str | None) -> Clip:
        if self.program is None:
            raise VoiceError.of("errors_voice.needs_espeak")
        chosen = self.settings.tts_voice or voice or language
        try:
            done = subprocess.run(
                [self.program, "-v", chosen, "-b", "1", "--stdin", "--stdout"],
                input=text.encode("utf-8"),
                capture_output=True,
                timeout=ESPEAK_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise VoiceError.of("errors_voice.espeak_failed", error=type(exc).__name__) from None
        if done.returncode != 0 or not done.stdout:
            detail = " ".join(done.stderr.decode("utf-8", "replace").split())[:120]
            detail = detail or message("errors_voice.espeak_no_audio")
            raise VoiceError.of("errors_voice.espeak_voice", voice=chosen, detail=detail)
        return Clip.from_wav_bytes(done.stdout, message("errors_voice.espeak_output"))

    def close(self) -> None:
        pass


def make_synthesiser(settings: Settings) -> OpenAISynthesiser | EspeakSynthesiser | None:
    """The synthesiser the settings ask for, or None for STAYSIM_TTS=none."""
    if settings.tts == "none":
        return None
    if settings.tts == "espeak":
        return EspeakSynthesiser(settings)
    if not settings.has_server:
        raise VoiceError.of("errors_voice.tts_needs_server")
    return OpenAISynthesiser(settings)
