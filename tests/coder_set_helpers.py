"""Reads and scores the round-4 development and held-out sets of manager utterances."""

from collections import defaultdict
from pathlib import Path

from simulator.scoring import build_scorecard, code_utterance

DATA = Path(__file__).parent / "data" / "coder"


def rows(name: str, lang: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    out = []
    for line in (DATA / f"{name}_{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        item, expect, turns = line.split("|", 2)
        pairs = []
        for part in turns.split(" || "):
            who, text = part.split(":", 1)
            pairs.append(("manager" if who.strip() == "M" else "employee", text.strip()))
        out.append((item, expect, pairs))
    return out


def holds(expect: str, pairs: list[tuple[str, str]], lang: str) -> bool:
    last = max(i for i, (s, _) in enumerate(pairs) if s == "manager")
    prev = pairs[last - 1][1] if last and pairs[last - 1][0] == "employee" else None
    kind, _, what = expect.partition(":")
    if kind in ("code", "not"):
        codes = code_utterance(pairs[last][1], lang, prev=prev).codes
        if kind == "not":
            return what not in codes
        return what in codes and (what != "promise" or "commitment" not in codes)
    card = build_scorecard(pairs, language=lang)
    if kind == "nofinding":
        return not any(f.code == what and f.turn == last for f in card.findings)
    if kind == "missed":
        return any(f.code == "missed_signal" and f.turn == last for f in card.findings)
    if kind in ("act", "noact"):
        ticked = card.actions.model_dump()
        return all(ticked[k] == (kind == "act") for k in what.split(","))
    explored = card.coverage.explored
    assert isinstance(explored, list)
    return (what in explored) == (kind == "theme")


def accuracy(name: str, lang: str) -> dict[str, tuple[int, int, list[str]]]:
    """Per review item: (right, total, the lines that failed)."""
    tally: dict[str, list] = defaultdict(lambda: [0, 0, []])
    for item, expect, pairs in rows(name, lang):
        ok = holds(expect, pairs, lang)
        tally[item][0] += ok
        tally[item][1] += 1
        if not ok:
            tally[item][2].append(f"{expect} | {pairs}")
    return {k: (v[0], v[1], v[2]) for k, v in sorted(tally.items())}


if __name__ == "__main__":
    import sys

    name = sys.argv[1] if len(sys.argv) > 1 else "dev_round4"
    for lang in ("nl", "en"):
        for item, (right, total, failed) in accuracy(name, lang).items():
            print(f"{name} {lang} item {item}: {right}/{total}")
            for f in failed if "-v" in sys.argv else []:
                print("   ", f)
