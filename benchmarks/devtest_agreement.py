"""How far two annotations of the frozen dev-test set agree, and how far the coder agrees with each.

    python benchmarks/devtest_agreement.py

The dev-test lines were labelled by their writers (`training/devtest/`); a second annotator,
given only the guidelines, the source text and each line with the employee's turn before it,
labelled them again blind (`training/devtest-second/`). Per code and language this prints the
second annotator's precision and recall against the writers' labels, Cohen's kappa between
the two annotations, and the coder's kappa with each.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coder_annomi import kappa as annomi_kappa  # noqa: E402

from simulator.scoring.codes import CODES  # noqa: E402

FIRST = ROOT / "training" / "devtest"
SECOND = ROOT / "training" / "devtest-second"


def read(path: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {row["id"]: row for row in rows}


def kappa(a: list[bool], b: list[bool]) -> float:
    """Cohen's kappa of two yes/no labellings of the same lines."""
    return annomi_kappa(list(zip(a, b, strict=True)))


def precision_recall(got: list[bool], gold: list[bool]) -> tuple[float, float]:
    tp = sum(g and w for g, w in zip(got, gold, strict=True))
    return tp / max(sum(got), 1), tp / max(sum(gold), 1)


def coded(rows: dict[str, dict]) -> dict[str, set[str]]:  # type: ignore[type-arg]
    from simulator.scoring.coder import code_many

    ids = list(rows)
    found = code_many([(rows[i]["text"], rows[i]["lang"], rows[i]["prev"]) for i in ids])
    return {i: set(c.codes) for i, c in zip(ids, found, strict=True)}


def main() -> int:
    print("code             lang  n1   n2  2nd P/R    kappa 1-2  coder-1  coder-2")
    exact = {}
    for lang in ("nl", "en"):
        second_path = SECOND / f"{lang}.jsonl"
        if not second_path.is_file():
            print(f"{lang}: no second annotation in {second_path}")
            continue
        first, second = read(FIRST / f"{lang}.jsonl"), read(second_path)
        if set(first) != set(second):
            print(f"{lang}: the second annotation does not cover the same lines")
            return 1
        ids = list(first)
        coder = coded(first)
        for code in CODES:
            one = [code in first[i]["codes"] for i in ids]
            two = [code in second[i]["codes"] for i in ids]
            by_coder = [code in coder[i] for i in ids]
            p, r = precision_recall(two, one)
            print(f"{code:16} {lang}   {sum(one):3}  {sum(two):3}  {p:.2f}/{r:.2f}   "
                  f"{kappa(one, two):.2f}       {kappa(one, by_coder):.2f}     "
                  f"{kappa(two, by_coder):.2f}")
        exact[lang] = (
            sum(set(first[i]["codes"]) == set(second[i]["codes"]) for i in ids) / len(ids),
            sum(set(first[i]["codes"]) == coder[i] for i in ids) / len(ids),
        )
    for lang, (annotators, machine) in exact.items():
        print(f"{lang}: the two annotations give exactly the same codes on {annotators:.0%} of "
              f"the lines; the coder and the writers on {machine:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
