"""Fault suite: kill -9 at many moments, a failing store in the app, and hostile files.

Prints a table of tries / held / failed per kind and exits 1 if anything failed.
"""

import argparse
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TURN = "Waar kijk je elke werkdag het meest naar uit?"
# Milliseconds from Enter to kill -9; 0 is "just after Enter".
DELAYS = (0, 0, 1, 2, 5, 10, 20, 30, 50, 80, 120, 200, 300, 500, 800)
# "Jij" as the speaker of a turn, not in the meters' "Jij praat".
SHOWN = re.compile(rb"Jij(?! praat)")


def _env(home: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "STAYSIM_"))}
    env.update(STAYSIM_HOME=home, TERM="xterm-256color", PYTHONPATH=str(ROOT))
    return env


def _turns(home: str) -> list[tuple[str, str, str]]:
    path = Path(home) / "staysim.db"
    if not path.exists():
        return []
    db = sqlite3.connect(path, timeout=10)
    try:
        return list(db.execute("SELECT speaker, text, status FROM turns ORDER BY session_id, idx"))
    except sqlite3.OperationalError:  # not created yet
        return []
    finally:
        db.close()


SHOWN_BEFORE_KILL: list[bool] = []


def kill_once(delay_ms: int) -> str | None:
    """The app in a terminal, a turn sent, kill -9 after `delay_ms`: None if nothing was lost."""
    import fcntl
    import pty
    import select
    import struct
    import termios

    with tempfile.TemporaryDirectory() as home:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        process = subprocess.Popen(
            [sys.executable, "-m", "simulator", "practice", "--scenario", "stille-senior",
             "--backend", "offline"],
            stdin=slave, stdout=slave, stderr=slave, env=_env(home), cwd=ROOT,
            start_new_session=True,
        )  # fmt: skip
        os.close(slave)
        screen = b""
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not _turns(home):
                if select.select([master], [], [], 0.05)[0]:
                    screen += os.read(master, 65536)
            time.sleep(0.3)
            while select.select([master], [], [], 0)[0]:
                screen += os.read(master, 65536)
            before = len(screen)
            os.write(master, TURN.encode() + b"\r")
            end = time.monotonic() + delay_ms / 1000
            while time.monotonic() < end:
                if select.select([master], [], [], max(end - time.monotonic(), 0))[0]:
                    screen += os.read(master, 65536)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            os.close(master)
        shown = SHOWN.search(screen, before) is not None
        SHOWN_BEFORE_KILL.append(shown)
        return _check_after_kill(home, shown)


def _check_after_kill(home: str, shown: bool) -> str | None:
    turns = _turns(home)
    managers = [t for t in turns if t[0] == "manager"]
    if shown and not managers:
        return "the turn was shown as sent but is not saved"
    if managers and managers != [("manager", TURN, "complete")]:
        return f"manager turns saved wrongly: {managers}"
    for before, after in zip(turns, turns[1:], strict=False):
        if before[0] == after[0] == "employee" and before[2] == "complete":
            return "two employee replies in a row"
    db = sqlite3.connect(Path(home) / "staysim.db")
    try:
        if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return "the database is damaged"
    finally:
        db.close()
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "history", "--json"],
        env=_env(home), cwd=ROOT, capture_output=True, timeout=60,
    )  # fmt: skip
    if done.returncode != 0:
        return f"history fails after the crash: {done.stderr.decode()[-200:]}"
    return None


