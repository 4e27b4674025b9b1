"""The LLM actor: streams the reply from any OpenAI-compatible server, with bounded retries."""

import asyncio
import json
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, cast

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

from simulator.config import Settings
from simulator.engine.actor import ActorContext, Restart
from simulator.engine.backend import EngineError, shown_url, unauthorized
from simulator.engine.prompts import build_messages
from simulator.errors import Phrase, message

# A reply is 1-4 sentences; a server that keeps streaming far past that is faulty.
MAX_REPLY_CHARS = 4000
_DONE = object()


class StreamBroken(Exception):
    """The stream stopped before the reply was finished, or sent something unreadable."""


class OpenAIActor:
    """Voices the director's decision through chat completions; the SDK itself never retries."""

    name = "openai"

    def __init__(
        self,
        settings: Settings,
        sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> None:
        from openai import AsyncOpenAI

        self.settings = settings
        self.base_url = settings.effective_base_url
        # What messages show: never a user:password or query string that may hold a secret.
        self.shown_url = shown_url(self.base_url)
        key = settings.api_key.get_secret_value() if settings.api_key else ""
        # Local servers (Ollama, LM Studio, llama.cpp) accept any key but the SDK wants one.
        self._key = key
        self.client = AsyncOpenAI(
            base_url=self.base_url,
            api_key=key or "not-needed",
            max_retries=0,
            timeout=settings.timeout,
        )
        self._sleep = sleep or asyncio.sleep
        self.last_request: list[dict[str, str]] | None = None

    async def aclose(self) -> None:
        await self.client.close()

    async def stream(self, context: ActorContext) -> AsyncIterator[str]:
        """Reply chunks; after a break mid-stream, a `Restart` chunk and the retried reply."""
        messages = build_messages(context)
        self.last_request = messages
        queue: asyncio.Queue[Any] = asyncio.Queue()
        producer = asyncio.create_task(self._produce(messages, queue))
        try:
            while True:
                item = await queue.get()
                if item is _DONE:
                    break
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            if not producer.done():
                producer.cancel()
                try:
                    await producer
                except (asyncio.CancelledError, Exception):
                    pass

    async def _produce(self, messages: list[dict[str, str]], queue: asyncio.Queue[Any]) -> None:
        shown = False

        async def attempt() -> None:
            nonlocal shown
            if shown:
                await queue.put(Restart("\n\n"))
            async for piece in self._request(messages):
                shown = True
                await queue.put(piece)

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.settings.max_attempts),
            wait=self._wait,
            retry=retry_if_exception(_retryable),
            sleep=self._sleep,
            reraise=True,
        )
        try:
            await retrying(attempt)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # every failure reaches the user as one clear line
            await queue.put(self._engine_error(exc))
            return
        await queue.put(_DONE)

    async def _request(self, messages: list[dict[str, str]]) -> AsyncIterator[str]:
        import openai

        s = self.settings
        stream = await self.client.chat.completions.create(
            model=s.model,
            messages=cast(Any, messages),
            stream=True,
            temperature=s.temperature,
            max_tokens=s.max_tokens,
        )
        finished = False
        size = 0
        deadline = time.monotonic() + s.reply_deadline
        async with stream:
            try:
                async for chunk in stream:
                    for choice in chunk.choices or []:
                        text = choice.delta.content if choice.delta else None
                        if text:
                            size += len(text)
                            if size > MAX_REPLY_CHARS:
                                raise EngineError.of(
                                    "errors_engine.too_long",
                                    retryable=True,
                                    where=self._where(),
                                    limit=MAX_REPLY_CHARS,
                                )
                            yield text
                            if time.monotonic() > deadline:
                                raise EngineError.of(
                                    "errors_engine.too_slow",
                                    retryable=True,
                                    where=self._where(),
                                    seconds=float(s.reply_deadline),
                                )
                        if choice.finish_reason:
                            finished = True
            except json.JSONDecodeError:
                raise StreamBroken(message("errors_engine.stream_bad_chunk")) from None
            except openai.APITimeoutError:
                raise
            except openai.APIConnectionError:
                # The server was reached and had started answering: not "could not reach".
                raise StreamBroken(message("errors_engine.stream_dropped")) from None
        if not finished:
            raise StreamBroken(message("errors_engine.stream_unfinished"))

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        retry_after = _retry_after(exc)
        if retry_after is not None:
            # Honour the server's hint, within a bound, with a little jitter against stampedes.
            return min(retry_after, self.settings.retry_after_max) + random.uniform(0, 0.05)
        backoff = wait_random_exponential(
            multiplier=self.settings.backoff_base, max=self.settings.backoff_max
        )
        return float(backoff(state))

    def _where(self) -> Phrase:
        return Phrase("errors_engine.llm_server", url=self.shown_url)

    def _engine_error(self, exc: BaseException) -> EngineError:
        if isinstance(exc, EngineError):
            return exc
        import openai

        where = self._where()
        # Every message names the server; these also the model or the attempts made.
        said = {"where": where, "model": self.settings.model}
        tried = {"where": where, "attempts": self.settings.max_attempts}
        if isinstance(exc, openai.APIStatusError):
            return self._status_error(exc, said, tried)
        if isinstance(exc, openai.APITimeoutError):
            seconds = float(self.settings.timeout)
            return EngineError.of("errors_engine.timeout", True, **said | tried, seconds=seconds)
        if isinstance(exc, openai.APIConnectionError):
            return EngineError.of("errors_engine.unreachable", True, **tried)
        if isinstance(exc, StreamBroken):
            return EngineError.of("errors_engine.broke_off", True, **tried, reason=str(exc))
        if isinstance(exc, openai.APIError):
            detail = self._scrub(str(exc.message))[:160]
            return EngineError.of("errors_engine.reported", True, where=where, detail=detail)
        kind = type(exc).__name__
        return EngineError.of("errors_engine.unexpected", True, where=where, kind=kind)

    def _status_error(self, exc: Any, said: dict[str, Any], tried: dict[str, Any]) -> EngineError:
        """An HTTP error status as one line: the credential, the model, the limit or the fault."""
        status = exc.status_code
        if status == 401:
            return EngineError.said(
                unauthorized(said["where"], self.base_url, self._key, said["model"])
            )
        if status in (403, 404):
            key = "errors_engine.forbidden" if status == 403 else "errors_engine.not_found"
            return EngineError.of(key, **said)
        if _insufficient_quota(exc):
            return EngineError.of("errors_engine.no_quota", **said)
        if status == 429:
            return EngineError.of("errors_engine.rate_limited", True, **tried)
        if status >= 500:
            return EngineError.of("errors_engine.failing", True, **tried, status=status)
        detail = self._scrub(_server_message(exc))
        key = "errors_engine.rejected_detail" if detail else "errors_engine.rejected"
        return EngineError.of(key, status in (408, 409), **said, status=status, detail=detail)

    def _scrub(self, text: str) -> str:
        if self._key and len(self._key) >= 4:
            text = text.replace(self._key, "***")
        return " ".join(text.split())[:160]


