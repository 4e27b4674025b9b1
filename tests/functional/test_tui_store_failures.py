"""The app with a store it cannot open or write: one clear line, the app goes on, no turn lost."""

import sqlite3
import threading

import pytest
from textual.widgets import DataTable, Input
from tui_helpers import fixed_library, say, wait_idle

from simulator import paths
from simulator.engine import choose_backend
from simulator.store import Store, StoreError
from simulator.tui.app import make_app
from simulator.tui.screens.history import HistoryScreen
from simulator.tui.screens.picker import PickerScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.widgets.turn import TurnView

OFFLINE = choose_backend("offline")


def _recorded(app) -> list[tuple[str, dict]]:
    notes: list[tuple[str, dict]] = []
    original = app.notify

    def notify(message, **kwargs):
        notes.append((str(message), kwargs))
        return original(message, **kwargs)

    app.notify = notify
    return notes


def _app(**kwargs):
    kwargs.setdefault("library", fixed_library())
    return make_app(backend=OFFLINE, lang="nl", **kwargs)


async def _picker_says_the_store_failed(app) -> tuple[str, dict]:
    notes = _recorded(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_idle(pilot, timeout=30)
        assert isinstance(app.screen, PickerScreen)
        assert app.screen.query_one(DataTable).row_count == 1
        failed = [n for n in notes if n[1].get("title") == "Geschiedenis niet beschikbaar"]
        assert len(failed) == 1, notes
        message, options = failed[0]
        assert str(paths.database_path()) in message and "Traceback" not in message
        assert options["severity"] == "error" and options["markup"] is False
        # The picker still works: a practice session cannot start, and says so.
        await pilot.press("enter")
        await wait_idle(pilot, timeout=30)
        assert isinstance(app.screen, PickerScreen)
        assert notes[-1][1]["title"] == "Kan het gesprek niet beginnen"
    return failed[0]


async def test_garbage_in_the_database_is_one_line_not_a_crash():
    path = paths.database_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is no database\x00" * 300)
    app = _app()
    message, _ = await _picker_says_the_store_failed(app)
    assert "not a database" in message


async def test_a_database_from_a_newer_staysim_is_one_line_not_a_crash(english):
    path = paths.database_path()
    path.parent.mkdir(parents=True)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    message, _ = await _picker_says_the_store_failed(_app())
    assert "newer staysim" in message


@pytest.mark.slow
async def test_a_write_lock_held_past_the_timeout_is_one_line_not_a_crash():
    Store.open(paths.database_path()).close()
    holder = sqlite3.connect(paths.database_path(), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        message, _ = await _picker_says_the_store_failed(_app())
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "locked" in message


async def test_history_on_a_damaged_page_is_one_line_not_a_crash():
    store = Store.open(paths.database_path())
    for n in range(60):
        sid = store.create_session("tess-basis", "offline", None, "nl")
        store.append_turn(sid, "manager", f"Wat geeft je energie, {n}? " * 40)
    store.close()
    raw = bytearray(paths.database_path().read_bytes())
    page = 4096
    pages = len(raw) // page
    assert pages > 6
    # A leaf page of the turns table in the middle of the file, overwritten.
    raw[page * (pages // 2) : page * (pages // 2 + 1)] = b"\xde\xad" * (page // 2)
    paths.database_path().write_bytes(bytes(raw))
    app = _app()
    notes = _recorded(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_idle(pilot)
        await pilot.press("h")
        await wait_idle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        titles = [n[1].get("title") for n in notes]
        assert "Kan de geschiedenis niet laden" in titles, notes
        message = notes[titles.index("Kan de geschiedenis niet laden")][0]
        assert "malformed" in message and "Traceback" not in message
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)


class Refusing:
    """A store that refuses chosen writes, as a full disk or a held lock would."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.refuse: set[str] = set()

    def install(self) -> None:
        for name in ("append_turn", "update_turn"):
            original = getattr(self.store, name)

            def refusing(*args, _name=name, _original=original, **kwargs):
                speaker = args[1] if _name == "append_turn" else "employee"
                if f"{_name}:{speaker}" in self.refuse:
                    raise StoreError(f"{self.store.path}: cannot save: database or disk is full")
                return _original(*args, **kwargs)

            setattr(self.store, name, refusing)


def _rows(store: Store, session_id: int) -> list[tuple[str, str, str]]:
    saved = store.load_session(session_id)
    assert saved is not None
    return [(t.speaker, t.text, t.status) for t in saved.turns]


def _no_two_replies_in_a_row(rows: list[tuple[str, str, str]]) -> None:
    for before, after in zip(rows, rows[1:], strict=False):
        assert not (before[0] == after[0] == "employee" and before[2] == "complete"), rows


async def test_a_turn_the_store_refused_stays_and_ctrl_r_sends_exactly_it(tmp_path):
    store = Store.open(tmp_path / "s.db")
    refusing = Refusing(store)
    refusing.install()
    app = _app(store=store, scenario_id="tess-basis")
    first, second = "Wat geeft je energie?", "Wat zou je willen veranderen?"
    notes = _recorded(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        await say(pilot, first)
        refusing.refuse.add("append_turn:manager")
        await say(pilot, second)
        # Not saved, so not shown as sent: the text stays in the input, a notice says why.
        assert screen.query_one("#say", Input).value == second
        views = list(screen.query(TurnView))
        assert [v.text for v in views if v.speaker == "manager"] == [first]
        assert views[-1].speaker == "notice" and "disk is full" in views[-1].text
        assert "ctrl+r" in views[-1].status
        assert not any("Traceback" in n[0] for n in notes)
        refusing.refuse.clear()
        await pilot.press("ctrl+r")
        await wait_idle(pilot)
        views = list(screen.query(TurnView))
        managers = [v for v in views if v.speaker == "manager"]
        assert [v.text for v in managers] == [first, second]
        # The badge shows this turn's codes (an open question), not the previous one's.
        assert managers[-1].codes == list(screen.session.last_codes())
        assert screen.query_one("#say", Input).value == ""
        rows = _rows(store, screen.session.session_id)
        assert [r[1] for r in rows if r[0] == "manager"] == [first, second]
        assert rows[-1][0] == "employee" and rows[-1][2] == "complete"
        _no_two_replies_in_a_row(rows)


async def test_a_reply_the_store_refused_is_asked_again_for_the_same_turn(tmp_path):
    store = Store.open(tmp_path / "s.db")
    refusing = Refusing(store)
    refusing.install()
    app = _app(store=store, scenario_id="tess-basis")
    question = "Wat houdt je hier?"
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        await say(pilot, "Wat geeft je energie?")
        refusing.refuse.add("append_turn:employee")
        await say(pilot, question)
        assert list(screen.query(TurnView))[-1].speaker == "notice"
        assert "Kan niet bewaren" in list(screen.query(TurnView))[-1].display_name
        refusing.refuse.clear()
        await pilot.press("ctrl+r")
        await wait_idle(pilot)
        rows = _rows(store, screen.session.session_id)
        assert [r[1] for r in rows if r[0] == "manager"][-1] == question
        assert rows[-2][1] == question and rows[-1][0] == "employee" and rows[-1][2] == "complete"
        _no_two_replies_in_a_row(rows)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert _rows(store, screen.session.session_id) == rows, "nothing left to answer"


async def test_the_turn_is_saved_before_it_is_shown(tmp_path):
    store = Store.open(tmp_path / "s.db")
    original = store.append_turn
    release = threading.Event()
    seen: list[bool] = []
    app = _app(store=store, scenario_id="tess-basis")
    text = "Wat maakt een goede werkdag voor jou?"

    def slow_append(session_id, speaker, *args, **kwargs):
        if speaker == "manager":
            release.wait(10)
        return original(session_id, speaker, *args, **kwargs)

    store.append_turn = slow_append  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen.query_one("#say", Input).value = text
        await pilot.press("enter")
        for _ in range(20):
            await pilot.pause(0.02)
            seen.append(any(v.text == text for v in screen.query(TurnView)))
        assert not any(seen), "shown as sent before it was saved"
        assert screen.query_one("#say", Input).value == text
        release.set()
        await wait_idle(pilot)
        assert any(v.text == text and v.speaker == "manager" for v in screen.query(TurnView))
        rows = _rows(store, screen.session.session_id)
        assert ("manager", text, "complete") in rows
