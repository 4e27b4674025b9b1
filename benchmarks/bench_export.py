"""Benchmark: export a saved 2,000-turn session as Markdown, HTML and JSON."""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scoring import transcript  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as home:
        os.environ["STAYSIM_HOME"] = home
        from simulator import paths
        from simulator.export import export_session
        from simulator.scoring import build_scorecard
        from simulator.store import Store

        turns = transcript(options.turns)
        store = Store.open(paths.database_path())
        finished = store.create_session("stille-senior", "offline", None, "nl")
        unfinished = store.create_session("stille-senior", "offline", None, "nl")
        for speaker, text in turns:
            store.append_turn(finished, speaker, text)  # type: ignore[arg-type]
            store.append_turn(unfinished, speaker, text)  # type: ignore[arg-type]
        store.finish_session(finished, build_scorecard(turns, language="nl"))
        done = store.load_session(finished)
        open_ = store.load_session(unfinished)
        store.close()
        assert done is not None and open_ is not None

        def timed(label: str, action: Callable[[], object]) -> None:
            best = float("inf")
            for _ in range(options.repeat):
                start = time.perf_counter()
                action()
                best = min(best, time.perf_counter() - start)
            print(f"{label:<48} {best * 1000:8.1f} ms (best of {options.repeat})")

        print(f"session of {len(turns)} turns")
        sizes = {}
        for fmt in ("md", "html", "json"):
            sizes[fmt] = len(export_session(done, fmt).encode())  # type: ignore[arg-type]
            timed(f"export_session({fmt}), finished", lambda f=fmt: export_session(done, f))
        timed(
            "export_session(html), unfinished (scored now)",
            lambda: export_session(open_, "html"),
        )
        print("  sizes: " + ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in sizes.items()))
        timed(
            "store.load_session()",
            lambda: Store.open(paths.database_path()).load_session(finished),
        )
        out = Path(home) / "out.html"
        timed(
            "staysim export N --format html -o FILE (process)",
            lambda: subprocess.run(
                [sys.executable, "-m", "simulator", "export", str(finished), "--format", "html",
                 "-o", str(out)],
                check=True,
                stderr=subprocess.DEVNULL,
            ),
        )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
