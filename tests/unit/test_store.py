"""The SQLite session store: migrations, read-back, refusals and concurrent writers."""

import multiprocessing
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from simulator.domain.scorecard import Actions, Metrics, Scorecard
from simulator.store import MIGRATIONS, Store, StoreError

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")


def _scorecard(score: int = 70) -> Scorecard:
    return Scorecard(
        scenario="tess-basis",
        language="nl",
        score=score,
        metrics=Metrics(manager_talk_share=0.4, open_questions=2),
        actions=Actions(manager=True),
    )


def test_migrates_an_empty_file_to_the_latest_schema(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 0
    store = Store.open(path)
    assert store.version == len(MIGRATIONS) >= 2
    store.close()
    # Opening again is a no-op, not a second migration.
    again = Store.open(path)
    assert again.version == len(MIGRATIONS)
    again.close()


def test_opening_creates_missing_folders_and_private_files(tmp_path):
    path = tmp_path / "a" / "b" / "staysim.db"
    store = Store.open(path)
    assert path.exists()
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.append_turn(store.create_session("a", "offline"), "manager", "Hoi")
    for file in (path, path.with_name("staysim.db-wal")):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    store.close()


def test_sessions_and_turns_read_back(tmp_path):
    store = Store.open(tmp_path / "s.db")
    sid = store.create_session("tess-basis", "offline", None, "nl")
    assert store.append_turn(sid, "manager", "Wat geeft je energie?") == 0
    assert store.append_turn(sid, "employee", "Het team", "interrupted") == 1
    store.update_turn(sid, 1, "Het team, echt.", "complete")
    store.save_state(sid, {"trust": 0.6})
    session = store.load_session(sid)
    assert session is not None
    assert [(t.index, t.speaker, t.text, t.status) for t in session.turns] == [
        (0, "manager", "Wat geeft je energie?", "complete"),
        (1, "employee", "Het team, echt.", "complete"),
    ]
    assert session.ended is None and session.scorecard is None
    assert store.load_state(sid) == {"trust": 0.6}
    assert [s.id for s in store.unfinished_sessions()] == [sid]

    store.finish_session(sid, _scorecard(81))
    finished = store.load_session(sid)
    assert finished is not None and finished.ended is not None
    assert finished.score == 81 and finished.scorecard == _scorecard(81)
    assert store.unfinished_sessions() == []
    assert store.load_session(sid + 100) is None
    store.close()


def test_history_counts_turns_and_status(tmp_path):
    store = Store.open(tmp_path / "s.db")
    first = store.create_session("a", "offline")
    store.append_turn(first, "manager", "Hoi")
    store.append_turn(first, "employee", "Hal", "interrupted")
    store.finish_session(first, _scorecard(55))
    second = store.create_session("b", "openai", "gpt-x", "en")
    empty = store.create_session(None, "offline")
    entries = store.history()
    assert [e.session.id for e in entries] == [empty, second, first]
    by_id = {e.session.id: e for e in entries}
    assert (by_id[first].turn_count, by_id[first].interrupted) == (2, 1)
    assert by_id[first].status == "finished" and by_id[first].session.score == 55
    assert by_id[second].status == "unfinished" and by_id[second].turn_count == 0
    assert all(e.session.turns == [] for e in entries)
    with_turns = {e.session.id: e for e in store.history(with_turns=True)}
    assert [t.text for t in with_turns[first].session.turns] == ["Hoi", "Hal"]
    assert store.turn_count(first) == 2
    assert len(store.history(limit=1)) == 1
    store.close()


def test_newer_schema_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "new.db"
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    with pytest.raises(StoreError) as info:
        Store.open(path)
    message = str(info.value)
    assert str(path) in message and "newer staysim" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "content",
    [b"\x00garbage\xff" * 500, b"SQLite format 3\x00" + b"\xde\xad" * 4000],
    ids=["garbage", "bad-header"],
)
def test_a_corrupt_file_gives_a_store_error(tmp_path, content):
    path = tmp_path / "corrupt.db"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert str(path) in str(info.value)
    assert "cannot open the session store" in str(info.value)
    # The user's file is left as it was, for them to rescue.
    assert path.read_bytes() == content


def test_a_folder_in_the_way_gives_a_store_error(tmp_path):
    path = tmp_path / "staysim.db"
    path.mkdir()
    with pytest.raises(StoreError):
        Store.open(path)


