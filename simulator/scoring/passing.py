"""The pass rules: why a session does not pass yet, each with a reason code and its sentence."""

from dataclasses import dataclass
from typing import Literal

from simulator.domain.scenario import Rubric
from simulator.domain.scorecard import Actions, Disclosures, Metrics
from simulator.scoring.dimensions import FULL_EVIDENCE_TURNS
from simulator.scoring.learned import learned_enough

BlockerCode = Literal[
    "below_pass_mark",
    "too_short",
    "talked_too_much",
    "hollow_promise",
    "too_few_agreements",
    "learned_too_little",
]


@dataclass(frozen=True)
class PassBlocker:
    """One reason the session does not pass: a stable code and its sentence for the trainee."""

    code: BlockerCode
    text: str


MIN_ACTIONS_TO_PASS = 2

# A stay interview is for learning what keeps someone and what could make them go.
LEARNED_TOO_LITTLE = {
    "nl": {
        "half_facts_or_leave": "je kwam minder dan de helft te weten van wat er speelt, en niet "
        "wat de medewerker zou doen vertrekken",
        "half_facts": "je kwam minder dan de helft te weten van wat er speelt",
        "leave": "je kwam niet te weten wat de medewerker zou doen vertrekken",
    },
    "en": {
        "half_facts_or_leave": "you learned less than half of what is going on, and not what "
        "might make them leave",
        "half_facts": "you learned less than half of what is going on",
        "leave": "you did not learn what might make them leave",
    },
}

# Listening more than you talk is the source's first rule: past this share no session passes.
MAX_TALK_SHARE_TO_PASS = 0.6


def pass_blockers(
    score: int, pass_score: int, metrics: Metrics, actions: Actions, manager_turns: int,
    language: str,
) -> list[PassBlocker]:
    """Why the session does not pass yet, in the session language; empty when it passes.

    Besides the pass mark, the source's hard rules: no promise you cannot keep, and a
    conversation that ends concretely (at least two of the four agreements).
    """
    nl = language == "nl"
    reasons: list[PassBlocker] = []
    if score < pass_score:
        reasons.append(PassBlocker(
            "below_pass_mark",
            f"score {score} ligt onder de grens van {pass_score}" if nl
            else f"score {score} is below the pass mark of {pass_score}",
        ))
    if manager_turns < FULL_EVIDENCE_TURNS:
        reasons.append(PassBlocker(
            "too_short",
            f"te kort gesprek: {manager_turns} {'beurt' if manager_turns == 1 else 'beurten'} "
            f"van jou, minstens {FULL_EVIDENCE_TURNS}"
            if nl
            else f"too short: {manager_turns} {'turn' if manager_turns == 1 else 'turns'} of "
            f"yours, at least {FULL_EVIDENCE_TURNS}",
        ))
    if metrics.manager_talk_share > MAX_TALK_SHARE_TO_PASS:
        share = round(100 * metrics.manager_talk_share)
        limit = round(100 * MAX_TALK_SHARE_TO_PASS)
        reasons.append(PassBlocker(
            "talked_too_much",
            f"je sprak {share}% van de woorden; laat de medewerker meer aan het woord "
            f"(hoogstens {limit}%)" if nl
            else f"you spoke {share}% of the words; let the employee talk more (at most {limit}%)",
        ))
    if metrics.promises:
        reasons.append(PassBlocker(
            "hollow_promise",
            "een belofte die je niet zelf kunt waarmaken" if nl
            else "a promise you cannot keep yourself",
        ))
    done = sum(actions.model_dump().values())
    if done < MIN_ACTIONS_TO_PASS:
        reasons.append(PassBlocker(
            "too_few_agreements",
            f"{done} van 4 afspraken; maak het concreet (minstens {MIN_ACTIONS_TO_PASS})" if nl
            else f"{done} of 4 agreements; make it concrete (at least {MIN_ACTIONS_TO_PASS})",
        ))
    return reasons


def learned_blocker(
    disclosures: Disclosures | None, rubric: Rubric, language: str
) -> PassBlocker | None:
    """The rubric's requirement on what was learned, when the conversation falls short of it."""
    if learned_enough(disclosures, rubric.pass_needs):
        return None
    return PassBlocker("learned_too_little", LEARNED_TOO_LITTLE[language][rubric.pass_needs])
