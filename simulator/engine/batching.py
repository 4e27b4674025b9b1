"""Streamed chunks joined into batches, so a reply is saved at most every so often."""

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

from simulator.engine.actor import Restart

# At most this often a growing reply is written to disk, and so shown: a chunk is shown only
# once it is saved, and one transaction per token would keep SQLite (and the disk) busy.
SAVE_INTERVAL = 0.25

T = TypeVar("T")


async def batched(
    stream: AsyncIterator[str], interval: float = SAVE_INTERVAL
) -> AsyncIterator[str]:
    """The chunks of `stream`, joined: the first at once, then at most one batch per
    `interval`, also when the stream stalls; a `Restart` passes on its own, in order."""
    source = aiter(stream)
    pending: asyncio.Task[str] | None = None
    buffer: list[str] = []
    last = -interval
    try:
        while True:
            if pending is None:
                pending = asyncio.ensure_future(anext(source))
            wait = max(last + interval - time.monotonic(), 0) if buffer else None
            done, _ = await asyncio.wait({pending}, timeout=wait)
            if not done:
                # Text is waiting and the stream is quiet: show what there is.
                yield "".join(buffer)
                buffer.clear()
                last = time.monotonic()
                continue
            task, pending = pending, None
            try:
                chunk = task.result()
            except StopAsyncIteration:
                break
            except Exception:
                # What arrived before the failure is shown and saved, then the failure told.
                if buffer:
                    yield "".join(buffer)
                raise
            if isinstance(chunk, Restart):
                if buffer:
                    yield "".join(buffer)
                    buffer.clear()
                yield chunk
                last = -interval
                continue
            buffer.append(chunk)
            if time.monotonic() - last >= interval:
                yield "".join(buffer)
                buffer.clear()
                last = time.monotonic()
        if buffer:
            yield "".join(buffer)
    finally:
        if pending is not None:
            pending.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await pending
        close = getattr(source, "aclose", None)
        if close is not None:
            await close()


async def in_thread(call: Callable[[], T]) -> T:
    """`call` in a worker thread, off the event loop. Cancelled meanwhile, it still waits for
    the write to end, so that what the caller holds in memory matches the disk."""
    future: Awaitable[T] = asyncio.ensure_future(asyncio.to_thread(call))
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        with contextlib.suppress(Exception):
            await future
        raise
