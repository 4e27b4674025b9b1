"""Benchmark: keystroke echo in the practice room while a reply streams at 100 tokens/s."""

import argparse
import asyncio
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

TURNS = [
    "Wat geeft je energie?",
    "Wat houdt je hier?",
    "Het klinkt alsof je meer wilt.",
    "Wat zou je veranderen?",
]
REPLY = " ".join(f"woord{n}" for n in range(40))  # 40 tokens: 0.4 s at 100 tokens/s


async def _echo(app, screen, char: str) -> float:
    """Seconds from a key press to its character in the input, on the app's own loop."""
    from textual import events
    from textual.widgets import Input

    box = screen.query_one("#say", Input)
    before = box.value
    began = time.perf_counter()
    # As the driver delivers it: to the focused widget, which is the input.
    box.post_message(events.Key(char if char != " " else "space", char))
    while box.value == before:
        await asyncio.sleep(0)
        if time.perf_counter() - began > 10:
            raise RuntimeError(f"the key {char!r} never reached the input")
    ended = time.perf_counter()
    if ended - began >= 0.05:
        SLOW.append((began, ended))
    return ended - began


async def run(turns: int, tokens_per_second: float) -> list[float]:
    import fake_openai as fake

    from simulator.config import Settings
    from simulator.engine.backend import BackendInfo
    from simulator.library import load_library
    from simulator.store import Store
    from simulator.tui.app import make_app

    latencies: list[float] = []
    with fake.FakeOpenAI() as server, tempfile.TemporaryDirectory() as home:
        os.environ["STAYSIM_HOME"] = home
        server.reply_text = REPLY
        server.chunk_delay = 1 / tokens_per_second
        settings = Settings.model_validate(
            {"base_url": server.url, "api_key": "sk-bench", "model": "fake-model"}
        )
        backend = BackendInfo("openai", settings.model, settings.effective_base_url, settings)
        app = make_app(
            store=Store.open(Path(home) / "bench.db"),
            library=load_library(include_user=False),
            backend=backend,
            scenario_id="stille-senior",
            lang="nl",
        )
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            screen = app.screen
            for number in range(turns):
                # Typed ahead: the next turn goes in while the last reply still streams.
                for char in TURNS[number % len(TURNS)]:
                    latencies.append(await _echo(app, screen, char))
                    await asyncio.sleep(0.005)
                while screen.busy:
                    await asyncio.sleep(0.01)
                if number % 20 == 0:
                    print(f"turn {number}", file=sys.stderr, flush=True)
                said = len(screen.session.turns)
                # Submitted as Enter does, without waiting for the whole reply as Pilot would.
                await screen.query_one("#say").action_submit()
                deadline = time.perf_counter() + 30
                while len(screen.session.turns) == said:
                    await asyncio.sleep(0.001)
                    if time.perf_counter() > deadline:
                        raise RuntimeError(f"turn {number} was not taken")
            while screen.busy:
                await asyncio.sleep(0.01)
            saved = app.store.load_session(screen.session.session_id)
            managers = sum(turn.speaker == "manager" for turn in saved.turns)
            assert managers == turns, (managers, turns)
            MEMORY.append(_resident_mb())
    return latencies


MEMORY: list[float] = []
SLOW: list[tuple[float, float]] = []  # keystrokes of 50 ms or more: when they began and ended


def _resident_mb() -> float:
    """The process's resident memory now, in MB (Linux /proc)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class CollectorClock:
    """The garbage collector's pauses during the run, per generation (gc.callbacks)."""

    def __init__(self) -> None:
        self.pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
        self._began = 0.0
        self.spans: list[tuple[float, float]] = []

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._began = time.perf_counter()
        else:
            now = time.perf_counter()
            self.pauses[info["generation"]].append(now - self._began)
            self.spans.append((self._began, now))

    def summary(self) -> str:
        return ", ".join(
            f"gen{gen} {len(p)}x max {1000 * max(p, default=0):.0f} ms"
            for gen, p in self.pauses.items()
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--rate", type=float, default=100.0, help="tokens per second")
    options = parser.parse_args()
    began = time.perf_counter()
    clock = CollectorClock()
    gc.callbacks.append(clock)
    latencies = asyncio.run(run(options.turns, options.rate))
    gc.callbacks.remove(clock)
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[int(len(ms) * 0.95) - 1]
    print(
        f"{options.turns} turns typed ahead, {len(ms)} keystrokes, reply at {options.rate:g} "
        f"tokens/s: echo median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, "
        f"max {ms[-1]:.1f} ms, {sum(x >= 50 for x in ms)} at 50 ms or more "
        f"({time.perf_counter() - began:.0f} s)"
    )
    print(f"garbage collections: {clock.summary()}")
    in_gc = sum(
        any(start < end and stop > began for start, stop in clock.spans) for began, end in SLOW
    )
    print(f"of the keystrokes of 50 ms or more, {in_gc} waited for a garbage collection")
    if MEMORY:
        print(f"resident memory after the last turn: {MEMORY[-1]:.0f} MB")
    return 0 if p95 < 50 else 1


if __name__ == "__main__":
    sys.exit(main())
