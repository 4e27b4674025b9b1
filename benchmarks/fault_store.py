"""One fault case of the fault suite, run in the app: `python fault_store.py CASE`.

Exit 0: the app held (one clear line, no turn lost); 1: it did not; 3: skipped (the reason).
"""

import asyncio
import contextlib
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST, SECOND = "Wat geeft je energie?", "Wat zou je willen veranderen? " * 400


class Failed(Exception):
    pass


class Skipped(Exception):
    pass


def check(condition: bool, reason: str) -> None:
    if not condition:
        raise Failed(reason)


def home() -> Path:
    return Path(os.environ["STAYSIM_HOME"])


def db_path() -> Path:
    return home() / "staysim.db"


def make(**kwargs):  # type: ignore[no-untyped-def]
    from simulator.engine import choose_backend
    from simulator.library import load_library
    from simulator.tui.app import make_app

    app = make_app(backend=choose_backend("offline"), library=load_library(), lang="nl", **kwargs)
    notes: list[tuple[str, dict]] = []
    original = app.notify

    def notify(message, **options):  # type: ignore[no-untyped-def]
        notes.append((str(message), options))
        return original(message, **options)

    app.notify = notify  # type: ignore[method-assign]
    return app, notes


async def settle(pilot, seconds: float = 30) -> None:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    end = loop.time() + seconds
    await pilot.pause()
    while loop.time() < end:
        app = pilot.app
        screen = app.screen
        working = any(w.node in (screen, app) and not w.is_finished for w in app.workers)
        if not working and not getattr(screen, "busy", False):
            break
        await asyncio.sleep(0.05)
    await pilot.pause()


async def picker_says(title: str, open_history: bool = False) -> None:
    from simulator.tui.screens.picker import PickerScreen

    app, notes = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        if open_history:
            await pilot.press("h")
            await settle(pilot)
        check(app.is_running, "the app stopped")
        said = [n for n in notes if n[1].get("title") == title]
        check(len(said) == 1, f"no single line titled {title!r}: {notes}")
        check("Traceback" not in said[0][0] and "\n" not in said[0][0], "not one plain line")
        if open_history:
            await pilot.press("escape")
            await settle(pilot)
        check(isinstance(app.screen, PickerScreen), "the picker is gone")


def held_lock(seconds: float) -> threading.Thread:
    ready = threading.Event()

    def hold() -> None:
        db = sqlite3.connect(db_path(), isolation_level=None, check_same_thread=False)
        db.execute("BEGIN EXCLUSIVE")
        ready.set()
        threading.Event().wait(seconds)
        db.execute("ROLLBACK")
        db.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    ready.wait(10)
    return thread


def seed(sessions: int = 1) -> None:
    from simulator.store import Store

    store = Store.open(db_path())
    for n in range(sessions):
        sid = store.create_session("stille-senior", "offline", None, "nl")
        store.append_turn(sid, "manager", f"Wat geeft je energie, {n}? " * 40)
    store.close()


async def turn_refused_then_resent(block, unblock) -> None:  # type: ignore[no-untyped-def]
    """A turn the store cannot take stays in the input; ctrl+r then sends exactly it."""
    from textual.widgets import Input

    from simulator.tui.widgets.turn import TurnView

    app, notes = make(scenario_id="stille-senior")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.query_one("#say", Input).value = FIRST
        await pilot.press("enter")
        await settle(pilot)
        block()
        screen.query_one("#say", Input).value = SECOND
        await pilot.press("enter")
        await settle(pilot, 60)
        views = list(screen.query(TurnView))
        check(views[-1].speaker == "notice", f"no notice: {[v.speaker for v in views]}")
        check(screen.query_one("#say", Input).value == SECOND, "the turn left the input")
        check(
            [v.text for v in views if v.speaker == "manager"] == [FIRST], "shown though unsaved"
        )
        unblock()
        await pilot.press("ctrl+r")
        await settle(pilot, 60)
        sid = screen.session.session_id
        rows = [(t.speaker, t.text, t.status) for t in app.store.load_session(sid).turns]
        check([r[1] for r in rows if r[0] == "manager"] == [FIRST, SECOND.strip()], "turn lost")
        check(rows[-1][0] == "employee" and rows[-1][2] == "complete", "no reply after ctrl+r")
        for before, after in zip(rows, rows[1:], strict=False):
            check(not (before[0] == after[0] == "employee"), "two employee replies in a row")
        check(not any("Traceback" in n[0] for n in notes), "a traceback")


@contextlib.contextmanager
def small_disk(size: str = "2m"):  # type: ignore[no-untyped-def]
    target = home()
    target.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(target)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        raise Skipped(f"cannot mount a small tmpfs here ({mounted.stderr.strip()})")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with contextlib.suppress(OSError), open(filler, "wb") as out:
        while True:
            out.write(b"\0" * 4096)
            out.flush()
    return filler


