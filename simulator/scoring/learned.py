"""What the manager learned: the facts the employee shared, weighted by depth."""

from simulator.domain.scorecard import Disclosures

LEAVE_WEIGHT = 2.0  # why someone might leave is what a stay interview is for
LEARNED_TARGET = 0.5  # full marks at half the weighted depth: nobody hears everything at once


def learned_share(disclosures: Disclosures) -> float:
    """The depth-weighted share of the employee's inner life the manager heard, 0..1."""
    if not disclosures.total:
        return 0.0
    got = want = 0.0
    for fact_id, deepest in disclosures.max_depth.items():
        weight = LEAVE_WEIGHT if fact_id in disclosures.leave else 1.0
        want += weight * deepest
        got += weight * min(disclosures.depth.get(fact_id, 0), deepest)
    if not want:  # an older record without depths: facts only
        return len(disclosures.revealed) / disclosures.total
    return got / want


def learned_score(disclosures: Disclosures | None) -> float | None:
    """0..100, or None where nothing was simulated (a scored real conversation)."""
    if disclosures is None:
        return None
    return 100.0 * min(1.0, learned_share(disclosures) / LEARNED_TARGET)


def learned_enough(disclosures: Disclosures | None, needs: str) -> bool:
    """Whether the rubric's requirement on what was learned is met."""
    if disclosures is None or needs == "nothing" or not disclosures.total:
        return True
    half = 2 * len(disclosures.revealed) >= disclosures.total
    leave = any(f in disclosures.revealed for f in disclosures.leave)
    return {"half_facts": half, "leave": leave}.get(needs, half or leave)
