"""SQLite session store: WAL, ordered migrations, every turn committed as it happens."""

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from simulator.domain.scorecard import Scorecard
from simulator.domain.session import Session, Speaker, Turn, TurnStatus
from simulator.locale.scorecard import stored_json
from simulator.store_guard import StoreError, cannot_open, guarded, when_unlocked
from simulator.store_schema import (
    MIGRATIONS,
    scorecard_or_none,
    session_from_row,
    turn_from_row,
)

__all__ = ["MIGRATIONS", "HistoryEntry", "Store", "StoreError"]

@dataclass(frozen=True)
class HistoryEntry:
    """One saved session as `staysim history` shows it; `session.turns` only when asked for."""

    session: Session
    turn_count: int
    interrupted: int
    passed: bool | None = None  # what its scorecard says; None before it is scored

    @property
    def status(self) -> str:
        return "finished" if self.session.ended is not None else "unfinished"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """One SQLite file; open with `Store.open(path)` and pass the object around."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        # One connection may be shared by the app's threads; a transaction must not interleave.
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: Path) -> "Store":
        try:
            # Practice sessions are personal HR data: owner-only folder and file. SQLite gives
            # its -wal and -shm files the database file's permissions.
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not path.exists():
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            db = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            raise cannot_open(path, exc) from None
        except OSError as exc:
            raise cannot_open(path, exc.strerror) from None
        try:
            db.execute("PRAGMA busy_timeout = 10000")
            # Switching to WAL can report "locked" at once, without waiting, while a second
            # instance opens the same new file: wait for it, within the same bound.
            when_unlocked(lambda: db.execute("PRAGMA journal_mode = WAL"))
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            db.close()
            raise cannot_open(path, exc) from None
        store = cls(db, path)
        try:
            when_unlocked(store.migrate)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise cannot_open(path, exc) from None
        except StoreError:
            db.close()
            raise
        return store

    @property
    def version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        with self._transaction():
            current = self.version
            if current > len(MIGRATIONS):
                raise StoreError.of("errors_store.newer", path=self.path, version=current)
            for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in script.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            else:
                self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    # Sessions

    @guarded("errors_store.cannot_save")
    def create_session(
        self,
        scenario: str | None,
        backend: str,
        model: str | None = None,
        language: str = "nl",
        assignment: str | None = None,
    ) -> int:
        """A new session; `assignment` tags it as an attempt at that assignment pack."""
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO sessions (scenario, backend, model, language, started, assignment)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (scenario, backend, model, language, _now(), assignment),
            )
            return int(cursor.lastrowid or 0)

    @guarded("errors_store.cannot_read")
    def assignment_sessions(self, assignment: str) -> list[int]:
        """The ids of the sessions tagged with an assignment, oldest first."""
        rows = self._db.execute(
            "SELECT id FROM sessions WHERE assignment = ? ORDER BY started, id", (assignment,)
        )
        return [int(row[0]) for row in rows]

    @guarded("errors_store.cannot_save")
    def append_turn(
        self,
        session_id: int,
        speaker: Speaker,
        text: str,
        status: TurnStatus = "complete",
        state: dict | None = None,
    ) -> int:
        """Add a turn and commit it, with the engine's `state` after it if given (one
        transaction, so a resumed session never has the one without the other)."""
        with self._transaction() as db:
            if state is not None:
                db.execute(
                    "UPDATE sessions SET state = ? WHERE id = ?", (json.dumps(state), session_id)
                )
            row = db.execute(
                "SELECT COALESCE(MAX(idx), -1) + 1 FROM turns WHERE session_id = ?", (session_id,)
            ).fetchone()
            index = int(row[0])
            db.execute(
                "INSERT INTO turns (session_id, idx, speaker, text, status, created)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (session_id, index, speaker, text, status, _now()),
            )
            return index

    @guarded("errors_store.cannot_save")
    def update_turn(self, session_id: int, index: int, text: str, status: TurnStatus) -> None:
        """Rewrite a turn in place, e.g. a streamed reply as it grows or once it finishes."""
        with self._transaction() as db:
            db.execute(
                "UPDATE turns SET text = ?, status = ? WHERE session_id = ? AND idx = ?",
                (text, status, session_id, index),
            )

    @guarded("errors_store.cannot_save")
    def time_turn(
        self, session_id: int, index: int, seconds: float | None, pause: float | None
    ) -> None:
        """Keep a voice turn's seconds of speech and the silence before it."""
        with self._transaction() as db:
            db.execute(
                "UPDATE turns SET seconds = ?, pause = ? WHERE session_id = ? AND idx = ?",
                (seconds, pause, session_id, index),
            )

    @guarded("errors_store.cannot_save")
    def delete_turn(self, session_id: int, index: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM turns WHERE session_id = ? AND idx = ?", (session_id, index))

    @guarded("errors_store.cannot_save")
    def save_state(self, session_id: int, state: dict) -> None:
        """Keep the engine's state (e.g. the director's) so a session can be resumed."""
        with self._transaction() as db:
            db.execute(
                "UPDATE sessions SET state = ? WHERE id = ?", (json.dumps(state), session_id)
            )

    @guarded("errors_store.cannot_read")
    def load_state(self, session_id: int) -> dict | None:
        row = self._db.execute("SELECT state FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None or row[0] is None:
            return None
        state: dict = json.loads(row[0])
        return state

    @guarded("errors_store.cannot_save")
    def finish_session(self, session_id: int, scorecard: Scorecard) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE sessions SET ended = ?, score = ?, scorecard = ? WHERE id = ?",
                (_now(), scorecard.score, stored_json(scorecard), session_id),
            )

    @guarded("errors_store.cannot_read")
    def list_sessions(self, limit: int | None = None) -> list[Session]:
        """Sessions newest first, without their turns."""
        query = (
            "SELECT id, scenario, backend, model, language, started, ended, score"
            " FROM sessions ORDER BY started DESC, id DESC"
        )
        params: tuple = ()
        if limit is not None:
            query += " LIMIT ?"
            params = (limit,)
        return [session_from_row(row) for row in self._db.execute(query, params)]

    @guarded("errors_store.cannot_read")
    def load_session(self, session_id: int) -> Session | None:
        if not 0 < session_id < 2**63:
            return None  # SQLite cannot hold it, so no such session exists
        row = self._db.execute(
            "SELECT id, scenario, backend, model, language, started, ended, score, scorecard"
            " FROM sessions WHERE id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            return None
        turns = [
            turn_from_row(t)
            for t in self._db.execute(
                "SELECT idx, speaker, text, status, created, seconds, pause FROM turns"
                " WHERE session_id = ? ORDER BY idx",
                (session_id,),
            )
        ]
        return session_from_row(row, scorecard=scorecard_or_none(row[8]), turns=turns)

    @guarded("errors_store.cannot_read")
    def turn_count(self, session_id: int) -> int:
        row = self._db.execute(
            "SELECT COUNT(*) FROM turns WHERE session_id = ?", (session_id,)
        ).fetchone()
        return int(row[0])

    @guarded("errors_store.cannot_read")
    def history(self, limit: int | None = None, with_turns: bool = False) -> list[HistoryEntry]:
        """Sessions newest first with their turn counts; with `with_turns`, their turns too.

        Two queries however many sessions there are, so a long history loads quickly.
        """
        query = (
            "SELECT s.id, s.scenario, s.backend, s.model, s.language, s.started, s.ended,"
            " s.score, COUNT(t.idx), COALESCE(SUM(t.status = 'interrupted'), 0),"
            " CASE WHEN json_valid(s.scorecard) THEN json_extract(s.scorecard, '$.passed') END"
            " FROM sessions s LEFT JOIN turns t ON t.session_id = s.id"
            " GROUP BY s.id ORDER BY s.started DESC, s.id DESC"
        )
        params: tuple = ()
        if limit is not None:
            query += " LIMIT ?"
            params = (limit,)
        with self._lock:
            rows = self._db.execute(query, params).fetchall()
            turns: dict[int, list[Turn]] = {}
            if with_turns and rows:
                wanted = {row[0] for row in rows}
                for t in self._db.execute(
                    "SELECT session_id, idx, speaker, text, status, created, seconds, pause"
                    " FROM turns ORDER BY session_id, idx"
                ):
                    if t[0] in wanted:
                        turns.setdefault(t[0], []).append(turn_from_row(t[1:]))
        return [
            HistoryEntry(
                session=session_from_row(row, turns=turns.get(row[0], [])),
                turn_count=int(row[8]),
                interrupted=int(row[9]),
                passed=None if row[10] is None else bool(row[10]),
            )
            for row in rows
        ]

    def unfinished_sessions(self) -> list[Session]:
        """Sessions that were never finished, e.g. after a crash; newest first."""
        return [s for s in self.list_sessions() if s.ended is None]
