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
    # Voice turns only: seconds of speech in the turn, and the silence before it after the
    # other side stopped (negative: it began while the other was still speaking).
    seconds: float | None = None
    pause: float | None = None


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


# A reply that was stopped or cut off counts with at most this many words, so a runaway
# stream neither floods the next prompt nor makes the manager look like a great listener.
MAX_INTERRUPTED_WORDS = 60


def counted_turns(turns: list[Turn]) -> list[Turn]:
    """The turns that count for scoring: a broken-off reply followed by its retry is left
    out, and an interrupted reply that stays counts with at most MAX_INTERRUPTED_WORDS."""
    kept: list[Turn] = []
    for turn in turns:
        if kept and turn.speaker == "employee" and kept[-1].speaker == "employee":
            if kept[-1].status == "interrupted":
                kept[-1] = turn
                continue
        kept.append(turn)
    counted = []
    for turn in kept:
        words = turn.text.split()
        if turn.speaker == "employee" and turn.status == "interrupted" and (
            len(words) > MAX_INTERRUPTED_WORDS
        ):
            text = " ".join(words[:MAX_INTERRUPTED_WORDS]) + " …"
            turn = turn.model_copy(update={"text": text})
        if turn.text:
            counted.append(turn)
    return counted

