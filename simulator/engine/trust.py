"""Trust: the difficulty profiles, what each manager code earns or costs, and the move."""

from dataclasses import dataclass

from simulator.domain.persona import Traits
from simulator.engine.decision import DirectorState
from simulator.engine.listening import Listening
from simulator.scoring.codes import NEGATIVE, Code


@dataclass(frozen=True)
class DifficultyProfile:
    start_trust: float
    gain: float  # multiplies how fast good listening earns trust
    sensitivity: float  # multiplies how hard poor practice hits trust
    fact_offset: float  # added to every fact's trust level: more facts behind high trust


DIFFICULTY: dict[str, DifficultyProfile] = {
    "easy": DifficultyProfile(start_trust=0.3, gain=1.25, sensitivity=0.75, fact_offset=-0.05),
    "medium": DifficultyProfile(start_trust=0.2, gain=1.0, sensitivity=1.0, fact_offset=0.0),
    "hard": DifficultyProfile(start_trust=0.1, gain=0.85, sensitivity=1.3, fact_offset=0.03),
}

# Base trust moves per code; positives are scaled by openness, negatives by sensitivity.
GAINS = {"affirmation": 0.05, "commitment": 0.04}
# What a reflection or an open question earns depends on how it listens: an accurate
# reflection or a follow-up on their own words most, a formula that fits any story hardly,
# a summary of things they did not say costs a little (engine.listening). A reflection in the
# manager's own words cannot be checked word for word; nearly all of them are paraphrases
# (benchmarks/listening_eval.py), so it earns close to an accurate one.
LISTENING_GAINS = {
    "accurate": 0.12, "own_words": 0.1, "follow_up": 0.08, "new_topic": 0.045,
    "generic": 0.015, "off": -0.03, "none": 0.0,
}
# Each deeper layer of a fact needs this much more trust than the fact itself.
LAYER_TRUST = 0.06
LOSSES = {Code.DEFENSIVE.value: 0.16, Code.APPRAISAL.value: 0.16, Code.PROMISE.value: 0.12,
          Code.ADVICE.value: 0.07}
CLOSED_STREAK_LOSS = 0.04  # per closed-only turn from the second one in a row
# The codes that close the employee down, the heaviest loss first: what they react to.
NEGATIVE_ORDER = tuple(sorted((c.value for c in NEGATIVE),
                              key=lambda c: (-LOSSES[c], c != Code.DEFENSIVE)))
# A commitment in a turn is what the employee answers: it is the news of that turn.
POSITIVE_ORDER = ("commitment", "reflection", "affirmation")
# A closed question on a theme only gets a fact once trust is this far past the fact's level.
CLOSED_MARGIN = 0.15
# Trust from which the employee proposes a step of their own, closes warmly, and says more.
OWN_ACTION_TRUST = 0.45
WARM_TRUST = 0.5
TALKATIVE_TRUST = 0.4


def start_trust(profile: DifficultyProfile, traits: Traits) -> float:
    """An open persona starts a little warmer, a sensitive one a little cooler."""
    start = profile.start_trust + 0.1 * (traits.openness - 0.5)
    return clamp(start - 0.05 * (traits.sensitivity - 0.5))


def move_trust(
    state: DirectorState,
    profile: DifficultyProfile,
    traits: Traits,
    codes: tuple[str, ...],
    closed_only: bool,
    listening: Listening,
) -> None:
    """Trust after one manager turn, with the streaks and counts that weigh on it."""
    s = state
    up = (0.5 + traits.openness) * profile.gain
    down = (0.5 + traits.sensitivity) * profile.sensitivity
    gain = sum(GAINS.get(c, 0.0) for c in codes) + LISTENING_GAINS[listening.kind]
    delta = gain * up if gain > 0 else gain * down
    delta -= sum(LOSSES.get(c, 0.0) for c in codes) * down
    if closed_only:
        s.closed_streak += 1
        if s.closed_streak >= 2:
            delta -= CLOSED_STREAK_LOSS * down
    elif codes:
        s.closed_streak = 0
    if "promise" in codes:
        s.promises += 1
        # A second hollow promise costs more than the first.
        delta -= 0.04 * (s.promises - 1) * down
    if any(c in codes for c in NEGATIVE_ORDER):
        s.negatives += 1
    s.trust = clamp(s.trust + delta)


def clamp(value: float) -> float:
    return min(1.0, max(0.0, value))
