"""A practice session: its turns as saved, and how it ended."""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from simulator.domain.scorecard import Scorecard

Speaker = Literal["manager", "employee"]
TurnStatus = Literal["complete", "interrupted"]


class Turn(BaseModel):
    index: int
    speaker: Speaker
    text: str
    status: TurnStatus = "complete"
    created: datetime | None = None


class Session(BaseModel):
    id: int
    scenario: str | None
    backend: str
    model: str | None = None
    language: Literal["nl", "en"] = "nl"
    started: datetime
    ended: datetime | None = None
    turns: list[Turn] = Field(default_factory=list)
    scorecard: Scorecard | None = None
    score: int | None = None
