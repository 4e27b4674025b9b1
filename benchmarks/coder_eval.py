"""Recall and precision of the coder per code and language, next to the rules alone.

    python benchmarks/coder_eval.py [--checkset] [--annomi] [--speed] [--misses CODE]

On training/devtest/ (frozen, written apart from the rules and the corpus, never trained or
tuned on), with --checkset also on training/checkset (four more writers, never trained or tuned
on) and, with --annomi, on the AnnoMI development split (the learned layer was trained
on it: in-sample figures).
"""

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.scoring.coder import code_utterance  # noqa: E402
from simulator.scoring.codes import CODES  # noqa: E402
from simulator.scoring.rules import rule_evidence  # noqa: E402
from training.data import (  # noqa: E402
    THEMES_DEVTEST,
    Record,
    checkset,
    devtest,
    read_annomi,
    read_themes,
)


def rules_only(rec: Record) -> set[str]:
    return {e.code for e in rule_evidence(rec.text, rec.lang, rec.prev)}


def full(rec: Record) -> set[str]:
    return set(code_utterance(rec.text, rec.lang, rec.prev).codes)


Tally = Counter[tuple[str, str, bool, bool]]  # (lang, code, in gold, given) -> count


def tally(records: list[Record], coder) -> Tally:  # type: ignore[no-untyped-def]
    counts: Tally = Counter()
    for rec in records:
        got = coder(rec)
        for code in CODES:
            if rec.known is not None and code not in rec.known:
                continue
            counts[(rec.lang, code, code in rec.codes, code in got)] += 1
    return counts


def pr(counts: Tally, lang: str, code: str) -> tuple[float, float, int]:
    tp, fp = counts[(lang, code, True, True)], counts[(lang, code, False, True)]
    fn = counts[(lang, code, True, False)]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, tp + fn


def table(records: list[Record], title: str) -> None:
    new, old = tally(records, full), tally(records, rules_only)
    exact_new = sum(full(r) == set(r.codes) for r in records if r.known is None)
    exact_old = sum(rules_only(r) == set(r.codes) for r in records if r.known is None)
    print(f"\n{title}: {len(records)} utterances")
    print(f"{'code':16} lang  n    rules P/R      coder P/R")
    langs = sorted({r.lang for r in records}, reverse=True)
    for code in CODES:
        for lang in langs:
            p0, r0, n = pr(old, lang, code)
            p1, r1, _ = pr(new, lang, code)
            if n:
                print(f"{code:16} {lang}  {n:4} {p0:.2f}/{r0:.2f}      {p1:.2f}/{r1:.2f}")
    if exact_new or exact_old:
        full_n = sum(r.known is None for r in records)
        print(f"exactly right: rules {exact_old / full_n:.0%}, coder {exact_new / full_n:.0%}")


def misses(records: list[Record], code: str) -> None:
    for rec in records:
        got = full(rec)
        if (code in rec.codes) != (code in got):
            kind = "missed" if code in rec.codes else "false"
            print(f"{kind:6} {rec.lang} {sorted(got)} | {rec.text} | prev: {rec.prev}")


def themes_table() -> None:
    """Theme detection on the frozen theme dev-test set: keywords alone against the coder."""
    from simulator.scoring.themes import detect_themes, keyword_themes
    from simulator.vocabulary import THEMES

    records = read_themes(sorted(THEMES_DEVTEST.glob("*.jsonl")))
    if not records:
        return
    print(f"\nthemes, frozen dev-test (training/themes-devtest): {len(records)} utterances")
    print(f"{'theme':16} lang  n    keywords P/R   coder P/R")
    for theme in THEMES:
        for lang in ("nl", "en"):
            rows = [r for r in records if r.lang == lang]
            gold = [theme in (r.themes or ()) for r in rows]
            cells = []
            for detect in (keyword_themes, lambda t, lg, p: detect_themes(t, lg, p)):
                got = [theme in (detect(r.text, r.lang, r.prev) if detect is not keyword_themes
                                 else keyword_themes(r.text, r.lang)) for r in rows]
                tp = sum(g and p for g, p in zip(gold, got, strict=True))
                cells.append(f"{tp / max(sum(got), 1):.2f}/{tp / max(sum(gold), 1):.2f}")
            print(f"{theme:16} {lang}  {sum(gold):4} {cells[0]}      {cells[1]}")


def speed(records: list[Record]) -> None:
    """Utterances coded per second, each one really coded: the memo of coded turns and what
    was worked out per text are emptied before every pass (word stems stay cached, as in a
    long session). CPU time of this process and wall-clock time: the rule book alone, with
    its acts, and the whole coder one by one and as a batch."""
    from simulator.scoring.acts import rule_acts
    from simulator.scoring.coder import code_many, forget_coded

    items = [(r.text, r.lang, r.prev) for r in records]
    code_many(items)  # the rule book, the model and the word stems, loaded once
    for name, run in (("rules alone", lambda: [rule_evidence(*i) for i in items]),
                      ("rules and acts", lambda: [(rule_evidence(*i), rule_acts(*i[:2]))
                                                  for i in items]),
                      ("one by one", lambda: [code_utterance(*i) for i in items]),
                      ("as a batch", lambda: code_many(items))):
        best_cpu = best_wall = float("inf")
        for _ in range(3):
            forget_coded()
            cpu, wall = time.process_time(), time.perf_counter()
            run()
            best_cpu = min(best_cpu, time.process_time() - cpu)
            best_wall = min(best_wall, time.perf_counter() - wall)
        print(f"speed, {name}: {len(items) / best_cpu:,.0f} utterances/s of CPU time, "
              f"{len(items) / best_wall:,.0f}/s wall clock ({len(items)} distinct, best of 3)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--annomi", action="store_true", help="also the AnnoMI dev split")
    parser.add_argument("--checkset", action="store_true", help="also the check set")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--misses", metavar="CODE", help="list the dev-test errors for CODE")
    args = parser.parse_args()
    records = devtest()
    if args.misses:
        misses(records, args.misses)
        return 0
    table(records, "frozen dev-test (training/devtest)")
    if args.checkset:
        table(checkset(), "check set (training/checkset: four more blind writers, codes agreed "
                          "with a second blind annotation, never trained or tuned on)")
    if args.annomi:
        table(read_annomi(), "AnnoMI dev split (in-sample for the learned layer)")
    themes_table()
    if args.speed:
        speed(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
