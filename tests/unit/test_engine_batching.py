"""Streamed replies are saved in batches, at most every 250 ms, and never shown before saved."""

import asyncio
import time

import pytest

from simulator.engine import Restart
from simulator.engine.batching import SAVE_INTERVAL, batched


async def _stream(chunks, delay: float = 0.0, fail: Exception | None = None):
    for chunk in chunks:
        await asyncio.sleep(delay)
        yield chunk
    if fail is not None:
        raise fail


async def _collect(stream) -> list[tuple[float, str]]:
    start = time.monotonic()
    return [(time.monotonic() - start, piece) async for piece in stream]


async def test_a_fast_stream_comes_in_few_batches_with_all_its_text():
    chunks = [f"w{n} " for n in range(100)]
    began = time.monotonic()
    got = await _collect(batched(_stream(chunks, delay=0.005), interval=0.1))
    elapsed = time.monotonic() - began
    assert "".join(piece for _, piece in got) == "".join(chunks)
    assert got[0][1] == "w0 ", "the first chunk is shown at once"
    # Batches at least 0.1 s apart: no more than the stream's length allows (about half a
    # second on an idle machine, longer on a busy one), and far fewer than its 100 chunks.
    assert len(got) <= elapsed / 0.1 + 2 and len(got) < len(chunks) / 2
    gaps = [b[0] - a[0] for a, b in zip(got[1:], got[2:], strict=False)]
    assert all(gap >= 0.09 for gap in gaps[:-1]), gaps


async def test_a_stalled_stream_still_shows_what_it_has():
    async def stalling():
        yield "a"
        yield "b"
        await asyncio.sleep(0.6)
        yield "c"

    got = await _collect(batched(stalling(), interval=0.1))
    assert [piece for _, piece in got] == ["a", "b", "c"]
    assert got[1][0] < 0.3, "the waiting text did not wait for the next chunk"


async def test_a_restart_passes_alone_and_in_order():
    chunks = ["a", "b", Restart("\n\n"), "c"]
    got = [piece async for piece in batched(_stream(chunks), interval=10)]
    assert got[0] == "a" and "".join(got) == "ab\n\nc"
    assert any(isinstance(piece, Restart) for piece in got)


async def test_what_came_before_a_failure_is_passed_on_then_the_failure():
    seen: list[str] = []
    with pytest.raises(ValueError):
        async for piece in batched(_stream(["a", "b", "c"], fail=ValueError("x")), interval=10):
            seen.append(piece)
    assert "".join(seen) == "abc"


def test_the_interval_is_a_quarter_second():
    assert SAVE_INTERVAL == 0.25
