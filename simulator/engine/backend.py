"""Which persona engine a session uses, and the engine's user-facing error."""

from dataclasses import dataclass, field

from simulator.config import ConfigError, Settings, load_settings
from simulator.errors import ActionableError, Phrase

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
        raise EngineError.of("errors_engine.unknown_backend", name=requested)
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
        raise EngineError.of("errors_engine.needs_server")
    return BackendInfo("openai", settings.model, settings.effective_base_url, settings)


def unauthorized(where: Phrase, base_url: str | None, key: str,
                 model: str | None = None) -> Phrase:
    """A server's 401 as one line, naming the credential that was actually sent."""
    from urllib.parse import urlsplit

    for_model = Phrase("errors_engine.for_model", model=model) if model else ""
    # httpx sends a user:password in the URL as Basic auth, in place of the API key.
    if base_url and urlsplit(base_url).username is not None:
        key_name = "errors_engine.unauthorized_url"
    else:
        key_name = "errors_engine.unauthorized_key" if key else "errors_engine.unauthorized_no_key"
    return Phrase(key_name, where=where, for_model=for_model)


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