def store_case(name: str) -> str | None:
    """One store failure in the app, in a process of its own (they wait on locks)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "fault_store.py"), name],
        env=_env(tempfile.mkdtemp()), cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    if done.returncode == 0:
        return None
    if done.returncode == 3:
        return "skip: " + done.stdout.strip()
    said = (done.stdout + done.stderr).strip().splitlines()
    return said[-1] if said else f"exit {done.returncode}"


def hostile_case(name: str, content: bytes | None) -> str | None:
    """One hostile scenario file: the CLI and the app stay up, with a plain warning."""
    with tempfile.TemporaryDirectory() as home:
        folder = Path(home) / "scenarios"
        folder.mkdir()
        target = folder / f"{name}.yaml"
        if name == "fifo":
            os.mkfifo(target)
        elif name == "dev-zero":
            target.symlink_to("/dev/zero")
        else:
            target.write_bytes(content or b"")
        try:
            done = subprocess.run(
                [sys.executable, str(ROOT / "benchmarks" / "fault_store.py"), "hostile-app"],
                env=_env(home), cwd=ROOT, capture_output=True, text=True, timeout=60,
            )  # fmt: skip
            listed = subprocess.run(
                [sys.executable, "-m", "simulator", "scenarios", "list"],
                env=_env(home), cwd=ROOT, capture_output=True, timeout=60,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            return "hangs"
        if done.returncode != 0:
            return (done.stdout + done.stderr).strip()[-300:]
        if b"Traceback" in listed.stderr or listed.returncode not in (0, 1):
            return f"scenarios list: exit {listed.returncode}"
        if b"\x1b" in listed.stdout + listed.stderr:
            return "scenarios list prints an escape"
    return None


def hostile_files() -> dict[str, bytes | None]:
    good = b"id: h\ntitle: %s\nlanguage: nl\npersona: sanne\ndifficulty: easy\nbriefing: b\n"
    files: dict[str, bytes | None] = {
        f"control-{n:02x}": good % f'"x{chr(n)}"'.encode() for n in (0x07, 0x1B, 0x00, 0x08)
    }
    files |= {
        "c1-csi": good % '"x\u009b31m"'.encode(),
        "fffe": good % '"x\ufffe"'.encode(),
        "bidi": good % '"\u202eevil"'.encode(),
        "osc-title": good % b'"\x1b]0;pwned\x07"',
        "markup-click": good.replace(b"persona: sanne", b'persona: "[@click=app.quit]CLICK"')
        % b"x",
        "markup-broken": good % b'"[bold]x[/italic]"',
        "markup-link": good % b'"[link=https://evil]x[/link]"',
        "huge": b"id: big\ntitle: " + b"x" * 3_000_000 + b"\n",
        "long-line": b"id: x\ntitle: " + b"a " * 600_000 + b"\n",
        "many-lines": b"id: x\nobjectives:\n" + b"  - ja\n" * 80_000,
        "deep-flow": b"id: deep\ntitle: " + b"[" * 50_000 + b"]" * 50_000 + b"\n",
        "billion-laughs": b"a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
        b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
        b"e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nid: lol\n",
        "python-tag": b'id: !!python/object/apply:os.system ["echo pwned"]\n',
        "bad-yaml-tab": b"id: x\n\ttitle: y\n",
        "bad-yaml-quote": b'id: "x\ntitle: y\n',
        "binary": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "latin-1": "id: caf\u00e9\n".encode("latin-1"),
        "empty": b"",
        "top-level-list": b"- a\n- b\n",
        "unknown-field": good % b"x" + b"colour: red\n",
        "bad-date": b"id: x\ntitle: 2024-13-45\n",
        "huge-int": b"id: x\ntitle: " + b"7" * 5000 + b"\n",
        "self-alias": b"id: &x [*x]\n",
        "name-esc-\x1b[31mred\x1b]0;t\x07": good.replace(b"sanne", b"nobody") % b"x",
        "name-[@click=app.quit]q": good.replace(b"sanne", b"nobody") % b"x",
        "fifo": None,
        "dev-zero": None,
    }
    return files


def table(results: dict[str, list[str | None]]) -> bool:
    print(f"{'kind':<28} {'tries':>6} {'held':>6} {'failed':>7} {'skipped':>8}")
    ok = True
    for kind, outcomes in results.items():
        skipped = sum(1 for o in outcomes if o and o.startswith("skip:"))
        failed = sum(1 for o in outcomes if o and not o.startswith("skip:"))
        held = len(outcomes) - failed - skipped
        print(f"{kind:<28} {len(outcomes):>6} {held:>6} {failed:>7} {skipped:>8}")
        ok = ok and not failed
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=105)
    parser.add_argument("--jobs", type=int, default=3)
    options = parser.parse_args()
    began = time.monotonic()
    from fault_store import CASES

    results: dict[str, list[str | None]] = {}
    problems: list[str] = []
    with ThreadPoolExecutor(options.jobs) as pool:
        stores = {name: pool.submit(store_case, name) for name in CASES}
        delays = [DELAYS[i % len(DELAYS)] for i in range(options.kills)]
        kills = list(pool.map(kill_once, delays))
        files = hostile_files()
        hostile = list(pool.map(hostile_case, files, files.values()))
        store_results = {name: future.result() for name, future in stores.items()}
    results["kill -9 after Enter"] = kills
    results["store failure in the app"] = list(store_results.values())
    results["hostile scenario file"] = hostile
    for delay, outcome in zip(delays, kills, strict=True):
        if outcome:
            problems.append(f"kill -9 at {delay} ms: {outcome}")
    problems += [f"store {n}: {o}" for n, o in store_results.items() if o]
    problems += [f"file {n}: {o}" for n, o in zip(files, hostile, strict=True) if o]
    ok = table(results)
    print(f"(the turn was on screen as sent at {sum(SHOWN_BEFORE_KILL)} of the kills)")
    for problem in problems:
        print("  " + problem)
    print(f"({time.monotonic() - began:.0f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main())
