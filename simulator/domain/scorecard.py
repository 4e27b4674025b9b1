"""The scorecard: the JSON contract of `run --json`, `score --json` and the JSON export."""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _without_unmeasured(data: dict[str, Any], keys: tuple[str, ...], when: str) -> dict[str, Any]:
    """Voice keys appear only where something was spoken: text sessions keep their shape."""
    if data.get(when) is None:
        for key in keys:
            data.pop(key, None)
    return data


def _without_absent(data: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """Keys a card may lack (saved before they existed, or left out by the store) stay out."""
    for key in keys:
        if data.get(key) is None:
            data.pop(key, None)
    return data


class Metrics(_Out):
    manager_talk_share: float = Field(ge=0, le=1)
    open_questions: int = 0
    closed_questions: int = 0
    open_question_share: float | None = None
    reflections: int = 0
    reflection_to_question: float | None = None
    # Reflections judged on content: giving back what the employee said, or a formula that
    # fits any story; and the share of complex reflections (MITI 4.2.1: 40 % fair, 50 % good).
    accurate_reflections: int = 0
    generic_reflections: int = 0
    complex_reflection_share: float | None = None
    affirmations: int = 0
    defensive: int = 0
    promises: int = 0
    commitments: int = 0
    advice: int = 0
    appraisal: int = 0
    # Voice sessions only: seconds of speech per side, and what the talk share counts.
    manager_speaking_seconds: float | None = None
    employee_speaking_seconds: float | None = None
    talk_share_basis: Literal["words", "seconds"] = "words"

    @model_serializer(mode="wrap")
    def _voice_keys_when_spoken(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        keys = ("manager_speaking_seconds", "employee_speaking_seconds", "talk_share_basis")
        return _without_unmeasured(handler(self), keys, "manager_speaking_seconds")


class Actions(_Out):
    employee: bool = False
    manager: bool = False
    together: bool = False
    follow_up: bool = False


class Finding(_Out):
    turn: int
    code: str
    quote: str
    # The tip is kept as its id and the values it needs (simulator/locale/areas/scoring_tips);
    # `tip` holds its sentence once written out for a reader, and is empty when saved.
    tip: str = ""
    tip_id: str = ""
    values: dict[str, str] = Field(default_factory=dict)


class Disclosures(_Out):
    revealed: list[str]
    total: int
    # How deep each shared fact went: 1 for the first telling, +1 per deeper layer; the depth
    # each fact has; and which facts are about leaving (worth most to learn).
    depth: dict[str, int] = Field(default_factory=dict)
    max_depth: dict[str, int] = Field(default_factory=dict)
    leave: list[str] = Field(default_factory=list)


class TranscriptLine(_Out):
    speaker: Literal["manager", "employee"]
    text: str
    codes: list[str] = Field(default_factory=list)
    # Voice turns only: seconds of speech, and the silence before the turn (negative when it
    # began while the other side was still speaking).
    seconds: float | None = None
    pause: float | None = None

    @model_serializer(mode="wrap")
    def _timing_when_spoken(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data = _without_unmeasured(handler(self), ("pause",), "pause")
        return _without_unmeasured(data, ("seconds",), "seconds")


class Coverage(_Out):
    """Which stay-interview themes the manager explored (by an open question or a reflection),
    which were missed, and at which turns; where the employee is simulated, the themes the
    hidden facts are about."""

    explored: list[str] = Field(default_factory=list)
    missed: list[str] = Field(default_factory=list)
    by_theme: dict[str, list[int]] = Field(default_factory=dict)
    themes_with_facts: list[str] | None = None

    @model_serializer(mode="wrap")
    def _facts_when_simulated(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return _without_absent(handler(self), ("themes_with_facts",))


# A number a dimension's sentences are made from ("basis" is the word "seconds").
DimensionNumber = int | float | str | None


class Dimension(_Out):
    """One dimension of the scorecard, scored 0..100 against its target and weighted
    (simulator.scoring.dimensions builds them; the names are simulator.domain.scenario's).

    `values` holds the numbers its sentences are made from, beside the measured `value`;
    label, goal, shown and focus are those sentences in the reader's language. The store
    leaves the sentences out (simulator.locale.scorecard); a card saved before dimensions
    kept their numbers has no `values` and keeps the sentences it was saved with."""

    name: str
    label: str | None = None
    score: int
    target: int = 100
    goal: str | None = None
    value: int | float | None = None
    shown: str | None = None
    focus: str | None = None
    weight: int | float
    values: dict[str, DimensionNumber] | None = None

    @model_serializer(mode="wrap")
    def _sentences_when_worded(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return _without_absent(handler(self), ("label", "goal", "shown", "focus", "values"))


class FactOutcome(_Out):
    """One hidden fact of the simulated employee, and whether the manager uncovered it."""

    id: str
    label: str
    theme: str
    revealed: bool


# The keys a scorecard may lack: a card saved before they existed, or built by hand.
_OPTIONAL_KEYS = (
    "dimensions", "pass_score", "passed", "pass_blockers", "pass_blocker_codes",
    "pass_blocker_values", "actions_help", "facts",
)


class Scorecard(_Out):
    """The scorecard. Pass blockers are kept as three lists of the same length: each
    blocker's reason code (simulator.scoring.passing.BlockerCode), the values its sentence
    needs, and that sentence, which the store leaves out and which is written again in the
    reader's language (simulator.locale.scorecard). Cards saved before codes or values
    existed keep only the sentences."""

    scenario: str | None
    language: Literal["nl", "en"]
    score: int = Field(ge=0, le=100)
    metrics: Metrics
    coverage: Coverage = Field(default_factory=Coverage)
    actions: Actions
    findings: list[Finding] = Field(default_factory=list)
    disclosures: Disclosures | None = None
    transcript: list[TranscriptLine] = Field(default_factory=list)
    dimensions: list[Dimension] | None = None
    pass_score: int | None = None
    passed: bool | None = None
    pass_blockers: list[str] | None = None
    pass_blocker_codes: list[str] | None = None
    pass_blocker_values: list[dict[str, int | float | str]] | None = None
    # What earns each agreed action, by action name, in the card's language (never saved).
    actions_help: dict[str, str] | None = None
    # Simulated sessions only: every hidden fact, uncovered or not.
    facts: list[FactOutcome] | None = None

    @model_serializer(mode="wrap")
    def _only_what_it_has(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return _without_absent(handler(self), _OPTIONAL_KEYS)
