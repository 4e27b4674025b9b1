"""Talk time of a voice turn: seconds of speech, the silence before it, interruptions."""

from collections.abc import Sequence
from dataclasses import dataclass

from simulator.voice.vad import Segment


@dataclass(frozen=True)
class TurnTiming:
    """`seconds` of speech in the turn; `pause`: from when the other side stopped to the first
    speech of this turn, negative when the turn began while the other was still speaking."""

    seconds: float
    pause: float | None = None

    @property
    def interrupted(self) -> bool:
        return self.pause is not None and self.pause < 0


def speaking_seconds(segments: Sequence[Segment]) -> float:
    return round(sum(s.seconds for s in segments), 2)


def time_turn(segments: Sequence[Segment], other_stopped_at: float | None = None) -> TurnTiming:
    """The timing of one turn from its speech segments (seconds from the start of its
    recording); `other_stopped_at` is when the other side's speech ended on that same clock
    (0 when the recording began as they stopped, positive when they spoke on after it began,
    None when unknown)."""
    seconds = speaking_seconds(segments)
    if other_stopped_at is None or not segments:
        return TurnTiming(seconds)
    return TurnTiming(seconds, round(segments[0].start - other_stopped_at, 2))
