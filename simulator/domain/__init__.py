"""Domain models: personas, scenarios, transcripts, scorecards."""

from simulator.domain.persona import THEMES, Fact, Persona, PersonaLines, Profile, Traits
from simulator.domain.scenario import Rubric, Scenario
from simulator.domain.scorecard import (
    Actions,
    Coverage,
    Dimension,
    Disclosures,
    FactOutcome,
    Finding,
    Metrics,
    Scorecard,
    TranscriptLine,
)
from simulator.domain.session import Session, Turn

__all__ = [
    "THEMES",
    "Actions",
    "Coverage",
    "Dimension",
    "Disclosures",
    "Fact",
    "FactOutcome",
    "Finding",
    "Metrics",
    "Persona",
    "PersonaLines",
    "Profile",
    "Rubric",
    "Scenario",
    "Scorecard",
    "Session",
    "TranscriptLine",
    "Traits",
    "Turn",
]
