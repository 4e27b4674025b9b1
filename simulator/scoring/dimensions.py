"""The scorecard's dimensions: each scored 0..100 against its goal, labelled and weighted."""

from collections.abc import Sequence
from typing import Any

from simulator.domain.scenario import DIMENSIONS, Rubric
from simulator.domain.scorecard import Actions, Dimension, Disclosures, Metrics
from simulator.language import LANGS
from simulator.locale import t
from simulator.locale.words import dimension_words
from simulator.scoring.learned import learned_score, learned_share

DEFAULT_WEIGHTS: dict[str, float] = {
    "listening": 15,
    "open_questions": 10,
    "reflections": 15,
    "coverage": 10,
    "no_defence": 15,
    "no_promises": 10,
    "actions": 10,
    # What the conversation is for: only where the employee is simulated (see learned.py).
    "learned": 15,
}
COMPLEX_GOOD = 0.5  # MITI 4.2.1: 40 % complex reflections is fair, 50 % good
TALK_SHARE_GOOD = 0.30  # full marks at or below: SHRM advises listening ~80% of the time
TALK_SHARE_BAD = 0.70  # zero at or above
OPEN_SHARE_TARGET = 0.70
REFLECTION_FAIR, REFLECTION_GOOD = 1.0, 2.0  # MITI 4.2.1 reflection-to-question ratio
THEMES_TARGET = 5  # explored themes for full marks; all eight are not required
# A stay interview needs room: behaviour dimensions count in full from this many manager
# turns and proportionally less below it, so a two-question chat cannot score as a good talk.
FULL_EVIDENCE_TURNS = 6
BEHAVIOUR_DIMENSIONS = (
    "listening", "open_questions", "reflections", "no_defence", "no_promises"
)

# The dimensions' names in each language, for screens that list them by id.
LABELS = {lang: {name: t(f"dim.{name}", lang) for name in DEFAULT_WEIGHTS} for lang in LANGS}


def dimension_rows(
    metrics: Metrics, explored: int, actions: Actions, language: str,
    rubric: Rubric | None = None, manager_turns: int | None = None,
    disclosures: Disclosures | None = None,
) -> list[Dimension]:
    """Each rubric dimension scored 0..100 against its target, with its weight.

    With `manager_turns` below FULL_EVIDENCE_TURNS the behaviour dimensions are scaled by
    manager_turns / FULL_EVIDENCE_TURNS: too short a conversation shows too little.
    """
    weights = dict(DEFAULT_WEIGHTS)
    if rubric is not None:
        weights.update(rubric.weights)
    rows = _raw_scores(metrics, explored, actions, disclosures)
    lang = language if language in LANGS else "nl"
    evidence = 1.0
    if manager_turns is not None:
        evidence = min(1.0, manager_turns / FULL_EVIDENCE_TURNS)
    short = {"turns": manager_turns, "full": FULL_EVIDENCE_TURNS} if evidence < 1.0 else {}
    for name in BEHAVIOUR_DIMENSIONS:
        rows[name] = (rows[name][0] * evidence, rows[name][1])
    result = []
    for name in DIMENSIONS:
        if name not in rows:
            continue
        values = {**_numbers(name, metrics), **(short if name in BEHAVIOUR_DIMENSIONS else {})}
        value = rows[name][1]
        result.append(Dimension(
            name=name, score=round(rows[name][0]), target=100, value=value,
            weight=weights[name], values=values, **dimension_words(name, value, values, lang),
        ))
    return result


