"""The HTTP side of the fake OpenAI server (tests/fake_openai.py): what one request gets
(`Plan`), how a request is recorded (`Request`), and the handler that answers chat, models
and speech requests with the JSON and server-sent events the OpenAI client reads."""

from __future__ import annotations

import json
import re
import socket
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

import fake_audio

if TYPE_CHECKING:
    from fake_openai import FakeOpenAI

TOKENS = re.compile(r"\s*\S+")  # a streamed reply's chunks: each word with the space before it


@dataclass
class Plan:
    """What one request gets."""

    kind: str  # "status" | "cut" | "stall" | "slow" | "invalid_json" | "never_end" | "reply"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    after: int = 0
    delay: float = 0.0
    text: str | None = None


@dataclass
class Request:
    """One request as it came in; `body` is its JSON, or None."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    raw: bytes


class Handler(BaseHTTPRequestHandler):
    """Answers one connection's requests as the `fake` server's plans say."""

    fake: FakeOpenAI
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # Many small writes per reply: without this, Nagle and delayed ACKs add ~40 ms each.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # keep test output clean

    def do_GET(self) -> None:  # noqa: N802
        self._record(b"")
        if self.path.rstrip("/").endswith("/models"):
            self._json(
                200, {"object": "list", "data": [{"id": self.fake.model, "object": "model"}]}
            )
        else:
            self._json(404, {"error": {"message": "Not found.", "type": "invalid_request_error"}})

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        body = self._record(raw)
        if "/audio/" in self.path:
            self._audio(raw)
            return
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._json(404, {"error": {"message": "Not found.", "type": "invalid_request_error"}})
            return
        plan = self.fake._next_plan()
        try:
            self._answer(plan, body if isinstance(body, dict) else {})
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, OSError):
            self.close_connection = True  # the client went away, e.g. after its timeout

    def _audio(self, raw: bytes) -> None:
        plan = self.fake._next_plan()
        if plan is not None and plan.kind == "status":
            self._json(plan.status, plan.body or {}, plan.headers)
            return
        if plan is not None and plan.kind == "slow" and self.fake._stopping.wait(plan.delay):
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            if self.path.rstrip("/").endswith("/audio/transcriptions"):
                form = fake_audio.form_parts(headers.get("content-type", ""), raw)
                text = fake_audio.transcript_for(self.fake, headers, form.get("file", b""))
                if text is None:
                    self._json(400, {"error": {"message": "Invalid file format.",
                                               "type": "invalid_request_error"}})
                else:
                    self._json(200, {"text": text})
            elif self.path.rstrip("/").endswith("/audio/speech"):
                request = json.loads(raw or b"{}")
                payload = fake_audio.speech_wav(str(request.get("input", "")))
                self.send_response(200)
                self.send_header("Content-Type", "audio/wav")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            else:
                self._json(404, {"error": {"message": "Not found.", "type": "not_found"}})
        except (BrokenPipeError, ConnectionResetError, OSError):
            self.close_connection = True

    def _record(self, raw: bytes) -> Any:
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.fake._record(Request(self.command, self.path, headers, body, raw))
        return body

    def _answer(self, plan: Plan | None, body: dict[str, Any]) -> None:
        if plan is not None and plan.kind == "status":
            self._json(plan.status, plan.body or {}, plan.headers)
            return
        if plan is not None and plan.kind == "slow":
            if self.fake._stopping.wait(plan.delay):
                return
        text = plan.text if plan is not None and plan.text is not None else None
        if text is None:
            text = self.fake._reply_for(body)
        model = str(body.get("model") or self.fake.model)
        if not body.get("stream"):
            self._json(200, _completion(model, text))
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        kind = plan.kind if plan is not None else "reply"
        ident = f"chatcmpl-{int(time.time() * 1000)}"
        self._event(_chunk(ident, model, {"role": "assistant", "content": ""}))
        tokens = TOKENS.findall(text)
        if kind == "never_end":
            n = 0
            while not self.fake._stopping.is_set():
                self._event(_chunk(ident, model, {"content": f" woord{n} " * 8}))
                n += 1
                time.sleep(plan.delay)  # type: ignore[union-attr]
            return
        for n, token in enumerate(tokens):
            if kind in ("cut", "stall") and n >= plan.after:  # type: ignore[union-attr]
                if kind == "stall":
                    self.fake._stopping.wait(plan.delay)  # type: ignore[union-attr]
                self._drop()
                return
            if kind == "invalid_json" and n >= plan.after:  # type: ignore[union-attr]
                self._write_chunk(b"data: {not json\n\n")
                self._end()
                return
            self._event(_chunk(ident, model, {"content": token}))
            if self.fake.chunk_delay:
                time.sleep(self.fake.chunk_delay)
        self._event(_chunk(ident, model, {}, finish="stop"))
        self._write_chunk(b"data: [DONE]\n\n")
        self._end()

    def _event(self, data: dict[str, Any]) -> None:
        self._write_chunk(b"data: " + json.dumps(data).encode("utf-8") + b"\n\n")

    def _write_chunk(self, payload: bytes) -> None:
        self.wfile.write(f"{len(payload):x}\r\n".encode() + payload + b"\r\n")
        self.wfile.flush()

    def _end(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _drop(self) -> None:
        """Hang up mid-body: the client sees an incomplete chunked response."""
        self.wfile.flush()
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _json(
        self, status: int, data: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        payload = json.dumps(data).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)
        self.wfile.flush()


def _chunk(ident: str, model: str, delta: dict[str, Any], finish: str | None = None) -> dict:
    return {
        "id": ident,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }


def _completion(model: str, text: str) -> dict:
    return {
        "id": f"chatcmpl-{int(time.time() * 1000)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
