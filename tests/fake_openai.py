"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests, with scriptable faults.

Use the `fake_openai` fixture (a started `FakeOpenAI`), or `fake_openai_env`, which also
points OPENAI_BASE_URL at it. pytest puts tests/ on sys.path, so in a test module:

    import fake_openai as fake
    fake_openai = fake.fake_openai          # make the fixture available to this module

 Script what the next requests get, in order:

    fake_openai.fail(500, times=2)            # two 500s, then normal replies
    fake_openai.fail(429, retry_after=0.2)    # a 429 with a Retry-After header
    fake_openai.fail(401)                     # bad key (invalid_api_key)
    fake_openai.fail(429, code="insufficient_quota")
    fake_openai.cut_stream(after=3)           # 3 content chunks, then the connection drops
    fake_openai.slow_first_byte(2.0)          # sleeps before sending any byte
    fake_openai.invalid_json(after=2)         # 2 chunks, then `data: {not json`
    fake_openai.never_end(delay=0.01)         # content chunks until the client hangs up
    fake_openai.reply("Tekst")                # this exact reply once
    fake_openai.reply_text = "..." or a callable(body) -> str   # the default reply

Speech endpoints (tests/fake_audio.py): `fake_openai.transcripts[sample_key(clip)] = "..."`
or `transcript_text` for /v1/audio/transcriptions; /v1/audio/speech returns a real WAV whose
length follows the text. `fail` and `slow_first_byte` script them as they script chat.

Every request is recorded: `fake_openai.requests` (method, path, headers, body, raw) and
`fake_openai.bodies` (the parsed JSON bodies); `raw_bodies()` joins them for leak checks.

The handler that answers the requests, and `Plan` and `Request`, are in fake_openai_http.py.
"""

import threading
from collections import deque
from collections.abc import Callable, Iterator
from http.server import ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

import fake_audio
import pytest
from fake_openai_http import TOKENS, Handler, Plan, Request

if TYPE_CHECKING:
    from simulator.config import Settings

DEFAULT_REPLY = "Dat is een goede vraag. Daar moet ik even over nadenken."
__all__ = ["DEFAULT_REPLY", "TOKENS", "FakeOpenAI", "Plan", "Request", "fake_openai",
           "fake_openai_env", "fake_settings"]

_ERRORS = {
    400: ("invalid_request_error", None, "Bad request."),
    401: ("invalid_request_error", "invalid_api_key", "Incorrect API key provided."),
    403: ("permission_denied", None, "You are not allowed to use this model."),
    404: ("invalid_request_error", "model_not_found", "The model does not exist."),
    429: ("rate_limit_exceeded", "rate_limit_exceeded", "Rate limit reached; slow down."),
    500: ("server_error", None, "The server had an error while processing your request."),
    502: ("server_error", None, "Bad gateway."),
    503: ("server_error", None, "The server is overloaded."),
}


class FakeOpenAI:
    """An OpenAI-compatible chat completions server in a background thread."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.plans: deque[Plan] = deque()
        self.reply_text: str | Callable[[Any], str] = DEFAULT_REPLY
        self.chunk_delay = 0.0  # seconds between streamed chunks
        self.model = "fake-model"
        self.transcripts: dict[str, str] = {}
        self.transcript_text = fake_audio.DEFAULT_TRANSCRIPT
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # Lifecycle

    def start(self) -> "FakeOpenAI":
        handler = type("Handler", (Handler,), {"fake": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "FakeOpenAI":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "start the server first"
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """The base URL to give the client (OPENAI_BASE_URL)."""
        return f"http://127.0.0.1:{self.port}/v1"

    # Scripting the next requests

    def push(self, *plans: Plan) -> None:
        with self._lock:
            self.plans.extend(plans)

    def fail(
        self,
        status: int,
        times: int = 1,
        retry_after: float | None = None,
        code: str | None = None,
        message: str | None = None,
    ) -> None:
        kind, default_code, default_message = _ERRORS.get(status, ("error", None, "Error."))
        error = {
            "message": message or default_message,
            "type": "insufficient_quota" if code == "insufficient_quota" else kind,
            "param": None,
            "code": code or default_code,
        }
        headers = {} if retry_after is None else {"Retry-After": f"{retry_after:g}"}
        for _ in range(times):
            self.push(Plan("status", status=status, headers=headers, body={"error": error}))

    def cut_stream(self, after: int = 3, times: int = 1) -> None:
        for _ in range(times):
            self.push(Plan("cut", after=after))

    def slow_first_byte(self, delay: float, times: int = 1) -> None:
        for _ in range(times):
            self.push(Plan("slow", delay=delay))

    def invalid_json(self, after: int = 1, times: int = 1) -> None:
        for _ in range(times):
            self.push(Plan("invalid_json", after=after))

    def never_end(self, times: int = 1, delay: float = 0.01) -> None:
        """Content chunks of 80 characters every `delay` seconds until the client hangs up."""
        for _ in range(times):
            self.push(Plan("never_end", delay=delay))

    def reply(self, text: str) -> None:
        self.push(Plan("reply", text=text))

    def stall(self, after: int = 2, delay: float = 5.0, times: int = 1) -> None:
        """`after` tokens, then silence for `delay` seconds (a client time-out), then a drop."""
        for _ in range(times):
            self.push(Plan("stall", after=after, delay=delay))

    # What was asked

    @property
    def bodies(self) -> list[Any]:
        with self._lock:
            return [r.body for r in self.requests]

    @property
    def chat_requests(self) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def raw_bodies(self) -> str:
        """Every request body, decoded, joined: for "this text was never sent" checks."""
        with self._lock:
            return "\n".join(r.raw.decode("utf-8", "replace") for r in self.requests)

    def sent_text(self) -> str:
        """The message contents of every chat request, joined (JSON escapes undone)."""
        parts: list[str] = []
        for request in self.chat_requests:
            body = request.body if isinstance(request.body, dict) else {}
            for message in body.get("messages", []):
                parts.append(str(message.get("content", "")))
        return "\n".join(parts)

    # Internals used by the handler

    def _next_plan(self) -> Plan | None:
        with self._lock:
            return self.plans.popleft() if self.plans else None

    def _record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def _reply_for(self, body: Any) -> str:
        text = self.reply_text
        return text(body) if callable(text) else text


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    """A started fake server; stopped after the test."""
    server = FakeOpenAI().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fake_openai_env(fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    """The fake server, with OPENAI_BASE_URL, OPENAI_API_KEY and STAYSIM_MODEL pointing at it."""
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    monkeypatch.setenv("STAYSIM_MODEL", fake_openai.model)
    return fake_openai


def fake_settings(url: str, key: str, **extra: object) -> "Settings":
    """Settings for an actor talking to this server: short timeouts and back-offs, so retry
    and failure paths run in test time; `extra` overrides any field."""
    from simulator.config import Settings

    values: dict[str, object] = dict(
        base_url=url,
        api_key=key,
        model="fake-model",
        timeout=2.0,
        max_attempts=4,
        backoff_base=0.01,
        backoff_max=0.05,
        retry_after_max=1.0,
    )
    values.update(extra)
    return Settings.model_validate(values)
