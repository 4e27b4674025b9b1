"""Crash safety: a session killed with SIGKILL mid-reply is found intact and can be scored."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import fake_openai as fake
import pytest

from simulator import paths
from simulator.cli import main
from simulator.store import Store

fake_openai = fake.fake_openai
ROOT = Path(__file__).resolve().parents[2]
KEY = "sk-test-crash-4f8a1c"
TURNS = [
    "Waar kijk je elke werkdag het meest naar uit?",
    "Het klinkt alsof het team je energie geeft. Wat voelt voor jou het meest betekenisvol?",
    "Wat zou kunnen maken dat je overweegt om weg te gaan?",
]
FIRST, SECOND = "Het team, vooral.", "Dat mijn werk ergens landt."
LONG = " ".join(f"woord{n}" for n in range(60))

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


class Output:
    """Collects a child's stdout in the background so the test can wait for a moment."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.text = ""
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self._thread.start()

    def _read(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        while chunk := os.read(process.stdout.fileno(), 4096):
            with self._lock:
                self.text += chunk.decode("utf-8", "replace")

    def wait_for(self, predicate, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if predicate(self.text):
                    return self.text
            time.sleep(0.02)
        raise AssertionError(f"timed out; output so far:\n{self.text}")


def _env(server: fake.FakeOpenAI) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        OPENAI_BASE_URL=server.url,
        OPENAI_API_KEY=KEY,
        STAYSIM_MODEL="fake-model",
        PYTHONUNBUFFERED="1",
    )
    return env


def _slow_third_reply(server: fake.FakeOpenAI) -> None:
    server.reply(FIRST)
    server.reply(SECOND)
    server.reply_text = LONG
    server.chunk_delay = 0.15


def _saved() -> list[tuple[str, str, str]]:
    store = Store.open(paths.database_path())
    try:
        [entry] = store.history(with_turns=True)
        return [(t.speaker, t.text, t.status) for t in entry.session.turns]
    finally:
        store.close()


def _check_found_intact_and_scorable(tmp_path: Path, capsys, shown_partial: str) -> int:
    turns = _saved()
    managers = [t for t in turns if t[0] == "manager"]
    assert managers == [("manager", text, "complete") for text in TURNS]
    replies = [t for t in turns if t[0] == "employee"][1:]  # after the opening line
    assert replies[:2] == [("employee", FIRST, "complete"), ("employee", SECOND, "complete")]
    speaker, partial, status = turns[-1]
    assert (speaker, status) == ("employee", "interrupted")
    # Saved before it was shown, so the store has at least what the user saw.
    assert partial.strip() and partial.startswith(shown_partial.strip())
    assert LONG.startswith(partial)

    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["status"] == "unfinished" and row["interrupted"] == 1
    assert [t["text"] for t in row["turns"] if t["speaker"] == "manager"] == TURNS
    target = tmp_path / "crashed.json"
    assert main(["export", str(row["id"]), "--format", "json", "-o", str(target)]) == 0
    capsys.readouterr()
    assert main(["score", str(target), "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    assert card["metrics"]["open_questions"] >= 2
    assert card["transcript"][-1]["text"] == partial
    return int(row["id"])


def test_kill_9_during_a_streamed_reply_of_staysim_run(fake_openai, tmp_path, capsys):
    _slow_third_reply(fake_openai)
    script = tmp_path / "script.txt"
    script.write_text("\n".join(TURNS) + "\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "simulator", "run", "--scenario", "stille-senior",
         "--script", str(script), "--backend", "openai"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=_env(fake_openai),
        cwd=ROOT,
    )  # fmt: skip
    output = Output(process)
    try:
        marker = f"Leidinggevende: {TURNS[2]}\nSanne de Vries: "
        text = output.wait_for(lambda t: marker in t and "woord3" in t.split(marker)[1])
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    shown = text.split(marker)[1]
    sid = _check_found_intact_and_scorable(tmp_path, capsys, shown)

    # The next start can pick the session up again and finish it.
    from simulator.engine import PracticeSession, choose_backend
    from simulator.library import load_library

    store = Store.open(paths.database_path())
    resumed = PracticeSession.resume(
        store, sid, load_library(include_user=False), choose_backend("offline")
    )
    card = resumed.finish()
    store.close()
    assert card.metrics.open_questions >= 2
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "finished"


DRIVER = textwrap.dedent(
    """
    import asyncio, sys
    from simulator import paths
    from simulator.engine import PracticeSession, choose_backend
    from simulator.library import load_library
    from simulator.store import Store

    async def main():
        library = load_library()
        scenario = library.scenario("stille-senior")
        store = Store.open(paths.database_path())
        session = PracticeSession.start(
            store, scenario, library.persona_for(scenario), choose_backend("openai")
        )
        for turn in sys.argv[1:]:
            print("MANAGER", turn, flush=True)
            async for chunk in session.reply(turn):
                print("CHUNK", chunk, flush=True)
            print("DONE", flush=True)

    asyncio.run(main())
    """
)


def test_kill_9_of_a_practice_session_driver(fake_openai, tmp_path, capsys):
    _slow_third_reply(fake_openai)
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(driver), *TURNS],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=_env(fake_openai),
        cwd=ROOT,
    )
    output = Output(process)
    marker = f"MANAGER {TURNS[2]}\n"
    try:
        text = output.wait_for(lambda t: marker in t and t.split(marker)[1].count("CHUNK") >= 4)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    shown = "".join(
        line.removeprefix("CHUNK ")
        for line in text.split(marker)[1].splitlines()
        if line.startswith("CHUNK ")
    )
    assert text.count("DONE") == 2
    _check_found_intact_and_scorable(tmp_path, capsys, shown)
    # Not even a killed process leaves the API key behind (database, WAL, anything).
    for file in Path(paths.home()).rglob("*"):
        if file.is_file():
            assert KEY.encode() not in file.read_bytes(), file


def _db_turns() -> list[tuple[str, str, str]]:
    if not paths.database_path().exists():
        return []
    store = Store.open(paths.database_path())
    try:
        entries = store.history(with_turns=True)
    finally:
        store.close()
    if not entries:
        return []
    return [(t.speaker, t.text, t.status) for t in entries[0].session.turns]


def _wait_db(predicate, timeout: float = 30) -> list[tuple[str, str, str]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        turns = _db_turns()
        if predicate(turns):
            return turns
        time.sleep(0.05)
    raise AssertionError(f"timed out; saved so far: {_db_turns()}")


def test_kill_9_of_the_app_in_a_terminal(fake_openai, tmp_path, capsys):
    import fcntl
    import pty
    import struct
    import termios

    _slow_third_reply(fake_openai)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = _env(fake_openai)
    env["TERM"] = "xterm-256color"
    process = subprocess.Popen(
        [sys.executable, "-m", "simulator", "practice", "--scenario", "stille-senior",
         "--backend", "openai"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )  # fmt: skip
    os.close(slave)
    stop = threading.Event()

    def drain() -> None:
        # The app blocks if nobody reads its screen output.
        while not stop.is_set():
            try:
                if not os.read(master, 65536):
                    return
            except OSError:
                return

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        _wait_db(lambda turns: len(turns) == 1)  # the opening line: the app is up
        time.sleep(0.5)
        for number, turn in enumerate(TURNS[:2], start=1):
            os.write(master, turn.encode() + b"\r")
            _wait_db(
                lambda turns, n=number: sum(t[0] == "manager" for t in turns) == n
                and turns[-1][0] == "employee"
                and turns[-1][2] == "complete"
            )
        os.write(master, TURNS[2].encode() + b"\r")
        saved = _wait_db(lambda turns: turns[-1][0] == "employee" and "woord3" in turns[-1][1])
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        stop.set()
        os.close(master)
    assert saved[-1][2] == "interrupted"
    _check_found_intact_and_scorable(tmp_path, capsys, "woord0")

