"""The OpenAI-compatible speech endpoints: one client, and every failure as one line."""

from typing import Any

from simulator.config import Settings
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


def where(settings: Settings, endpoint: str) -> str:
    from simulator.engine.backend import shown_url

    return f"the speech server at {shown_url(settings.effective_base_url)} ({endpoint})"


def failure(exc: Exception, settings: Settings, endpoint: str, model: str) -> VoiceError:
    """One line for a failed speech request, naming the server and never the key."""
    import openai

    from simulator.engine.backend import unauthorized

    place = where(settings, endpoint)
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status == 401:
            key = settings.api_key.get_secret_value() if settings.api_key else ""
            return VoiceError(unauthorized(place, settings.effective_base_url, key))
        if status == 404:
            return VoiceError(f"{place} has no model '{model}' or no such endpoint (404)")
        if status == 429:
            return VoiceError(
                f"{place} kept rate limiting requests (429); try again in a minute",
                retryable=True,
            )
        if status >= 500:
            return VoiceError(f"{place} failed ({status}); try again later", retryable=True)
        return VoiceError(f"{place} rejected the request for model '{model}' ({status})")
    if isinstance(exc, openai.APITimeoutError):
        return VoiceError(
            f"{place} did not answer within {settings.speech_timeout:g}s; is it running?",
            retryable=True,
        )
    if isinstance(exc, openai.APIConnectionError):
        return VoiceError(f"could not reach {place}; is it running?", retryable=True)
    return VoiceError(f"{place}: unexpected failure ({type(exc).__name__})", retryable=True)
