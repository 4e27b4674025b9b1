"""Which rules decide alone: a rule's hit gives its code even where the model does not, unless
the corpus shows the model knows better there."""

from collections import Counter

import numpy as np

from training.data import Record

Hit = tuple[str, str, bool]  # a rule, its code, and whether its sentence is short
# A rule that goes against the model fewer times is judged on nothing. These are training
# records: a line with the employee's turn before it is also trained without it, so counts twice.
MIN_OVERRULES = 5
RIGHT_ENOUGH = 0.5  # where the model says no, a rule right less often than this is overruled


def overruled(code: str, rows: list[int], pred: np.ndarray, records: list[Record],
              hits: list[list[Hit]], in_short: bool) -> list[str]:
    """The rules of `code` that are wrong more than half the time where the model, out of
    fold, does not give the code, in short sentences or in longer ones (`in_short`, see
    simulator.scoring.model.SHORT_SENTENCE): there the model knows better, so they stay
    features and decide nothing by themselves. A floor on a rule's precision over the whole
    corpus, used before, made a rule right 79.8 % of the time a feature and one right 80.7 %
    a verdict, whatever the model said."""
    fired: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for i, said in zip(rows, pred, strict=True):
        if said:
            continue
        for rule in {r for r, c, short in hits[i] if c == code and short == in_short}:
            fired[rule] += 1
            right[rule] += code in records[i].codes
    return sorted(r for r, n in fired.items()
                  if n >= MIN_OVERRULES and right[r] / n < RIGHT_ENOUGH)


def rule_says(hits: list[list[Hit]], rows: list[int], code: str,
              untrusted: dict[bool, set[str]]) -> np.ndarray:
    """Where a trusted rule gives `code`; `untrusted` holds the rules not trusted in short
    sentences (True) and in longer ones (False)."""
    return np.array([any(c == code and r not in untrusted[short] for r, c, short in hits[i])
                     for i in rows])
