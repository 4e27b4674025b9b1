"""Benchmark: score a 2,000-turn transcript, in process and through `staysim score`."""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def transcript(turns: int) -> list[tuple[str, str]]:
    """Alternating manager and employee turns, from the practice scripts and persona lines."""
    from simulator.library import load_library

    library = load_library(include_user=False)
    scripts = sorted((ROOT / "tests" / "scripts").glob("*.txt"))
    nl = {s.id for s in library.scenarios.values() if s.language == "nl"}
    dutch = [s for s in scripts if s.name.split(".")[0] in nl]
    manager = [
        line.strip()
        for script in dutch
        for line in script.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    employee = [
        line
        for persona in library.personas.values()
        if persona.language == "nl"
        for fact in persona.facts
        for line in fact.lines
    ]
    return [
        ("manager", manager[i // 2 % len(manager)])
        if i % 2 == 0
        else ("employee", employee[i // 2 % len(employee)])
        for i in range(turns)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    from simulator.scoring import build_scorecard
    from simulator.scoring.coder import forget_coded

    turns = transcript(options.turns)
    words = sum(len(text.split()) for _, text in turns)
    print(f"transcript: {len(turns)} turns, {words} words (Dutch)")

    build_scorecard(turns[:20], language="nl")  # the rule book and the model, loaded once
    best = float("inf")
    for _ in range(options.repeat):
        forget_coded()  # every turn coded again: no memo of an earlier run
        start = time.perf_counter()
        card = build_scorecard(turns, language="nl")
        best = min(best, time.perf_counter() - start)
    print(f"{'build_scorecard()':<36} {best * 1000:8.1f} ms (best of {options.repeat})")
    print(f"  score {card.score}, {len(card.findings)} findings")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "transcript.json"
        path.write_text(
            json.dumps({"transcript": [{"speaker": s, "text": t} for s, t in turns]}),
            encoding="utf-8",
        )
        env = dict(os.environ, STAYSIM_HOME=folder)
        best = float("inf")
        for _ in range(options.repeat):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "simulator", "score", str(path), "--json", "--lang", "nl"],
                check=True,
                stdout=subprocess.DEVNULL,
                env=env,
            )
            best = min(best, time.perf_counter() - start)
        label = "staysim score FILE --json (process)"
        print(f"{label:<36} {best * 1000:8.1f} ms (best of {options.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
