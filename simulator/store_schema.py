"""The session store's schema and rows: the ordered migrations, and rows read back as models."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from simulator.domain.scorecard import Scorecard
from simulator.domain.session import Session, Turn
from simulator.locale.scorecard import worded

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        scenario TEXT,
        backend TEXT NOT NULL,
        model TEXT,
        language TEXT NOT NULL DEFAULT 'nl',
        started TEXT NOT NULL,
        ended TEXT,
        score INTEGER,
        scorecard TEXT
    );
    CREATE TABLE turns (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        speaker TEXT NOT NULL CHECK (speaker IN ('manager', 'employee')),
        text TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'complete',
        created TEXT NOT NULL,
        PRIMARY KEY (session_id, idx)
    );
    CREATE INDEX sessions_started ON sessions(started);
    """,
    """
    ALTER TABLE sessions ADD COLUMN state TEXT;
    """,
    """
    ALTER TABLE sessions ADD COLUMN assignment TEXT;
    CREATE INDEX sessions_assignment ON sessions(assignment);
    """,
    # Voice turns: seconds of speech and the silence before the turn (values, no audio).
    """
    ALTER TABLE turns ADD COLUMN seconds REAL;
    ALTER TABLE turns ADD COLUMN pause REAL;
    """,
)


def scorecard_or_none(raw: str | None) -> Scorecard | None:
    """The saved scorecard, its sentences written out again from the ids and values it keeps;
    one that no longer validates is rebuilt from the turns instead."""
    if not raw:
        return None
    try:
        return worded(Scorecard.model_validate_json(raw))
    except ValueError:
        return None


def session_from_row(row: Sequence[Any], **more: Any) -> Session:
    """A Session from the columns id, scenario, backend, model, language, started, ended, score."""
    return Session(
        id=row[0],
        scenario=row[1],
        backend=row[2],
        model=row[3],
        language=row[4],
        started=datetime.fromisoformat(row[5]),
        ended=datetime.fromisoformat(row[6]) if row[6] else None,
        score=row[7],
        **more,
    )


def turn_from_row(row: Sequence[Any]) -> Turn:
    """A Turn from the columns idx, speaker, text, status, created, seconds, pause."""
    return Turn(
        index=row[0],
        speaker=row[1],
        text=row[2],
        status=row[3],
        created=datetime.fromisoformat(row[4]),
        seconds=row[5],
        pause=row[6],
    )
