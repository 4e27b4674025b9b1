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


class Scorecard(_Out):
    model_config = ConfigDict(extra="allow")

    scenario: str | None
    language: Literal["nl", "en"]
    score: int = Field(ge=0, le=100)
    metrics: Metrics
    coverage: dict[str, object] = Field(default_factory=dict)
    actions: Actions
    findings: list[Finding] = Field(default_factory=list)
    disclosures: Disclosures | None = None
    transcript: list[TranscriptLine] = Field(default_factory=list)
