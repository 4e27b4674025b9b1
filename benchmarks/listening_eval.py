"""Does the offline employee hear a reflection for what it is? Read on the labelled corpus.

    python benchmarks/listening_eval.py [--corpus]

Every manager line labelled a reflection, with the employee's turn before it, is coded and read
as the director reads it (`engine.listening`). Per language and set:
- specific: lines the writers call specific (not generic), and how they are heard: accurate
  (their content given back), own words (specific, but nothing of theirs to check it against),
  generic, off, or not heard as a reflection at all;
- generic: lines the writers call generic, and the share heard as generic;
- swapped: each specific line put after another employee turn of the same writer, and the
  share still heard as accurate (a false "you got it") and as in own words (what word overlap
  cannot tell from a paraphrase).
The corpus is what the content check was developed on; the dev-test set is frozen.
"""

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.engine.listening import read_listening  # noqa: E402
from simulator.scoring.coder import code_many  # noqa: E402
from training.data import Record, corpus, devtest  # noqa: E402

KINDS = ("accurate", "own_words", "generic", "off", "other")


def _heard(records: list[Record]) -> Counter[str]:
    coded = code_many([(r.text, r.lang, r.prev) for r in records])
    kinds: Counter[str] = Counter()
    for record, item in zip(records, coded, strict=True):
        kind = read_listening(item, record.prev, []).kind
        kinds[kind if kind in KINDS and "reflection" in item.codes else "other"] += 1
    return kinds


def _swapped(records: list[Record]) -> list[Record]:
    rng = random.Random(1)
    by_writer: dict[str, list[str]] = {}
    for r in records:
        by_writer.setdefault(r.source, []).append(r.prev or "")
    out = []
    for r in records:
        others = [p for p in by_writer[r.source] if p != r.prev]
        if others:
            out.append(Record(r.text, r.lang, rng.choice(others), r.codes, r.known, r.family,
                              r.complex, r.generic, source=r.source))
    return out


def _row(name: str, lang: str, records: list[Record]) -> str:
    mine = [r for r in records if r.lang == lang and r.prev and "reflection" in r.codes]
    specific = [r for r in mine if r.generic is False]
    generic = [r for r in mine if r.generic is True]
    heard = _heard(specific)
    share = {k: heard[k] / len(specific) for k in KINDS}
    generic_heard = _heard(generic)["generic"] / len(generic) if generic else float("nan")
    swapped = _swapped(specific)
    after_other = _heard(swapped)
    false, own = (after_other[k] / len(swapped) for k in ("accurate", "own_words"))
    cells = " ".join(f"{share[k]:>9.2f}" for k in KINDS)
    return (f"{name:9} {lang:3} {len(specific):>5} {cells} {len(generic):>6} "
            f"{generic_heard:>8.2f} {false:>8.2f} {own:>8.2f}")


def main() -> int:
    sets = [("corpus", corpus())]
    if "--corpus" not in sys.argv[1:]:  # while developing: leave the frozen set unread
        sets.append(("dev-test", devtest()))
    print(f"{'set':9} {'lng':3} {'spec':>5} " + " ".join(f"{k:>9}" for k in KINDS)
          + f" {'gener':>6} {'heard':>8} {'swapped':>8} {'own':>8}")
    for name, records in sets:
        for lang in ("nl", "en"):
            print(_row(name, lang, records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
