"""The decision cut of a head: where its out-of-fold logits are turned into yes or no."""

import numpy as np


def f_beta(pred: np.ndarray, gold: np.ndarray, beta: float) -> float:
    tp = float(np.sum(pred & gold))
    p = tp / max(float(np.sum(pred)), 1.0)
    r = tp / max(float(np.sum(gold)), 1.0)
    return (1 + beta**2) * p * r / max(beta**2 * p + r, 1e-9)


# Out of fold, F-beta is flat near its best: over a logit or more it moves by a few thousandths,
# and its highest point moved by 1.3 logits (promise) when 1,356 lines were added. The cut is
# the middle of the stretch around the best whose F-beta is within this much of it.
NEAR_BEST = 0.01
CUTS = np.linspace(-3, 3, 61)


def near_best_middle(scores: list[float]) -> int:
    """The index in the middle of the stretch around the best score whose scores are all
    within NEAR_BEST of it (the first best where several tie)."""
    top = int(np.argmax(scores))
    low = high = top
    while low > 0 and scores[low - 1] >= scores[top] - NEAR_BEST:
        low -= 1
    while high < len(scores) - 1 and scores[high + 1] >= scores[top] - NEAR_BEST:
        high += 1
    return (low + high) // 2


def best_threshold(logits: np.ndarray, gold: np.ndarray, beta: float) -> float:
    """The logit cut in the middle of the near-best stretch of F-beta on out-of-fold scores:
    as good as the single best cut, and it stays where it is when the data grow a little."""
    return float(CUTS[near_best_middle([f_beta(logits >= t, gold, beta) for t in CUTS])])
