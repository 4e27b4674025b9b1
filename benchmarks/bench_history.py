"""Benchmark: load a history of 1,000 saved sessions (table and JSON with every turn)."""

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.store import Store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--turns", type=int, default=20, help="turns per session")
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as home:
        os.environ["STAYSIM_HOME"] = home
        from simulator import paths
        from simulator.cli import main as cli
        from simulator.store import Store

        store = Store.open(paths.database_path())
        started = time.perf_counter()
        rows = []
        for n in range(options.sessions):
            rows.append(_fill(store, n, options.turns))
        seeded = time.perf_counter() - started
        store.close()
        size = Path(paths.database_path()).stat().st_size

        def timed(label: str, action: Callable[[], None]) -> None:
            best = float("inf")
            for _ in range(options.repeat):
                start = time.perf_counter()
                action()
                best = min(best, time.perf_counter() - start)
            print(f"{label:<44} {best * 1000:8.1f} ms (best of {options.repeat})")

        def quiet(argv: list[str]) -> None:
            with contextlib.redirect_stdout(io.StringIO()):
                assert cli(argv) == 0

        def store_history() -> None:
            s = Store.open(paths.database_path())
            assert len(s.history()) == options.sessions
            s.close()

        total = options.sessions * options.turns
        print(f"history of {options.sessions} sessions, {total} turns, {size / 1e6:.1f} MB")
        print(f"{'seed (one commit per turn, as the app saves)':<44} {seeded * 1000:8.1f} ms")
        timed("Store.history()", store_history)
        timed("staysim history", lambda: quiet(["history"]))
        timed("staysim history --json (every turn's text)", lambda: quiet(["history", "--json"]))
    return 0


LINES = (
    "Waar kijk je elke werkdag het meest naar uit?",
    "Eerlijk gezegd de momenten met het team, als we samen iets oplossen.",
    "Het klinkt alsof samenwerken je energie geeft.",
    "Ja, al is dat de laatste tijd minder geworden door alle prioriteiten.",
)


def _fill(store: "Store", n: int, turns: int) -> int:
    sid: int = store.create_session("tess-basis", "offline", None, "nl")
    for i in range(turns):
        speaker = "manager" if i % 2 == 0 else "employee"
        store.append_turn(sid, speaker, LINES[i % len(LINES)])
    if n % 3:
        from simulator.domain.scorecard import Actions, Metrics, Scorecard

        store.finish_session(
            sid,
            Scorecard(
                scenario="tess-basis",
                language="nl",
                score=n % 101,
                metrics=Metrics(manager_talk_share=0.4),
                actions=Actions(),
            ),
        )
    return sid


if __name__ == "__main__":
    sys.exit(main())
