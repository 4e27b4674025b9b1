"""The learned layer: one linear classifier per code, weights shipped with the package."""

import gzip
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

# Feature kinds a person can read as evidence: words, word pairs, first words, rule hits.
_READABLE = ("w:", "b:", "f:", "f2:", "sf:", "sf2:", "r:")


def _readable(feature: str) -> bool:
    """Whether a feature reads as evidence: a rule, or words that are not all function words."""
    from simulator.scoring.words import is_function_word

    if not feature.startswith(_READABLE):
        return False
    value = feature.partition(":")[2]
    return feature.startswith("r:") or not all(is_function_word(w) for w in value.split("_"))


WEIGHTS = Path(__file__).parent / "model" / "weights.json.gz"


@dataclass(frozen=True)
class Head:
    """One binary decision: the code is given when bias + the present features' weights
    reach the threshold (a logit, so no exponent is needed to decide)."""

    bias: float
    threshold: float
    weights: dict[str, float]

    def logit(self, feats: set[str]) -> float:
        get = self.weights.get
        return self.bias + sum(map(get, feats, repeat(0.0, len(feats))))

    def strongest(self, feats: set[str], most: int = 3) -> list[str]:
        """The present features that pushed hardest towards the code: words and rules before
        character grams, which say little to a reader."""
        scored = [(not _readable(f), -w, f) for f in feats
                  if (w := self.weights.get(f, 0.0)) > 0]
        scored.sort()
        return [f for _, _, f in scored[:most]]


@dataclass(frozen=True)
class Model:
    """The heads per code, and for reflections the simple/complex and generic heads."""

    version: str
    heads: dict[str, Head]
    complex: Head | None
    generic: Head | None
    # Codes where a trusted rule's hit decides as well as the model, and the rules that are
    # wrong too often on the corpus to decide anything alone (both measured in training).
    rules_decide: frozenset[str] = frozenset()
    untrusted_rules: frozenset[str] = frozenset()
    themes: dict[str, Head] | None = None  # one head per stay-interview theme

    def decide_themes(self, feats: set[str]) -> list[str]:
        """The themes the utterance asks about or reflects, in their fixed order."""
        heads = self.themes or {}
        return [t for t, head in heads.items() if head.logit(feats) >= head.threshold]

    def trusts(self, rule: str, code: str) -> bool:
        return code in self.rules_decide and rule not in self.untrusted_rules

    def decide(self, feats: set[str]) -> dict[str, float]:
        """The codes the model gives, each with its probability."""
        out: dict[str, float] = {}
        for code, head in self.heads.items():
            logit = head.logit(feats)
            if logit >= head.threshold:
                out[code] = 1 / (1 + math.exp(-logit))
        return out

    def is_complex(self, feats: set[str]) -> bool:
        return self.complex is not None and self.complex.logit(feats) >= self.complex.threshold

    def is_generic(self, feats: set[str]) -> bool:
        """A reflection that would fit any story ("Dat klinkt zwaar", "I hear you")."""
        return self.generic is not None and self.generic.logit(feats) >= self.generic.threshold


def _head(raw: dict) -> Head:  # type: ignore[type-arg]
    return Head(float(raw["bias"]), float(raw["threshold"]),
                {k: float(v) for k, v in raw["weights"].items()})


def read_model(path: Path) -> Model:
    """A model from its gzipped JSON weights file."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        raw = json.load(handle)
    heads = {code: _head(head) for code, head in raw["heads"].items()}
    complex_head = _head(raw["complex"]) if raw.get("complex") else None
    generic_head = _head(raw["generic"]) if raw.get("generic") else None
    themes = {t: _head(h) for t, h in raw["themes"].items()} if raw.get("themes") else None
    return Model(str(raw["version"]), heads, complex_head, generic_head,
                 frozenset(raw.get("rules_decide", ())), frozenset(raw.get("untrusted_rules", ())),
                 themes)


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped model, read on first use; None where the package carries no weights."""
    if not WEIGHTS.is_file():
        return None
    return read_model(WEIGHTS)
