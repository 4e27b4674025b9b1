"""Evidence for a code the learned layer gave: the sentence holding its strongest features,
and those features as a reader can follow them ("model: 'ownership', rule en.advice.should")."""

from simulator.scoring.coded import Evidence
from simulator.scoring.words import sentences


def _readable(feature: str) -> str:
    kind, _, value = feature.partition(":")
    if kind == "b":
        return "'" + value.replace("_", " ") + "'"
    if kind in ("w", "t", "f", "f2", "sf", "sf2", "s"):
        return "'" + value.replace("_", " ") + "'"
    if kind == "ps":
        return "after '" + value + "…'"
    if kind == "c":
        return "'…" + value.strip() + "…'"
    if kind == "r":
        return "rule " + value
    return feature


def model_evidence(text: str, code: str, strongest: list[str],
                    within: tuple[int, int] | None = None) -> Evidence:
    """Evidence for a code only the model gave: the sentence holding its strongest word."""
    low = text.lower()
    spans = [within] if within else (sentences(text) or [(0, len(text))])
    start, end = spans[-1]
    for feature in strongest:
        kind, _, value = feature.partition(":")
        if kind not in ("w", "b", "t", "f", "f2", "sf", "sf2", "c"):
            continue
        pos = low.find(value.replace("_", " ").strip())
        if pos >= 0:
            start, end = next(((s, e) for s, e in spans if s <= pos < e), (start, end))
            break
    label = ", ".join(dict.fromkeys(_readable(f) for f in strongest)) or "bias"
    return Evidence(code, text[start:end], f"model: {label}", start, end)