def refusing(kind: str):  # type: ignore[no-untyped-def]
    """Make the store refuse one kind of write, as a full disk does, until told otherwise."""
    from simulator.store import Store, StoreError

    state = {"on": False}
    original = Store.append_turn

    def append_turn(self, session_id, speaker, *args, **kwargs):  # type: ignore[no-untyped-def]
        if state["on"] and speaker == kind:
            raise StoreError(f"{self.path}: cannot save: database or disk is full")
        return original(self, session_id, speaker, *args, **kwargs)

    Store.append_turn = append_turn  # type: ignore[method-assign]
    return lambda: state.update(on=True), lambda: state.update(on=False)


async def run(name: str) -> None:
    if name == "garbage":
        home().mkdir(parents=True, exist_ok=True)
        db_path().write_bytes(b"no database here\x00" * 500)
        await picker_says("Geschiedenis niet beschikbaar")
    elif name == "newer-schema":
        home().mkdir(parents=True, exist_ok=True)
        sqlite3.connect(db_path()).execute("PRAGMA user_version = 99")
        await picker_says("Geschiedenis niet beschikbaar")
    elif name == "directory":
        db_path().mkdir(parents=True)
        await picker_says("Geschiedenis niet beschikbaar")
    elif name == "lock-at-start":
        seed()
        held_lock(30)
        await picker_says("Geschiedenis niet beschikbaar")
    elif name == "damaged-page":
        seed(60)
        raw = bytearray(db_path().read_bytes())
        middle = len(raw) // 4096 // 2
        raw[4096 * middle : 4096 * (middle + 1)] = b"\xde\xad" * 2048
        db_path().write_bytes(bytes(raw))
        await picker_says("Kan de geschiedenis niet laden", open_history=True)
    elif name == "lock-during-turn":
        locks: list[threading.Thread] = []
        await turn_refused_then_resent(
            lambda: locks.append(held_lock(14)), lambda: locks[0].join()
        )
    elif name == "disk-full-during-turn":
        with small_disk() as folder:
            fillers: list[Path] = []
            await turn_refused_then_resent(
                lambda: fillers.append(fill(folder)), lambda: fillers[0].unlink()
            )
    elif name == "disk-full-at-start":
        with small_disk("64k") as folder:
            fill(folder)
            app, notes = make(scenario_id="stille-senior")
            async with app.run_test(size=(120, 40)) as pilot:
                await settle(pilot)
                titles = [n[1].get("title") for n in notes]
                check("Kan het gesprek niet beginnen" in titles, f"no clear line: {notes}")
                check(app.is_running, "the app stopped")
    elif name in ("refused-turn", "refused-reply"):
        block, unblock = refusing("manager" if name == "refused-turn" else "employee")
        if name == "refused-turn":
            await turn_refused_then_resent(block, unblock)
        else:
            await reply_refused(block, unblock)
    elif name == "hostile-app":
        await picker_with_hostile_library()
    else:
        raise SystemExit(f"unknown case {name}")


async def reply_refused(block, unblock) -> None:  # type: ignore[no-untyped-def]
    from textual.widgets import Input

    app, _ = make(scenario_id="stille-senior")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        block()
        screen.query_one("#say", Input).value = FIRST
        await pilot.press("enter")
        await settle(pilot)
        unblock()
        await pilot.press("ctrl+r")
        await settle(pilot)
        sid = screen.session.session_id
        rows = [(t.speaker, t.status) for t in app.store.load_session(sid).turns]
        check(rows == [("employee", "complete"), ("manager", "complete"), ("employee", "complete")],
              f"rows after a refused reply and ctrl+r: {rows}")  # fmt: skip


async def picker_with_hostile_library() -> None:
    from simulator.tui.screens.picker import PickerScreen

    app, notes = make()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        check(app.is_running and isinstance(app.screen, PickerScreen), "the picker is gone")
        warned = [n for n in notes if n[1].get("severity") == "warning"]
        check(all(n[1].get("markup") is False for n in warned), "a warning parsed as markup")
        check(all("\x1b" not in n[0] for n in notes), "an escape in a notification")


def main() -> int:
    name = sys.argv[1]
    try:
        asyncio.run(run(name))
    except Failed as failure:
        print(failure)
        return 1
    except Skipped as skipped:
        print(skipped)
        return 3
    return 0


CASES = (
    "garbage",
    "newer-schema",
    "directory",
    "lock-at-start",
    "damaged-page",
    "lock-during-turn",
    "disk-full-during-turn",
    "disk-full-at-start",
    "refused-turn",
    "refused-reply",
)

if __name__ == "__main__":
    sys.exit(main())
