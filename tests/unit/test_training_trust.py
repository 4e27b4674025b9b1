"""Training's two choices made on out-of-fold results: a head's cut, and which rules decide
alone (training/cuts.py, training/trust.py; numpy only, no scikit-learn)."""

import numpy as np

from training.cuts import CUTS, NEAR_BEST, best_threshold, f_beta, near_best_middle
from training.data import Record
from training.trust import overruled, rule_says


def test_the_cut_is_the_middle_of_the_near_best_stretch_not_its_highest_point():
    # 100 positives score 2.5, 1,000 negatives -2.0 and one negative 1.95: every cut from
    # -1.9 to 1.9 lets that one through (F1 0.995), from 2.0 on none (F1 1.0).
    logits = np.array([2.5] * 100 + [-2.0] * 1000 + [1.95])
    gold = np.array([True] * 100 + [False] * 1001)
    scores = np.array([f_beta(logits >= t, gold, 1.0) for t in CUTS])
    near = CUTS[scores >= scores.max() - NEAR_BEST]
    assert near.min() == -1.9 and near.max() == 2.5
    cut = best_threshold(logits, gold, 1.0)
    # The middle, not 2.0 where the curve is highest by half a hundredth.
    assert abs(cut - (near.min() + near.max()) / 2) <= 0.1


def _record(codes: set[str]) -> Record:
    return Record("x", "nl", None, frozenset(codes), None, "f")


def test_a_rule_the_model_overrules_rightly_decides_nothing_alone_in_that_kind_of_sentence():
    # Where the model says no: "r.long" is right once in six in long sentences, "r.short"
    # five times in six in short ones; where the model says yes nothing is judged.
    # "r.yes" fires only where the model says yes, wrong every time: not judged there.
    records = ([_record({"defensive"})] + [_record(set())] * 5 + [_record({"defensive"})] * 5
               + [_record(set())] + [_record(set())] * 10)
    hits = ([[("r.long", "defensive", False)]] * 6 + [[("r.short", "defensive", True)]] * 6
            + [[("r.yes", "defensive", False)]] * 10)
    rows = list(range(len(records)))
    pred = np.array([False] * 12 + [True] * 10)
    assert overruled("defensive", rows, pred, records, hits, in_short=False) == ["r.long"]
    assert overruled("defensive", rows, pred, records, hits, in_short=True) == []
    # Another code's rules are not judged here, and too few cases judge nothing.
    assert overruled("appraisal", rows, pred, records, hits, in_short=False) == []
    assert overruled("defensive", rows[:4], pred[:4], records, hits, in_short=False) == []
    said = rule_says(hits, rows, "defensive", {False: {"r.long"}, True: set()})
    assert said.tolist() == [False] * 6 + [True] * 16


def test_the_near_best_stretch_is_the_one_around_the_best_not_every_near_best_cut():
    # Near-best at 1-5 (best at 5), a dip at 6-8, near-best again at 9-12.
    scores = [0.5, 0.80, 0.80, 0.80, 0.80, 0.805, 0.6, 0.6, 0.6, 0.80, 0.80, 0.80, 0.80]
    assert near_best_middle(scores) == 3
    # A lone best with nothing near it is its own stretch.
    assert near_best_middle([0.1, 0.9, 0.1]) == 1
