"""A practice scenario: who the manager talks to and what they know beforehand."""

from typing import Literal

from pydantic import Field, model_validator

from simulator.domain.base import Difficulty, Language, Model
from simulator.errors import message

DIMENSIONS: tuple[str, ...] = (
    "listening",
    "open_questions",
    "reflections",
    "coverage",
    "no_defence",
    "no_promises",
    "actions",
    "learned",
)
# What a pass asks of what the manager learned (only where the employee is simulated).
PassNeeds = Literal["half_facts_or_leave", "half_facts", "leave", "nothing"]


class Rubric(Model):
    """How the scorecard weighs its dimensions for this scenario."""

    weights: dict[str, float] = Field(
        default_factory=dict,
        description="Weight per dimension (listening, open_questions, reflections, coverage, "
        "no_defence, no_promises, actions, learned); missing ones keep their default weight.",
    )
    pass_score: int = Field(60, ge=0, le=100, description="Score from which the session passes.")
    pass_needs: PassNeeds = Field(
        "half_facts_or_leave",
        description="What a pass needs the manager to have learned: at least half the facts or "
        "the reason the employee might leave (the default), half the facts, the leaving risk, "
        "or nothing.",
    )

    @model_validator(mode="after")
    def _known_dimensions(self) -> "Rubric":
        unknown = [k for k in self.weights if k not in DIMENSIONS]
        if unknown:
            choices = ", ".join(DIMENSIONS)
            said = message("errors_library.unknown_dimension", name=unknown[0], choices=choices)
            raise ValueError(said)
        if any(w < 0 for w in self.weights.values()):
            raise ValueError(message("errors_library.negative_weights"))
        return self


class Scenario(Model):
    """A stay interview to practise."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    title: str
    language: Language
    persona: str = Field(description="The id of the persona the manager talks to.")
    difficulty: Difficulty
    briefing: str = Field(description="What the manager knows before the conversation.")
    objectives: list[str] = Field(min_length=1, description="What the manager practises.")
    opening: str | None = Field(
        None, description="What the employee says first, before the manager speaks."
    )
    rubric: Rubric = Rubric()
