"""Measure the utterance coder against AnnoMI expert labels, and `staysim code` speed."""

import argparse
import csv
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from simulator.scoring import code_utterance

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "annomi" / "annomi-dev.csv"


def load(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    prev: dict[str, str] = {}
    items = []
    for row in rows:
        tid = row["transcript_id"]
        if row["interlocutor"] == "client":
            prev[tid] = row["utterance_text"]
            continue
        items.append({**row, "prev": prev.get(tid, "")})
    return items


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def kappa(pairs: list[tuple[str, str]]) -> float:
    n = len(pairs)
    if not n:
        return 0.0
    agree = sum(a == b for a, b in pairs) / n
    gold, pred = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(gold[k] * pred[k] for k in gold) / (n * n)
    return (agree - chance) / (1 - chance) if chance < 1 else 0.0


def measure(items: list[dict[str, str]], show: int = 0) -> dict[str, float]:
    q = Counter()  # type: Counter[str]
    r = Counter()  # type: Counter[str]
    subtype: list[tuple[str, str]] = []
    shown = Counter()  # type: Counter[str]
    start = time.perf_counter()
    for row in items:
        coded = code_utterance(row["utterance_text"], "en", row["prev"] or None)
        codes = set(coded.codes)
        is_q = bool(codes & {"open_question", "closed_question"})
        gold_q = row["question_exists"] == "True"
        q[("t" if gold_q else "f") + ("p" if is_q else "n")] += 1
        is_r = "reflection" in codes
        gold_r = row["reflection_exists"] == "True"
        r[("t" if gold_r else "f") + ("p" if is_r else "n")] += 1
        if gold_q and is_q:
            pred = "open" if "open_question" in codes else "closed"
            subtype.append((row["question_subtype"], pred))
            if pred != row["question_subtype"] and shown["oc"] < show:
                shown["oc"] += 1
                print(f"  [{row['question_subtype']} as {pred}] {row['utterance_text'][:150]}")
        if show and gold_r != is_r and shown["r" + str(gold_r)] < show:
            shown["r" + str(gold_r)] += 1
            print(f"  [refl {gold_r} as {is_r}] {row['utterance_text'][:150]}")
    seconds = time.perf_counter() - start
    # Keys are gold (t/f) then predicted (p/n): "tn" is a miss, "fp" a false alarm.
    qp, qr, qf = f1(q["tp"], q["fp"], q["tn"])
    rp, rr, rf = f1(r["tp"], r["fp"], r["tn"])
    acc = sum(a == b for a, b in subtype) / len(subtype) if subtype else 0.0
    return {
        "utterances": len(items),
        "question_precision": qp, "question_recall": qr, "question_f1": qf,
        "open_closed_accuracy": acc, "open_closed_kappa": kappa(subtype),
        "open_closed_n": len(subtype),
        "reflection_precision": rp, "reflection_recall": rr, "reflection_f1": rf,
        "coder_utterances_per_second": len(items) / seconds if seconds else 0.0,
    }


def cli_speed(path: Path) -> tuple[int, float]:
    """Wall clock of `staysim code` over every utterance of the file, start-up included."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [json.dumps({"text": row["utterance_text"], "lang": "en"}) for row in
                 csv.DictReader(handle)]
    data = ("\n".join(lines) + "\n").encode()
    exe = Path(sys.executable).with_name("staysim")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "simulator"]
    start = time.perf_counter()
    done = subprocess.run([*command, "code"], input=data, capture_output=True, check=True)
    seconds = time.perf_counter() - start
    assert done.stdout.count(b"\n") == len(lines)
    return len(lines), seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=0, help="print N disagreements per kind")
    parser.add_argument("--no-cli", action="store_true", help="skip the `staysim code` timing")
    args = parser.parse_args()
    result = measure(load(args.csv), args.show)
    print(f"AnnoMI {args.csv.name}: {result['utterances']} therapist utterances")
    print(f"question detection   P {result['question_precision']:.3f}  "
          f"R {result['question_recall']:.3f}  F1 {result['question_f1']:.3f}  (target >= 0.88)")
    print(f"open vs closed       accuracy {result['open_closed_accuracy']:.3f} (>= 0.72)  "
          f"kappa {result['open_closed_kappa']:.3f} (>= 0.45)  n={result['open_closed_n']}")
    print(f"reflection detection P {result['reflection_precision']:.3f}  "
          f"R {result['reflection_recall']:.3f}  F1 {result['reflection_f1']:.3f}  (>= 0.55)")
    print(f"coder speed          {result['coder_utterances_per_second']:,.0f} utterances/s")
    if not args.no_cli:
        lines, seconds = cli_speed(args.csv)
        print(f"staysim code         {lines} lines in {seconds:.2f} s wall clock (target < 2 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
