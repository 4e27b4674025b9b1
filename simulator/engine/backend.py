"""Which persona engine a session uses, and the engine's user-facing error."""

from dataclasses import dataclass, field

from simulator.config import ConfigError, Settings, load_settings
from simulator.errors import ActionableError

BACKENDS = ("offline", "openai")


class EngineError(ActionableError):
    """A failure of the persona engine the user can act on; `message` is one clear line."""


@dataclass(frozen=True)
class BackendInfo:
    """The chosen backend as the app shows it: "offline" or "openai · model @ url"."""

    name: str
    model: str | None = None
    base_url: str | None = None
    settings: Settings | None = field(default=None, repr=False, compare=False)

    def describe(self) -> str:
        if self.name == "offline":
            return "offline"
        return f"{self.name} · {self.model} @ {shown_url(self.base_url)}"


def choose_backend(
    requested: str | None, model: str | None = None, settings: Settings | None = None
) -> BackendInfo:
    """openai when asked, or by default when OPENAI_API_KEY or OPENAI_BASE_URL is set."""
    if requested is not None and requested not in BACKENDS:
        raise EngineError(f"unknown backend '{requested}'; choose offline or openai")
    if requested == "offline":
        return BackendInfo("offline")
    if settings is None:
        try:
            settings = load_settings(model=model)
        except ConfigError as exc:
            raise EngineError(exc.message) from None
    elif model:
        settings = settings.model_copy(update={"model": model})
    if requested is None and not settings.has_server:
        return BackendInfo("offline")
    if not settings.has_server:
        raise EngineError(
            "the openai backend needs OPENAI_API_KEY (for api.openai.com) or OPENAI_BASE_URL "
            "(for a local server such as Ollama or LM Studio); neither is set"
        )
    return BackendInfo("openai", settings.model, settings.effective_base_url, settings)


def unauthorized(where: str, base_url: str | None, key: str, model: str | None = None) -> str:
    """A server's 401 as one line, naming the credential that was actually sent."""
    from urllib.parse import urlsplit

    for_model = f" for model '{model}'" if model else ""
    # httpx sends a user:password in the URL as Basic auth, in place of the API key.
    if base_url and urlsplit(base_url).username is not None:
        return (
            f"{where} refused the user name and password in OPENAI_BASE_URL (401){for_model}; "
            "check them (with them in the URL, the API key is not sent)"
        )
    if not key:
        return f"{where} wants an API key (401){for_model}; set OPENAI_API_KEY"
    return f"{where} refused the API key (401){for_model}; check OPENAI_API_KEY"


def shown_url(url: str | None) -> str | None:
    """The URL without a user:password part or query string, so a secret in it is never shown."""
    if not url or ("@" not in url and "?" not in url):
        return url
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))
