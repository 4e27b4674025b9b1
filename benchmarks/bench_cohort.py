"""Benchmark: the cohort report over 200 trainees x 5 attempts.

The attempts are real offline sessions: every bundled scenario played with its four
scripts (tests/scripts), so 28 distinct transcripts, handed out to the trainees from poor
to good. Three figures: rendering the re-scored cohort (html, md, csv), the whole
`staysim cohort report` in process (read, check hashes, re-score, render), and the cost of
re-scoring one distinct transcript, which is what a real cohort pays per attempt.
"""

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

QUALITIES = ("poor", "mediocre", "generic", "good", "good")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trainees", type=int, default=200)
    parser.add_argument("--attempts", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["STAYSIM_HOME"] = str(Path(tmp) / "home")
        from cohort_helpers import play, result, write

        from simulator.cohort.cache import RescoreCache
        from simulator.cohort.report import RENDER, cohort_of, make_report
        from simulator.cohort.rescoring import check
        from simulator.cohort.results import read_result
        from simulator.library import load_library

        scenarios = sorted(p.stem for p in (ROOT / "scenarios").glob("*.yaml"))
        started = time.perf_counter()
        played = {(s, q): play(s, q) for s in scenarios for q in set(QUALITIES)}
        print(f"played {len(played)} sessions in {time.perf_counter() - started:.1f} s")
        folder = Path(tmp) / "results"
        folder.mkdir()
        for t in range(options.trainees):
            scenario = scenarios[t % len(scenarios)]
            attempts = [
                {**played[(scenario, QUALITIES[(t + k) % len(QUALITIES) if k else 0])],
                 "session": k + 1}
                for k in range(options.attempts)
            ]
            write(folder / f"trainee-{t:03d}.json", result(f"Trainee {t:03d}", attempts))
        paths = sorted(folder.glob("*.json"))
        library = load_library()

        # The cost a real cohort pays per attempt: one distinct transcript, re-scored.
        from simulator.scoring.coder import forget_coded

        submitted = [read_result(p) for p in paths[: len(scenarios)]]
        forget_coded()  # as in a real cohort, each turn is new to this process
        started = time.perf_counter()
        seen: set[str] = set()
        for item in submitted:
            for attempt in check(item, library)[0]:
                seen.add(attempt.attempt.transcript_sha256)
        per_attempt = (time.perf_counter() - started) / len(seen)
        print(f"re-score a transcript seen for the first time: {per_attempt * 1000:.0f} ms "
              f"({len(seen)} distinct)")

        cohort, _ = cohort_of([read_result(p) for p in paths], library, "nl", False)
        for fmt, render in RENDER.items():
            best = min(_timed(lambda r=render: r(cohort)) for _ in range(options.repeat))
            size = len(render(cohort).encode())
            print(f"render {fmt:4s} {options.trainees} x {options.attempts}: {best:.3f} s "
                  f"({size / 1000:.0f} kB)")
        with contextlib.redirect_stderr(io.StringIO()):
            best = min(
                _timed(lambda: make_report(paths, "html", lang="nl", library=library))
                for _ in range(options.repeat)
            )
        print(f"whole report (html: read, check, re-score, render): {best:.2f} s "
              f"over {len(played)} distinct transcripts")
        rescores = RescoreCache(Path(tmp) / "rescored.db")
        cold = _timed(lambda: make_report(paths, "html", lang="nl", library=library,
                                          rescores=rescores))
        warm = min(
            _timed(lambda: make_report(paths, "html", lang="nl", library=library,
                                       rescores=rescores))
            for _ in range(options.repeat)
        )
        rescores.close()
        print(f"whole report with the re-scores kept: {cold:.2f} s the first time, "
              f"{warm:.2f} s the next")
    return 0


def _timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