def _retryable(exc: BaseException) -> bool:
    import openai

    if isinstance(exc, StreamBroken):
        return True
    if isinstance(exc, EngineError):
        return False
    if isinstance(exc, openai.APIStatusError):
        if _insufficient_quota(exc):
            return False
        return exc.status_code in (408, 409, 429) or exc.status_code >= 500
    # Connection errors and timeouts, before or during the stream; an error event mid-stream.
    return isinstance(exc, openai.APIError)


def _retry_after(exc: BaseException | None) -> float | None:
    response = getattr(exc, "response", None)
    if response is None or getattr(response, "status_code", None) != 429:
        return None
    raw = response.headers.get("retry-after-ms")
    try:
        if raw is not None:
            return max(0.0, float(raw) / 1000)
        raw = response.headers.get("retry-after")
        return max(0.0, float(raw)) if raw is not None else None
    except ValueError:
        return None


def _server_message(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict):
            return str(error.get("message") or "")
        return str(error)
    return ""


def _insufficient_quota(exc: Any) -> bool:
    body = getattr(exc, "body", None)
    candidates = [body, body.get("error") if isinstance(body, dict) else None]
    for item in candidates:
        if isinstance(item, dict) and "insufficient_quota" in (
            str(item.get("code")),
            str(item.get("type")),
        ):
            return True
    return False
