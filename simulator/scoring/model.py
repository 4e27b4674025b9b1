"""The learned layer: linear classifiers per code and theme, weights shipped with the package."""

import gzip
import heapq
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain, repeat
from pathlib import Path
from typing import Any

# Feature kinds a person can read as evidence: words, word pairs and triples, first words,
# rule hits.
_READABLE = ("w:", "b:", "t:", "f:", "f2:", "sf:", "sf2:", "r:")


@lru_cache(maxsize=65536)
def _readable(feature: str) -> bool:
    """Whether a feature reads as evidence: a rule, or words that are not all function words."""
    from simulator.scoring.words import is_function_word

    if not feature.startswith(_READABLE):
        return False
    value = feature.partition(":")[2]
    return feature.startswith("r:") or not all(is_function_word(w) for w in value.split("_"))


WEIGHTS = Path(__file__).parent / "model" / "weights.json.gz"
# Where the model does not give a rule's code, the rule decides alone only if it is right
# there at least half the time on the corpus, judged apart for hits in short sentences and in
# longer ones: in a sentence of a few words the pattern is most of what is said ("Dat klopt
# niet."), in a longer one it is often a phrase inside another act.
SHORT_SENTENCE = 8  # words, as the corpus part of short turns (h) counts them


def short_at(text: str, start: int) -> bool:
    """Whether the sentence of `text` holding position `start` is short."""
    from simulator.scoring.words import sentences, tokens

    begin, end = next(((b, e) for b, e in sentences(text) if b <= start < e), (0, len(text)))
    return len(tokens(text[begin:end])) <= SHORT_SENTENCE


@dataclass(frozen=True)
class Head:
    """One binary decision: the code is given when bias + the present features' weights
    reach the threshold (a logit, so no exponent is needed to decide)."""

    bias: float
    threshold: float
    weights: dict[str, float]

    @cached_property
    def _pushing(self) -> frozenset[str]:
        return frozenset(f for f, w in self.weights.items() if w > 0)

    @cached_property
    def _rank(self) -> dict[str, tuple[bool, float, str]]:
        # The key each pushing feature is ranked by, worked out the first time it is present
        # (a long transcript asks for the evidence of thousands of turns; a new process for
        # only the features its turns hold).
        return {}

    def strongest(self, feats: set[str], most: int = 3) -> list[str]:
        """The present features that pushed hardest towards the code: words and rules before
        character grams, which say little to a reader."""
        present = feats & self._pushing
        rank, weights = self._rank, self.weights
        for f in present:
            if f not in rank:
                rank[f] = (not _readable(f), -weights[f], f)
        return [f for _, _, f in heapq.nsmallest(most, map(rank.__getitem__, present))]


@dataclass(frozen=True)
class Judgement:
    """Everything the model says of one utterance, from one pass over its features."""

    codes: dict[str, float]  # code -> probability, for the codes it gives
    margins: dict[str, float]  # code -> logit minus its threshold, for every code
    complex: bool
    generic: bool
    themes: list[str]


