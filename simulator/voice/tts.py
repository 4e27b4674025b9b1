"""Text to speech: a Synthesiser per setting (the server's speech endpoint, espeak-ng)."""

import shutil
import subprocess
from typing import Any, Protocol

from simulator.config import Settings
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
            return Clip.from_wav_bytes(data, server.where(self.settings, ENDPOINT))
        except VoiceError as exc:
            raise VoiceError(f"{exc.message}: it sent no WAV audio") from None

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
            raise VoiceError("STAYSIM_TTS=espeak needs espeak-ng (e.g. apt install espeak-ng)")
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
            raise VoiceError(f"espeak-ng failed ({type(exc).__name__})") from None
        if done.returncode != 0 or not done.stdout:
            detail = " ".join(done.stderr.decode("utf-8", "replace").split())[:120]
            detail = detail or "no audio"
            raise VoiceError(f"espeak-ng cannot speak with voice '{chosen}': {detail}")
        return Clip.from_wav_bytes(done.stdout, "espeak-ng output")

    def close(self) -> None:
        pass


def make_synthesiser(settings: Settings) -> OpenAISynthesiser | EspeakSynthesiser | None:
    """The synthesiser the settings ask for, or None for STAYSIM_TTS=none."""
    if settings.tts == "none":
        return None
    if settings.tts == "espeak":
        return EspeakSynthesiser(settings)
    if not settings.has_server:
        raise VoiceError(
            "STAYSIM_TTS=openai needs OPENAI_BASE_URL (a speech server) or OPENAI_API_KEY; "
            "or set STAYSIM_TTS=espeak"
        )
    return OpenAISynthesiser(settings)