def test_an_unreadable_saved_scorecard_does_not_lose_the_session(tmp_path):
    store = Store.open(tmp_path / "s.db")
    sid = store.create_session("a", "offline")
    store.append_turn(sid, "manager", "Hoi")
    store.finish_session(sid, _scorecard())
    store._db.execute("UPDATE sessions SET scorecard = '{\"broken\": 1}' WHERE id = ?", (sid,))
    session = store.load_session(sid)
    assert session is not None and session.scorecard is None
    assert [t.text for t in session.turns] == ["Hoi"]
    store.close()


def test_two_stores_on_one_file_in_threads_lose_nothing(tmp_path):
    path = tmp_path / "shared.db"
    stores = [Store.open(path), Store.open(path)]
    sids = [stores[0].create_session("a", "offline"), stores[1].create_session("b", "offline")]
    errors: list[BaseException] = []

    def write(store: Store, sid: int, other: int) -> None:
        try:
            for i in range(100):
                store.append_turn(sid, "manager", f"eigen {i}")
                # Both writers also append to the same session, racing for its next index.
                store.append_turn(other, "employee", f"gedeeld {sid} {i}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(stores[0], sids[0], sids[0])),
        threading.Thread(target=write, args=(stores[1], sids[1], sids[0])),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    check = Store.open(path)
    first = check.load_session(sids[0])
    second = check.load_session(sids[1])
    assert first is not None and second is not None
    assert len(first.turns) == 300 and len(second.turns) == 100
    assert [t.index for t in first.turns] == list(range(300))
    assert check._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for store in [*stores, check]:
        store.close()


def _process_writer(path: str, sid: int, tag: str, count: int) -> None:
    store = Store.open(Path(path))
    for i in range(count):
        store.append_turn(sid, "manager", f"{tag} {i}")
    store.close()


def test_two_processes_on_one_file_lose_nothing(tmp_path):
    path = tmp_path / "shared.db"
    store = Store.open(path)
    sid = store.create_session("a", "offline")
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=_process_writer, args=(str(path), sid, tag, 150))
        for tag in ("een", "twee")
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    assert [w.exitcode for w in workers] == [0, 0]
    session = store.load_session(sid)
    assert session is not None
    texts = [t.text for t in session.turns]
    assert len(texts) == 300
    expected = [f"{tag} {i}" for tag in ("een", "twee") for i in range(150)]
    assert sorted(texts) == sorted(expected)
    assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_first_open_by_two_processes_at_once_migrates_once(tmp_path):
    path = tmp_path / "fresh.db"
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_open_and_close, args=(str(path),)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    store = Store.open(path)
    assert store.version == len(MIGRATIONS)
    store.close()


def _open_and_close(path: str) -> None:
    Store.open(Path(path)).close()


def test_a_failing_write_is_a_store_error_naming_the_file(tmp_path):
    store = Store.open(tmp_path / "s.db")
    sid = store.create_session("a", "offline")
    store._db.execute("PRAGMA query_only = ON")
    with pytest.raises(StoreError) as info:
        store.append_turn(sid, "manager", "Hoi")
    assert str(info.value).startswith(f"{tmp_path / 's.db'}: cannot save to the session store:")
    store._db.execute("PRAGMA query_only = OFF")
    # The failed write left nothing half-done; the store keeps working.
    assert store.append_turn(sid, "manager", "Hoi") == 0
    store.close()


def test_an_unreadable_row_is_a_store_error(tmp_path):
    store = Store.open(tmp_path / "s.db")
    sid = store.create_session("a", "offline")
    store._db.execute("UPDATE sessions SET started = 'gisteren' WHERE id = ?", (sid,))
    for read in (store.history, store.list_sessions, lambda: store.load_session(sid)):
        with pytest.raises(StoreError, match="cannot read the session store"):
            read()
    store.close()


def test_a_session_number_beyond_sqlite_is_simply_not_there(tmp_path):
    from simulator.store import Store

    store = Store.open(tmp_path / "s.db")
    assert store.load_session(99999999999999999999999) is None
    assert store.load_session(-1) is None


def test_opening_waits_while_another_instance_holds_the_new_file_locked(tmp_path):
    import sqlite3
    import threading
    import time

    from simulator.store import Store

    path = tmp_path / "s.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")
    releaser = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    started = time.monotonic()
    releaser.start()
    try:
        store = Store.open(path)
    finally:
        releaser.join()
        other.close()
    assert time.monotonic() - started >= 0.4
    assert store.version >= 1
