"""The pass rules: why a session does not pass yet, each with a reason code and its sentence."""

from dataclasses import dataclass
from typing import Any, Literal

from simulator.domain.scenario import Rubric
from simulator.domain.scorecard import Actions, Disclosures, Metrics
from simulator.locale.words import blocker_text
from simulator.scoring.dimensions import FULL_EVIDENCE_TURNS
from simulator.scoring.learned import learned_enough

BlockerCode = Literal[
    "below_pass_mark",
    "too_short",
    "talked_too_much",
    "hollow_promise",
    "too_few_agreements",
    "learned_too_little",
    "gave_nothing_back",
]


@dataclass(frozen=True)
class PassBlocker:
    """One reason the session does not pass: a stable code, the values its sentence needs,
    and that sentence for the trainee (simulator/locale/areas/scoring_card.py)."""

    code: BlockerCode
    values: dict[str, Any]
    text: str


def _blocker(code: BlockerCode, lang: str, **values: Any) -> PassBlocker:
    return PassBlocker(code, values, blocker_text(code, values, lang))


MIN_ACTIONS_TO_PASS = 2

# Listening more than you talk is the source's first rule: past this share no session passes.
MAX_TALK_SHARE_TO_PASS = 0.6


def gave_something_back(metrics: Metrics) -> bool:
    """At least one reflection or summary that is not a formula fitting any story: listening
    actively means saying back something of what was heard."""
    return metrics.reflections - metrics.generic_reflections > 0


def pass_blockers(
    score: int, pass_score: int, metrics: Metrics, actions: Actions, manager_turns: int,
    language: str,
) -> list[PassBlocker]:
    """Why the session does not pass yet, in the session language; empty when it passes.

    Besides the pass mark, the source's hard rules: listen more than you talk and show it by
    giving back what you heard, no promise you cannot keep, and a conversation that ends
    concretely (at least two of the four agreements).
    """
    reasons: list[PassBlocker] = []
    if score < pass_score:
        reasons.append(_blocker("below_pass_mark", language, score=score, pass_score=pass_score))
    if manager_turns < FULL_EVIDENCE_TURNS:
        reasons.append(_blocker("too_short", language, count=manager_turns,
                                full=FULL_EVIDENCE_TURNS))
    if metrics.manager_talk_share > MAX_TALK_SHARE_TO_PASS:
        reasons.append(_blocker("talked_too_much", language,
                                share=round(100 * metrics.manager_talk_share),
                                limit=round(100 * MAX_TALK_SHARE_TO_PASS)))
    if manager_turns >= FULL_EVIDENCE_TURNS and not gave_something_back(metrics):
        reasons.append(_blocker("gave_nothing_back", language))
    if metrics.promises:
        reasons.append(_blocker("hollow_promise", language))
    done = sum(actions.model_dump().values())
    if done < MIN_ACTIONS_TO_PASS:
        reasons.append(_blocker("too_few_agreements", language, done=done,
                                needed=MIN_ACTIONS_TO_PASS))
    return reasons


def learned_blocker(
    disclosures: Disclosures | None, rubric: Rubric, language: str
) -> PassBlocker | None:
    """The rubric's requirement on what was learned, when the conversation falls short of it."""
    if learned_enough(disclosures, rubric.pass_needs):
        return None
    return _blocker("learned_too_little", language, needs=rubric.pass_needs)
