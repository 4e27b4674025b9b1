"""The OpenAI-compatible speech endpoints: one client, and every failure as one line."""

from typing import Any

from simulator.config import Settings
from simulator.errors import Phrase
from simulator.voice.errors import VoiceError


def client(settings: Settings) -> Any:
    """A synchronous client for the configured server; the SDK retries 429, 5xx and drops."""
    from openai import OpenAI

    key = settings.api_key.get_secret_value() if settings.api_key else ""
    return OpenAI(
        base_url=settings.effective_base_url,
        api_key=key or "not-needed",
        max_retries=settings.max_attempts - 1,
        timeout=settings.speech_timeout,
    )


def where(settings: Settings, endpoint: str) -> Phrase:
    from simulator.engine.backend import shown_url

    url = shown_url(settings.effective_base_url)
    return Phrase("errors_voice.speech_server", url=url, endpoint=endpoint)


def failure(exc: Exception, settings: Settings, endpoint: str, model: str) -> VoiceError:
    """One line for a failed speech request, naming the server and never the key."""
    import openai

    from simulator.engine.backend import unauthorized

    place = where(settings, endpoint)
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status == 401:
            key = settings.api_key.get_secret_value() if settings.api_key else ""
            return VoiceError.said(unauthorized(place, settings.effective_base_url, key))
        if status == 404:
            return VoiceError.of("errors_voice.not_found", where=place, model=model)
        if status == 429:
            return VoiceError.of("errors_voice.rate_limited", True, where=place)
        if status >= 500:
            return VoiceError.of("errors_voice.failing", True, where=place, status=status)
        return VoiceError.of("errors_voice.rejected", where=place, model=model, status=status)
    if isinstance(exc, openai.APITimeoutError):
        seconds = float(settings.speech_timeout)
        return VoiceError.of("errors_voice.timeout", True, where=place, seconds=seconds)
    if isinstance(exc, openai.APIConnectionError):
        return VoiceError.of("errors_voice.unreachable", True, where=place)
    return VoiceError.of("errors_engine.unexpected", True, where=place, kind=type(exc).__name__)