def _numbers(name: str, metrics: Metrics) -> dict[str, Any]:
    """The numbers a dimension's goal and measured value are told with, beside its value."""
    if name == "listening":
        if metrics.talk_share_basis == "seconds":  # a voice session: say it counts seconds
            return {"goal": TALK_SHARE_GOOD, "basis": "seconds",
                    "manager": metrics.manager_speaking_seconds,
                    "total": (metrics.manager_speaking_seconds or 0.0)
                    + (metrics.employee_speaking_seconds or 0.0)}
        return {"goal": TALK_SHARE_GOOD}
    if name == "open_questions":
        return {"goal": OPEN_SHARE_TARGET, "open": metrics.open_questions,
                "asked": metrics.open_questions + metrics.closed_questions}
    if name == "reflections":
        return {"count": metrics.reflections, "accurate": metrics.accurate_reflections,
                "generic": metrics.generic_reflections}
    if name == "coverage":
        return {"goal": THEMES_TARGET}
    if name == "no_defence":
        return {"defensive": metrics.defensive, "appraisal": metrics.appraisal}
    return {}


def dimensions(
    metrics: Metrics, explored: int, actions: Actions, language: str,
    rubric: Rubric | None = None, manager_turns: int | None = None,
    disclosures: Disclosures | None = None,
) -> list[dict[str, Any]]:
    """The dimension rows as the scorecard JSON holds them (see `dimension_rows`)."""
    rows = dimension_rows(metrics, explored, actions, language, rubric, manager_turns,
                          disclosures)
    return [row.model_dump() for row in rows]


def weighted_score(dims: Sequence[Dimension]) -> int:
    """The scores averaged by weight; 0 when every weight is 0."""
    total = sum(float(d.weight) for d in dims)
    if total <= 0:
        return 0
    return round(sum(float(d.score) * float(d.weight) for d in dims) / total)


def _raw_scores(
    metrics: Metrics, explored: int, actions: Actions, disclosures: Disclosures | None
) -> dict[str, tuple[float, Any]]:
    """Per dimension its score before the short-conversation scaling, and its measured value."""
    share = metrics.manager_talk_share
    span = TALK_SHARE_BAD - TALK_SHARE_GOOD
    listening = 100.0 * min(1.0, max(0.0, (TALK_SHARE_BAD - share) / span))
    listening = max(0.0, listening - 10.0 * metrics.advice)
    open_share = metrics.open_question_share
    open_score = 0.0 if open_share is None else 100.0 * min(1.0, open_share / OPEN_SHARE_TARGET)
    done = sum(actions.model_dump().values())
    flagged = metrics.defensive + metrics.appraisal
    rows: dict[str, tuple[float, Any]] = {
        "listening": (listening, share),
        "open_questions": (open_score, open_share),
        "reflections": (_reflection_score(metrics), metrics.reflection_to_question),
        "coverage": (100.0 * min(1.0, explored / THEMES_TARGET), explored),
        "no_defence": (_halving(flagged), flagged),
        "no_promises": (_halving(metrics.promises), metrics.promises),
        "actions": (25.0 * done, done),
    }
    learned = learned_score(disclosures)
    if learned is not None and disclosures is not None:
        rows["learned"] = (learned, round(learned_share(disclosures), 3))
    return rows


def _halving(count: int) -> float:
    return 100.0 * 0.5**count


def _reflection_score(metrics: Metrics) -> float:
    """Reflections that give back what was said, per question (MITI 4.2.1: 1 fair, 2 good),
    and the share of complex ones; a formula that fits any story earns nothing."""
    asked = metrics.open_questions + metrics.closed_questions
    judged = metrics.accurate_reflections + metrics.generic_reflections
    # Reflections the content check did not judge (no model shipped) count as they are.
    counted = metrics.accurate_reflections + max(0, metrics.reflections - judged)
    ratio = counted / asked if asked else (float(REFLECTION_GOOD) if counted else 0.0)
    base = 70.0 * min(1.0, ratio / REFLECTION_FAIR) + 30.0 * min(
        1.0, max(0.0, ratio - REFLECTION_FAIR) / (REFLECTION_GOOD - REFLECTION_FAIR))
    share = metrics.complex_reflection_share
    if share is None:
        return base
    return 0.8 * base + 20.0 * min(1.0, share / COMPLEX_GOOD) * min(1.0, ratio)