class Model:
    """The heads per code, the simple/complex and generic heads for reflections, and one head
    per theme; scored together as one sparse row against a dense weight matrix."""

    def __init__(self, version: str, heads: dict[str, Head], extra: dict[str, Head],
                 themes: dict[str, Head], rules_decide: frozenset[str] = frozenset(),
                 untrusted_rules: frozenset[str] = frozenset(),
                 untrusted_short: frozenset[str] = frozenset()) -> None:
        import numpy as np

        self.version = version
        self.heads = heads
        self.themes = themes
        # Codes where a trusted rule's hit decides as well as the model, and the rules that
        # are wrong too often where the model disagrees to decide alone, in longer sentences
        # and in short ones (all from training).
        self.rules_decide = rules_decide
        self.untrusted_rules = untrusted_rules
        self.untrusted_short = untrusted_short
        named = [*heads.items(), *extra.items(), *(("theme:" + t, h) for t, h in themes.items())]
        self._names = [name for name, _ in named]
        features = sorted({f for _, head in named for f in head.weights})
        # Row 0 stays zero: a feature the model does not know adds nothing.
        self._index = {f: i for i, f in enumerate(features, start=1)}
        matrix = np.zeros((len(features) + 1, len(named)), dtype=np.float64)
        for j, (_, head) in enumerate(named):
            for f, w in head.weights.items():
                matrix[self._index[f], j] = w
        self._matrix = matrix
        self._bias = np.array([h.bias for _, h in named])
        self._cut = np.array([h.threshold for _, h in named])

    def trusts(self, rule: str, code: str, short: bool) -> bool:
        untrusted = self.untrusted_short if short else self.untrusted_rules
        return code in self.rules_decide and rule not in untrusted

    def judge(self, feats: set[str]) -> Judgement:
        """One pass: the logits of every head, from the rows of the features present."""
        return self.judge_many([feats])[0]

    def judge_many(self, many: Sequence[set[str]]) -> list[Judgement]:
        """Every feature set judged in one gather and one sum per set: the same logits, added
        in the same order, as judging them one by one."""
        import numpy as np

        if not many:
            return []
        get = self._index.get
        sizes = np.fromiter(map(len, many), dtype=np.intp, count=len(many))
        rows = np.fromiter(chain.from_iterable(map(get, feats, repeat(0)) for feats in many),
                           dtype=np.intp, count=int(sizes.sum()))
        # Each set's rows in ascending order, so the weights add up in one fixed order: sorted
        # as one key, the set's number before the row's.
        height = self._matrix.shape[0]
        keys = np.repeat(np.arange(len(many), dtype=np.int64) * height, sizes) + rows
        keys.sort()
        rows = keys % height
        # Every feature set holds its language and length, so no set is empty.
        starts = np.concatenate(([0], np.cumsum(sizes[:-1])))
        logits = np.add.reduceat(self._matrix[rows], starts, axis=0) + self._bias
        given = (logits >= self._cut).tolist()
        margins = (logits - self._cut).tolist()
        return [self._judgement(values, above, margin)
                for values, above, margin in zip(logits.tolist(), given, margins, strict=True)]

    def _judgement(self, logits: list[float], above: list[bool],
                   margins: list[float]) -> Judgement:
        names, heads = self._names, self.heads
        given = {n: v for n, v, up in zip(names, logits, above, strict=True) if up}
        return Judgement(
            codes={n: 1 / (1 + math.exp(-v)) for n, v in given.items() if n in heads},
            margins={n: m for n, m in zip(names, margins, strict=True) if n in heads},
            complex="complex" in given,
            generic="generic" in given,
            themes=[n[6:] for n in names if n.startswith("theme:") and n in given],
        )


def _head(raw: dict[str, Any]) -> Head:
    return Head(float(raw["bias"]), float(raw["threshold"]),
                {k: float(v) for k, v in raw["weights"].items()})


def read_model(path: Path) -> Model:
    """A model from its gzipped JSON weights file."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        raw = json.load(handle)
    heads = {code: _head(head) for code, head in raw["heads"].items()}
    extra = {name: _head(raw[name]) for name in ("complex", "generic") if raw.get(name)}
    themes = {t: _head(h) for t, h in (raw.get("themes") or {}).items()}
    return Model(str(raw["version"]), heads, extra, themes,
                 frozenset(raw.get("rules_decide", ())), frozenset(raw.get("untrusted_rules", ())),
                 # A file from before short sentences were judged apart trusts alike in both.
                 frozenset(raw.get("untrusted_short", raw.get("untrusted_rules", ()))))


class ModelUnreadable(RuntimeError):
    """The shipped weights file is there but cannot be read: a broken installation."""


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped model, read on first use; None where the package carries no weights."""
    if not WEIGHTS.is_file():
        return None
    try:
        return read_model(WEIGHTS)
    except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelUnreadable(f"{WEIGHTS}: {type(exc).__name__}") from exc
