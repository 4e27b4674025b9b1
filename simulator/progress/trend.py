"""Per scenario: the score and each dimension over the sessions, oldest first, and the change
from the session before the latest."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from simulator.domain.scorecard import Scorecard
from simulator.domain.session import Session
from simulator.scoring.dimensions import LABELS
from simulator.store import Store

# The scorecard's order of the dimensions.
DIMENSIONS = tuple(LABELS["en"])


@dataclass
class Point:
    session: int
    started: datetime
    score: int
    dimensions: dict[str, int]
    findings: Counter[str]


@dataclass
class ScenarioTrend:
    scenario: str
    language: str
    points: list[Point] = field(default_factory=list)

    @property
    def scores(self) -> list[int]:
        return [p.score for p in self.points]

    def series(self, name: str) -> list[int]:
        """The dimension's score in each session that has it, oldest first."""
        return [p.dimensions[name] for p in self.points if name in p.dimensions]

    @property
    def dimensions(self) -> list[str]:
        return [d for d in DIMENSIONS if any(d in p.dimensions for p in self.points)]

    def change(self) -> "Change | None":
        """What changed from the session before the latest; None with one session only."""
        if len(self.points) < 2:
            return None
        before, now = self.points[-2], self.points[-1]
        dims = {
            name: now.dimensions[name] - before.dimensions[name]
            for name in self.dimensions
            if name in now.dimensions and name in before.dimensions
        }
        return Change(
            score=now.score - before.score,
            dimensions=dims,
            new_findings=sorted(set(now.findings) - set(before.findings)),
            gone_findings=sorted(set(before.findings) - set(now.findings)),
        )


@dataclass
class Change:
    score: int
    dimensions: dict[str, int]
    new_findings: list[str]
    gone_findings: list[str]

    def better(self) -> list[tuple[str, int]]:
        return sorted(((n, d) for n, d in self.dimensions.items() if d > 0), key=lambda x: -x[1])

    def worse(self) -> list[tuple[str, int]]:
        return sorted(((n, d) for n, d in self.dimensions.items() if d < 0), key=lambda x: x[1])


def dimension_scores(card: Scorecard) -> dict[str, int]:
    return {dim.name: dim.score for dim in card.dimensions or []}


def trends(sessions: list[Session]) -> list[ScenarioTrend]:
    """Scored sessions grouped by scenario, oldest first; the most recently practised first."""
    by_scenario: dict[tuple[str, str], ScenarioTrend] = {}
    for session in sorted(sessions, key=lambda s: (s.started, s.id)):
        card = session.scorecard
        if card is None or not session.scenario:
            continue
        key = (session.scenario, session.language)
        trend = by_scenario.setdefault(key, ScenarioTrend(session.scenario, session.language))
        trend.points.append(
            Point(
                session=session.id,
                started=session.started,
                score=card.score,
                dimensions=dimension_scores(card),
                findings=Counter(f.code for f in card.findings),
            )
        )
    def last(trend: ScenarioTrend) -> tuple[datetime, int]:
        return trend.points[-1].started, trend.points[-1].session

    return sorted(by_scenario.values(), key=last, reverse=True)


def scored_sessions(store: Store) -> list[Session]:
    """Every finished session with its scorecard (turns left out of the listing)."""
    sessions = []
    for entry in store.history():
        if entry.session.score is None or not entry.session.scenario:
            continue
        loaded = store.load_session(entry.session.id)
        if loaded is not None and loaded.scorecard is not None:
            sessions.append(loaded)
    return sessions
