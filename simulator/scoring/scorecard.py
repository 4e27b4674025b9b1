"""The scorecard of a conversation: codes it once, then asks each part for its share."""

from typing import Any

from simulator.domain.scenario import Rubric
from simulator.domain.scorecard import Disclosures, Scorecard, TranscriptLine
from simulator.scoring.actions import ACTIONS_HELP, agreed_actions
from simulator.scoring.batching import cycles_later
from simulator.scoring.coverage import theme_coverage
from simulator.scoring.dimensions import (
    BEHAVIOUR_DIMENSIONS,
    COMPLEX_GOOD,
    DEFAULT_WEIGHTS,
    FULL_EVIDENCE_TURNS,
    LABELS,
    OPEN_SHARE_TARGET,
    REFLECTION_FAIR,
    REFLECTION_GOOD,
    TALK_SHARE_BAD,
    TALK_SHARE_GOOD,
    THEMES_TARGET,
    Dimension,
    dimension_rows,
    dimensions,
    weighted_score,
)
from simulator.scoring.findings import FINDING_CODES, findings, missed_signal_tip
from simulator.scoring.metrics import live_metrics, session_metrics
from simulator.scoring.passing import (
    MAX_TALK_SHARE_TO_PASS,
    MIN_ACTIONS_TO_PASS,
    PassBlocker,
    learned_blocker,
    pass_blockers,
)
from simulator.scoring.talk_time import pause_findings
from simulator.scoring.turns import code_turns, conversation_language, turn_pairs

# The names this module has always offered, now kept by the modules above.
__all__ = [
    "ACTIONS_HELP",
    "BEHAVIOUR_DIMENSIONS",
    "COMPLEX_GOOD",
    "DEFAULT_WEIGHTS",
    "FINDING_CODES",
    "FULL_EVIDENCE_TURNS",
    "LABELS",
    "MAX_TALK_SHARE_TO_PASS",
    "MIN_ACTIONS_TO_PASS",
    "OPEN_SHARE_TARGET",
    "REFLECTION_FAIR",
    "REFLECTION_GOOD",
    "TALK_SHARE_BAD",
    "TALK_SHARE_GOOD",
    "THEMES_TARGET",
    "Dimension",
    "PassBlocker",
    "agreed_actions",
    "build_scorecard",
    "code_turns",
    "dimensions",
    "live_metrics",
    "missed_signal_tip",
    "pass_blockers",
    "weighted_score",
]


def build_scorecard(
    turns: Any,
    language: str | None = None,
    scenario: str | None = None,
    rubric: Rubric | None = None,
    disclosures: Disclosures | None = None,
    themes_with_facts: list[str] | None = None,
) -> Scorecard:
    """The scorecard of a conversation: (speaker, text) pairs in order, or a saved Session;
    `themes_with_facts` are the themes of a simulated employee's hidden facts."""
    with cycles_later():
        return _scorecard(turns, language, scenario, rubric, disclosures, themes_with_facts)


def _scorecard(
    turns: Any,
    language: str | None,
    scenario: str | None,
    rubric: Rubric | None,
    disclosures: Disclosures | None,
    themes_with_facts: list[str] | None,
) -> Scorecard:
    pairs, known = turn_pairs(turns)
    language = language or known.get("language")
    scenario = scenario if scenario is not None else known.get("scenario")
    lang = conversation_language(pairs, language)
    coded = code_turns(pairs, lang)
    timings = known.get("timings")
    metrics = session_metrics(pairs, coded, timings)
    coverage = theme_coverage(coded, themes_with_facts)
    actions = agreed_actions(pairs, coded, lang)
    manager_turns = sum(1 for s, _ in pairs if s == "manager")
    dims = dimension_rows(
        metrics, len(coverage.explored), actions, lang, rubric, manager_turns=manager_turns,
        disclosures=disclosures,
    )
    score = weighted_score(dims) if manager_turns else 0
    rules = rubric if rubric is not None else Rubric()
    blockers = pass_blockers(score, rules.pass_score, metrics, actions, manager_turns, lang)
    learned = learned_blocker(disclosures, rules, lang)
    if learned is not None:
        blockers.append(learned)
    return Scorecard(
        scenario=scenario,
        language=lang,
        score=score,
        metrics=metrics,
        coverage=coverage,
        actions=actions,
        findings=sorted(findings(pairs, coded, lang) + pause_findings(pairs, timings, lang),
                        key=lambda f: f.turn),
        disclosures=disclosures,
        transcript=[
            TranscriptLine(speaker=s, text=t, codes=list(c.codes) if c else [],
                           seconds=timing[0], pause=timing[1])
            for (s, t), c, timing in zip(pairs, coded, timings or _untimed(pairs), strict=True)
        ],
        # Ids and values, and their sentences in the conversation's language; the store
        # saves only the ids and values (simulator.locale.scorecard.stored_json).
        dimensions=dims,
        pass_score=rules.pass_score,
        passed=not blockers,
        pass_blockers=[b.text for b in blockers],
        pass_blocker_codes=[b.code for b in blockers],
        pass_blocker_values=[b.values for b in blockers],
        actions_help=ACTIONS_HELP[lang],
    )


def _untimed(pairs: list[tuple[str, str]]) -> list[tuple[None, None]]:
    return [(None, None)] * len(pairs)
