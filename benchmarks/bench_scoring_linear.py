"""Scoring is linear in turns: 2,000 and 4,000 turns of about 40 words, scored in one run.

    python benchmarks/bench_scoring_linear.py [--turns 2000] [--mb 2]

Every turn is a different sentence mix, and the memo of coded turns is emptied before each
run, so no cache hides the work. With --mb, also the time for a transcript of that many
megabytes, the figure extrapolated to 20 MB, and the CPU time it took (on a busy machine the
wall clock says more about the other processes than about this one).
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = ("ik merk dat de planning steeds schuift en dat maakt het lastig om vooruit te kijken "
         "naar wat ik wil leren want elke week komt er wel iets tussen en dan blijft mijn eigen "
         "werk liggen terwijl ik juist daar energie van krijg").split()
MANAGER = ("Wat maakt dat {a}?", "Dus {a}, en {b}.", "Hoe merk je dat {a}?",
           "Als ik het samenvat: {a}, maar {b}. Klopt dat?", "Ik hoor dat {a}.")


def transcript(turns: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for i in range(turns):
        phrase = " ".join(rng.choice(WORDS) for _ in range(18))
        other = " ".join(rng.choice(WORDS) for _ in range(18))
        if i % 2 == 0:
            out.append(("manager", rng.choice(MANAGER).format(a=phrase, b=other)))
        else:
            out.append(("employee", f"{phrase.capitalize()}. {other}."))
    return out


def _cpu() -> float:
    # This process and the children it has waited for (the second process of a long batch).
    now = os.times()
    return now.user + now.system + now.children_user + now.children_system


def timed(turns: list[tuple[str, str]], cpu: list[float] | None = None) -> float:
    """Wall-clock seconds to score `turns`; the CPU seconds are added to `cpu` when given."""
    from simulator.scoring import build_scorecard
    from simulator.scoring.coder import forget_coded

    forget_coded()
    start, used = time.perf_counter(), _cpu()
    build_scorecard(turns, language="nl")
    if cpu is not None:
        cpu.append(_cpu() - used)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=2000)
    parser.add_argument("--mb", type=float, default=0.0)
    args = parser.parse_args()
    timed(transcript(20))  # load the rule book and the model once
    small = timed(transcript(args.turns, seed=1))
    large = timed(transcript(2 * args.turns, seed=2))
    print(f"{args.turns} turns: {small:.2f} s; {2 * args.turns} turns: {large:.2f} s; "
          f"ratio {large / small:.2f} (linear is 2, the bound is 3)")
    if args.mb:
        turns: list[tuple[str, str]] = []
        size, seed = 0, 3
        while size < args.mb * 1_000_000:
            batch = transcript(1000, seed=seed)
            turns += batch
            size += sum(len(t.encode()) for _, t in batch)
            seed += 1
        cpu: list[float] = []
        took = timed(turns, cpu)
        mb = size / 1e6
        print(f"{mb:.1f} MB ({len(turns)} turns): {took:.1f} s wall clock, {took / mb:.1f} s "
              f"per MB, 20 MB extrapolated: {20 * took / mb:.0f} s; CPU {cpu[0]:.1f} s "
              f"({cpu[0] / mb:.1f} s per MB, both processes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
