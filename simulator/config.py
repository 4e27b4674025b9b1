"""Settings for the LLM and speech backends: from the environment and STAYSIM_HOME/config.json."""

import json
import os
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from simulator import paths
from simulator.errors import message
from simulator.vocabulary import VOICE_PATTERN

DEFAULT_MODEL = "gpt-4o-mini"
OPENAI_URL = "https://api.openai.com/v1"
MAX_CONFIG_BYTES = 1_000_000


class ConfigError(Exception):
    """The config file cannot be read or holds an invalid value; `message` is one line."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Settings(BaseModel):
    """How staysim talks to an OpenAI-compatible server; the key is never printed or saved."""

    model_config = ConfigDict(
        extra="forbid", validate_assignment=True, use_attribute_docstrings=True
    )

    api_key: SecretStr | None = Field(None)
    """API key for the server (env OPENAI_API_KEY); local servers need none."""

    base_url: str | None = Field(None)
    """Base URL of any OpenAI-compatible server (env OPENAI_BASE_URL)."""

    @field_validator("base_url")
    @classmethod
    def _usable_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        try:
            parts = urlsplit(value)
            port = parts.port
        except ValueError:
            raise ValueError(message("errors_config.bad_url")) from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(message("errors_config.url_scheme"))
        if port == 0:
            raise ValueError(message("errors_config.url_port"))
        return value

    model: str = Field(DEFAULT_MODEL)
    """Chat model name (env STAYSIM_MODEL)."""

    timeout: float = Field(30.0, gt=0)
    """Seconds to wait for the server to connect or send the next chunk (env STAYSIM_TIMEOUT)."""

    reply_deadline: float = Field(120.0, gt=0)
    """Longest time one reply may keep streaming, in seconds; a server that trickles on is cut."""

    max_attempts: int = Field(4, ge=1, le=10)
    """Attempts per reply for connection errors, timeouts, 429 and 5xx."""

    backoff_base: float = Field(0.5, ge=0)
    """Seconds of the first backoff; doubles per attempt, with jitter."""

    backoff_max: float = Field(8.0, ge=0)
    """Longest single backoff in seconds."""

    retry_after_max: float = Field(20.0, ge=0)
    """Longest wait honoured from a 429's Retry-After header, in seconds."""

    temperature: float = Field(0.7, ge=0, le=2)
    """Sampling temperature for replies."""

    max_tokens: int = Field(300, ge=16)
    """Upper bound on the length of one reply, in tokens."""

    stt: Literal["openai", "local", "none"] = Field("openai")
    """Speech to text (env STAYSIM_STT): the server's /v1/audio/transcriptions, a local
    faster-whisper model, or none."""

    stt_model: str | None = Field(None, min_length=1, max_length=500)
    """Speech-to-text model (env STAYSIM_STT_MODEL): a model name on the server (default
    whisper-1), or for local a faster-whisper model folder or the name of one already
    downloaded; staysim never downloads a model."""

    tts: Literal["openai", "espeak", "none"] = Field("none")
    """Text to speech for the employee (env STAYSIM_TTS): the server's /v1/audio/speech,
    espeak-ng, or none."""

    tts_model: str = Field("tts-1", min_length=1, max_length=200)
    """Text-to-speech model on the server (env STAYSIM_TTS_MODEL)."""

    tts_voice: str | None = Field(None, pattern=VOICE_PATTERN)
    """Voice for every employee (env STAYSIM_TTS_VOICE), over the persona's own voice;
    default alloy on the server, the scenario's language for espeak-ng."""

    speech_timeout: float = Field(30.0, gt=0)
    """Seconds to wait for a transcription or a spoken reply from the speech server."""

    keep_audio: bool = Field(False)
    """Keep each turn's audio under STAYSIM_HOME/audio (flag --keep-audio); by default
    audio is never stored."""

    @property
    def stt_model_name(self) -> str:
        """The model asked for: the setting, or whisper-1 on a server."""
        return self.stt_model or "whisper-1"

    name: str | None = Field(None)
    """Your name as `staysim assign submit` writes it into a result (else give --name)."""

    @property
    def has_server(self) -> bool:
        """True when a key or a base URL selects an LLM server."""
        return bool(self.api_key and self.api_key.get_secret_value()) or bool(self.base_url)

    @property
    def effective_base_url(self) -> str:
        return (self.base_url or OPENAI_URL).rstrip("/")


_ENV = {
    "OPENAI_API_KEY": "api_key",
    "OPENAI_BASE_URL": "base_url",
    "STAYSIM_MODEL": "model",
    "STAYSIM_TIMEOUT": "timeout",
    "STAYSIM_STT": "stt",
    "STAYSIM_STT_MODEL": "stt_model",
    "STAYSIM_TTS": "tts",
    "STAYSIM_TTS_MODEL": "tts_model",
    "STAYSIM_TTS_VOICE": "tts_voice",
}


def _file_values() -> dict[str, Any]:
    path = paths.config_path()
    if not path.exists():
        return {}
    try:
        data = json.loads(paths.read_regular(path, MAX_CONFIG_BYTES))
    except paths.Unreadable as exc:
        raise ConfigError(message("errors_config.unreadable", path=path, reason=exc)) from None
    # ValueError covers bad JSON, bad UTF-8 and numbers of thousands of digits.
    except (ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        where = f"{path}:{line}" if line else str(path)
        raise ConfigError(message("errors_config.not_json", where=where)) from None
    if not isinstance(data, dict):
        raise ConfigError(message("errors_config.not_object", path=path))
    return data


def load_settings(**overrides: Any) -> Settings:
    """Config file, then the environment, then explicit overrides (None values are skipped)."""
    values = _file_values()
    for env, field in _ENV.items():
        raw = os.environ.get(env)
        if raw:
            values[field] = raw
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings.model_validate(values)
    except ValidationError as exc:
        from simulator.invalid import field_problem

        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"]) or "settings"
        problem = field_problem(dict(error))
        if error.get("type") == "extra_forbidden":
            problem = message("errors_config.unknown_setting")
        source = next((e for e, f in _ENV.items() if f == field and os.environ.get(e)), None)
        where = source or str(paths.config_path())
        raise ConfigError(f"{where}: {field}: {problem}") from None


def save_config(values: dict[str, Any]) -> Path:
    """Write STAYSIM_HOME/config.json, owner-only from the first byte: it may hold the API key.

    `values` are validated as Settings first; an existing file is replaced atomically.
    """
    settings = Settings.model_validate(values)
    data = settings.model_dump(mode="json", exclude_defaults=True, exclude={"api_key"})
    if settings.api_key is not None:
        data["api_key"] = settings.api_key.get_secret_value()
    path = paths.config_path()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2)
            handle.write("\n")
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        reason = exc.strerror
        raise ConfigError(message("errors_config.cannot_write", path=path, reason=reason)) from None
    return path
