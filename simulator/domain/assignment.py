"""An assignment pack (a coach's scenarios with the rules of the attempt) and a trainee's result."""

import hashlib
import json
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from simulator.domain.base import Language, Model
from simulator.domain.persona import Persona
from simulator.domain.scenario import Scenario

PACK_KIND = "staysim.assignment"
RESULT_KIND = "staysim.result"
# The newest formats this staysim reads; a newer one is refused, naming the file and field.
PACK_FORMAT = 1
RESULT_FORMAT = 1
SLUG = r"^[a-z0-9][a-z0-9_-]*$"
Backend = Literal["offline", "openai"]


class AssignmentPack(Model):
    """One file a coach hands out: the scenarios, their personas and the rules of the attempt."""

    kind: Literal["staysim.assignment"] = Field(description="Always 'staysim.assignment'.")
    format: int = Field(ge=1, description="The pack format; this staysim reads format 1.")
    id: str = Field(pattern=SLUG, description="A slug, e.g. 'q1-blijfgesprek-teamleiders'.")
    title: str
    instructions: str = Field("", description="The coach's instructions, shown to the trainee.")
    scenarios: list[Scenario] = Field(min_length=1, description="Full scenario objects.")
    personas: list[Persona] = Field(min_length=1, description="The personas they name.")
    pass_score: int = Field(ge=0, le=100, description="Score from which an attempt passes.")
    attempts: int = Field(ge=1, description="How many attempts the trainee has.")
    due: date | None = Field(None, description="Due date (YYYY-MM-DD); later is shown overdue.")
    exam: bool = Field(False, description="Exam mode: the live meters are hidden.")
    backend: Backend | None = Field(None, description="The backend the coach expects.")


def canonical_json(data: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes every hash in a pack or result is taken of."""
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def pack_hash(pack: AssignmentPack) -> str:
    """The pack's version: sha256 of the canonical JSON of the validated pack."""
    return hashlib.sha256(canonical_json(pack.model_dump(mode="json"))).hexdigest()


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ResultPack(_Out):
    id: str
    title: str
    hash: str
    pass_score: int
    attempts: int


class Line(_Out):
    speaker: Literal["manager", "employee"]
    text: str


class Attempt(_Out):
    session: int
    scenario: str = Field(description="The scenario's id inside the pack.")
    language: Language
    backend: str
    started: datetime
    ended: datetime | None
    score: int
    passed: bool
    scorecard: dict[str, Any] = Field(description="As `staysim export --format json` writes it.")
    transcript: list[Line]
    transcript_sha256: str


class AssignmentResult(_Out):
    """What `staysim assign submit` writes: every attempt of one trainee at one pack."""

    kind: Literal["staysim.result"]
    format: int = Field(ge=1)
    staysim_version: str
    pack: ResultPack
    trainee: str
    submitted: datetime
    attempts: list[Attempt]


def transcript_sha256(transcript: list[dict[str, str]]) -> str:
    """sha256 of the canonical JSON of a result's transcript (speaker and text per line)."""
    return hashlib.sha256(canonical_json(transcript)).hexdigest()
