"""The simulated employee: public profile, hidden facts and authored lines."""

from typing import Literal

from pydantic import Field, field_validator, model_validator

from simulator.domain.base import Language, Model
from simulator.errors import message
from simulator.vocabulary import THEMES, VOICE_PATTERN, Theme

# Reactions the offline actor voices when the director reports a manager behaviour.
Reaction = Literal[
    "defensive",
    "appraisal",
    "promise",
    "advice",
    "reflection",
    "affirmation",
    "commitment",
    "closed_question",
]


class DuplicateId(ValueError):
    """Two items of a list share an id; `id` is that id, so the second one can be pointed at."""

    def __init__(self, item_id: str, said: str) -> None:
        super().__init__(said)
        self.id = item_id


class Profile(Model):
    """What the manager can know about the employee beforehand."""

    tenure: str = Field(description="How long the employee has worked here, e.g. '7 jaar'.")
    background: str = Field(description="Work history and current responsibilities.")
    speaking_style: str = Field(description="How the employee talks: tone, length, habits.")


class Traits(Model):
    """How the persona's trust moves; each 0..1, 0.5 is average."""

    openness: float = Field(0.5, ge=0, le=1, description="How quickly good listening earns trust.")
    sensitivity: float = Field(
        0.5, ge=0, le=1, description="How hard defence, appraisal and hollow promises hit trust."
    )


class Layer(Model):
    """What lies under a fact once it is told: the feeling, what it means for staying, the
    detail a guarded person keeps for a manager who truly listens."""

    text: str = Field(description="The truth of this layer, as the employee knows it.")
    label: str = Field(description="A short name for the scorecard, e.g. 'Tweede gesprek dinsdag'.")
    lines: list[str] = Field(
        min_length=1, description="How the employee says it (offline actor), never repeated."
    )


class Fact(Model):
    """One piece of the employee's hidden inner life; its layers are told one by one, each
    only after an accurate reflection of, or a follow-up question on, what was told before."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", description="Unique within the persona.")
    theme: Theme = Field(description="The stay-interview theme whose question unlocks this fact.")
    text: str = Field(description="The truth behind the fact, as the employee knows it.")
    label: str = Field(
        description="A short name for the scorecard, e.g. 'Benaderd door recruiter'."
    )
    trust: float = Field(
        0.5, ge=0, le=1, description="Trust the manager must have earned before it is shared."
    )
    lines: list[str] = Field(
        min_length=1, description="How the employee says it when sharing it (offline actor)."
    )
    layers: list[Layer] = Field(
        default_factory=list,
        description="Deeper layers, in order: each told only after listening to the one above.",
    )

    @property
    def depth(self) -> int:
        """How many tellings the fact has: the first and its layers."""
        return 1 + len(self.layers)


class PersonaLines(Model):
    """Authored lines the offline actor varies between; never repeated in a session."""

    opening: list[str] = Field(
        min_length=1, description="First reply to the manager's opening turn."
    )
    guarded: dict[Theme, list[str]] = Field(
        description="Evasive answers per theme, used while trust is too low."
    )
    open: dict[Theme, list[str]] = Field(
        default_factory=dict,
        description="Willing answers per theme once its facts are shared or none remain.",
    )
    reactions: dict[Reaction, list[str]] = Field(
        default_factory=dict, description="Responses to the manager's behaviours."
    )
    short_yes: list[str] = Field(
        default_factory=list, description="Brief answers to closed questions."
    )
    small_talk: list[str] = Field(default_factory=list, description="Replies to chit-chat.")
    filler: list[str] = Field(min_length=1, description="Neutral replies when nothing else fits.")
    closing: list[str] = Field(
        min_length=1,
        description="Replies when the manager wraps up a conversation that stayed cool.",
    )
    closing_warm: list[str] = Field(
        default_factory=list,
        description="Replies when the manager wraps up after earning trust; falls back to closing.",
    )
    confirm: list[str] = Field(
        default_factory=list,
        description="Agreeing with an accurate summary, e.g. 'Ja, zo is het. En eigenlijk...'.",
    )
    correct: list[str] = Field(
        default_factory=list,
        description="Correcting a summary that is wrong, e.g. 'Nee, zo bedoelde ik het niet.'",
    )
    shrug: list[str] = Field(
        default_factory=list,
        description="Meeting an empty, generic summary or reflection, e.g. 'Eh, ja. Zoiets.'",
    )
    hostile: list[str] = Field(
        default_factory=list,
        description="Answering an accusing or hostile line in kind, cooler as trust is lower.",
    )
    own_action: list[str] = Field(
        default_factory=list,
        description="A concrete first step the employee proposes for themself when asked for one "
        "and trust allows it, e.g. 'Ik zet zelf de ad-hocverzoeken een week lang op een rij.'",
    )


class Persona(Model):
    """A simulated employee with a public profile and a hidden inner life."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    language: Language
    role: str
    profile: Profile
    traits: Traits = Traits()
    facts: list[Fact] = Field(min_length=1)
    lines: PersonaLines
    voice: str | None = Field(
        None,
        pattern=VOICE_PATTERN,
        description="Text-to-speech voice for this employee, e.g. 'nova' on a speech server "
        "or 'nl+f3' for espeak-ng; STAYSIM_TTS_VOICE overrides it.",
    )

    @field_validator("facts")
    @classmethod
    def _unique_fact_ids(cls, facts: list[Fact]) -> list[Fact]:
        seen: set[str] = set()
        for fact in facts:
            if fact.id in seen:
                raise DuplicateId(fact.id, message("errors_library.duplicate_fact", id=fact.id))
            seen.add(fact.id)
        return facts

    @model_validator(mode="after")
    def _guarded_for_every_theme(self) -> "Persona":
        guarded: dict[str, list[str]] = {str(k): v for k, v in self.lines.guarded.items()}
        missing = [t for t in THEMES if not guarded.get(t)]
        if missing:
            themes = ", ".join(missing)
            raise ValueError(message("errors_library.guarded_missing", themes=themes))
        return self

    def fact(self, fact_id: str) -> Fact:
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)
