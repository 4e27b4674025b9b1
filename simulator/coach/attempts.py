"""A trainee's attempts at an installed assignment: scored, counted, best and passed."""

from dataclasses import dataclass
from datetime import date

from simulator.domain.assignment import AssignmentPack
from simulator.domain.scorecard import Scorecard
from simulator.domain.session import Session
from simulator.library import Library
from simulator.store import Store


@dataclass(frozen=True)
class Attempt:
    """One session done under the assignment, with its scorecard (scored now if unfinished)."""

    session: Session
    scorecard: Scorecard

    @property
    def passed(self) -> bool:
        return bool(self.scorecard.passed)


@dataclass(frozen=True)
class Progress:
    """Where a trainee stands on one assignment."""

    pack: AssignmentPack
    attempts: list[Attempt]

    @property
    def used(self) -> int:
        return len(self.attempts)

    @property
    def left(self) -> int:
        return max(self.pack.attempts - self.used, 0)

    @property
    def best(self) -> int | None:
        return max((a.scorecard.score for a in self.attempts), default=None)

    @property
    def passed(self) -> bool:
        return any(a.passed for a in self.attempts)

    def overdue(self, today: date) -> bool:
        return self.pack.due is not None and today > self.pack.due


def attempts(store: Store, library: Library, pack: AssignmentPack) -> list[Attempt]:
    """Every session tagged with the pack, oldest first; an unfinished one scored as it stands."""
    from simulator.export.rescore import scorecard_for

    found: list[Attempt] = []
    for session_id in store.assignment_sessions(pack.id):
        session = store.load_session(session_id)
        if session is not None:
            found.append(Attempt(session, scorecard_for(session, library)))
    return found


def progress(store: Store | None, library: Library, pack: AssignmentPack) -> Progress:
    """The pack's progress; with no store yet (nothing practised), no attempts."""
    return Progress(pack, attempts(store, library, pack) if store is not None else [])


def attempts_left(store: Store | None, pack: AssignmentPack) -> int:
    """How many attempts remain, counted without scoring them (for the picker)."""
    used = len(store.assignment_sessions(pack.id)) if store is not None else 0
    return max(pack.attempts - used, 0)
