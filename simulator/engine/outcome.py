"""What a conversation in a scenario comes to: the scorecard with the scenario's rubric, what
the director let the employee disclose, and which of the persona's facts came out."""

from typing import Any

from simulator.domain.persona import Persona
from simulator.domain.scenario import Scenario
from simulator.domain.scorecard import FactOutcome, Scorecard
from simulator.engine.director import Director


def scenario_scorecard(
    turns: Any, scenario: Scenario, persona: Persona, director: Director
) -> Scorecard:
    """The scorecard of `turns` (saved Turns or (speaker, text) pairs, those that count) as
    the live session scores it, after `director` has taken every manager turn."""
    from simulator.scoring import build_scorecard

    card: Scorecard = build_scorecard(
        turns,
        language=scenario.language,
        scenario=scenario.id,
        rubric=scenario.rubric,
        disclosures=director.disclosures(),
        themes_with_facts=sorted({f.theme for f in persona.facts}),
    )
    revealed = set(director.revealed)
    facts = [
        FactOutcome(id=f.id, label=f.label, theme=f.theme, revealed=f.id in revealed)
        for f in persona.facts
    ]
    return card.model_copy(update={"facts": facts})
