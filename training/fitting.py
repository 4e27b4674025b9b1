"""Fitting one head: two logistic regressions, out of fold, averaged into one linear head.

The corpus grew in two generations: parts a-e, and the later parts f-j. In parts f-h defences
and appraisals make up about a fifth and a sixth of the lines (parts a-e: a seventh and an
eighth; parts i and j: a sixth to a fifth and a tenth). A head fitted on everything flagged
plain reflections of a story as judgements in play; one fitted on parts a-e alone misses the
voices the later parts add. Each head is the mean of the two fits: the same as averaging their
logits, so still one weight per feature. Its cut is chosen on the averaged out-of-fold logits,
each fit's folds holding out whole corpus parts.
"""

from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from training.cuts import best_threshold, f_beta

FOLDS = 5


@dataclass(frozen=True)
class Rows:
    """The lines a head is fitted on: features, labels, what a fold holds out together, how
    much each line counts in fitting, and which lines belong to the first generation."""

    x: csr_matrix
    y: np.ndarray
    groups: list[str]
    weight: np.ndarray
    base: np.ndarray


def fit(x: csr_matrix, y: np.ndarray, c: float, weight: np.ndarray) -> LogisticRegression:
    # liblinear shuffles: a fixed seed makes the command reproducible.
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0)
    model.fit(x, y, sample_weight=weight)
    return model


def _member(rows: Rows, c: float, mask: np.ndarray) -> tuple[np.ndarray, float, np.ndarray]:
    """One fit on the masked lines: its weights, bias and a held-out logit for every line
    (out of fold for its own lines, from the whole fit for the others)."""
    own = np.flatnonzero(mask)
    x, y, weight = rows.x[own], rows.y[own], rows.weight[own]
    logits = np.zeros(len(rows.y))
    groups = [rows.groups[i] for i in own]
    for train, test in GroupKFold(FOLDS).split(x, y, groups):
        model = fit(x[train], y[train], c, weight[train])
        logits[own[test]] = model.decision_function(x[test])
    model = fit(x, y, c, weight)
    rest = np.flatnonzero(~mask)
    if len(rest):
        logits[rest] = model.decision_function(rows.x[rest])
    return model.coef_[0], float(model.intercept_[0]), logits


def head(rows: Rows, beta: float, cs: list[float], vocab: list[str],
         least: float) -> tuple[dict, np.ndarray]:  # type: ignore[type-arg]
    """The averaged head with the regularisation and cut that do best out of fold, and its
    out-of-fold decisions; weights under `least` are left out."""
    everything = np.ones(len(rows.y), dtype=bool)
    best: tuple[float, float, float, np.ndarray, np.ndarray, float] | None = None
    for c in cs:
        # Where every line is of the first generation the two fits are one.
        masks = [everything] if rows.base.all() else [rows.base, everything]
        fits = [_member(rows, c, mask) for mask in masks
                if rows.y[mask].any() and not rows.y[mask].all()]
        assert fits, "a head needs lines with and without its label"
        logits = np.mean([logit for _, _, logit in fits], axis=0)
        cut = best_threshold(logits, rows.y, beta)
        score = f_beta(logits >= cut, rows.y, beta)
        if best is None or score > best[0]:
            coef = np.mean([w for w, _, _ in fits], axis=0)
            bias = float(np.mean([b for _, b, _ in fits]))
            best = (score, cut, c, logits >= cut, coef, bias)
    assert best is not None
    _, cut, c, pred, coef, bias = best
    weights = {vocab[j]: round(float(w), 4) for j, w in enumerate(coef) if abs(w) >= least}
    return {"bias": round(bias, 4), "threshold": cut, "c": c, "weights": weights}, pred
