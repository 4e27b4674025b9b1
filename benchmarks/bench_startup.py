"""Benchmark: from a fresh interpreter to an interactive scenario picker, headless."""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import asyncio, sys, time
start = time.perf_counter()
from simulator.cli import build_parser
from simulator.engine import choose_backend
from simulator.library import load_library
from simulator.tui.app import make_app
from simulator.tui.screens.picker import PickerScreen
from textual.widgets import DataTable

async def main():
    app = make_app(backend=choose_backend(None, None), library=load_library())
    async with app.run_test(size=(80, 24)) as pilot:
        while not (isinstance(app.screen, PickerScreen)
                   and app.screen.query_one(DataTable).row_count
                   and app.screen.is_mounted):
            await asyncio.sleep(0.001)
        elapsed = time.perf_counter() - start
        print(f"ready {elapsed:.4f}", flush=True)
        offered = app.screen.unfinished is not None
        print(f"offered {'an unfinished session' if offered else 'nothing'}", flush=True)
        slow = [m for m in ("openai", "httpx") if m in sys.modules]
        print("imported " + (",".join(slow) or "neither openai nor httpx"), flush=True)
asyncio.run(main())
"""


SEED = r"""
import sys
from simulator import paths
from simulator.domain.scorecard import Actions, Metrics, Scorecard
from simulator.store import Store
store = Store.open(paths.database_path())
card = Scorecard(scenario="stille-senior", language="nl", score=50,
                 metrics=Metrics(manager_talk_share=0.4), actions=Actions())
for _ in range(int(sys.argv[1])):
    sid = store.create_session("stille-senior", "offline")
    for speaker in ("employee", "manager", "employee"):
        store.append_turn(sid, speaker, "Wat geeft je energie in je werk?")
    store.finish_session(sid, card)
sid = store.create_session("stille-senior", "offline")
store.append_turn(sid, "employee", "Hoi.")
store.append_turn(sid, "manager", "Wat geeft je energie?")
store.close()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--history",
        type=int,
        default=0,
        help="seed this many finished sessions and one unfinished one (the picker offers it)",
    )
    options = parser.parse_args()
    walls: list[float] = []
    insides: list[float] = []
    imported = ""
    offered = ""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, STAYSIM_HOME=home)
        for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "STAYSIM_MODEL"):
            env.pop(name, None)
        if options.history:
            subprocess.run(
                [sys.executable, "-c", SEED, str(options.history)], env=env, check=True
            )
        for _ in range(options.repeat):
            began = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True
            )
            lines = done.stdout.splitlines()
            ready = next(line for line in lines if line.startswith("ready "))
            insides.append(float(ready.split()[1]))
            # The wall time includes the interpreter's own start and the app's shutdown.
            walls.append(time.perf_counter() - began)
            imported = next((line for line in lines if line.startswith("imported ")), imported)
            offered = next((line for line in lines if line.startswith("offered ")), "")
    print(
        f"to an interactive picker (in process): median {statistics.median(insides):.3f} s, "
        f"max {max(insides):.3f} s over {options.repeat} runs"
    )
    print(f"whole process with interpreter start and exit: median {statistics.median(walls):.3f} s")
    print(imported)
    print(offered)
    return 0


if __name__ == "__main__":
    sys.exit(main())
