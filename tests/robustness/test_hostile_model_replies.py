"""A model reply with terminal escapes and markup: `staysim run` and the app show it inert
(never sent to the terminal), the store keeps it as said."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_text import HOSTILE

from simulator import paths
from simulator.cli import main
from simulator.store import Store

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

ROOT = Path(__file__).resolve().parents[2]


def test_staysim_run_shows_a_hostile_model_reply_inert(tmp_path, capsys, monkeypatch):
    import fake_openai as fake

    with fake.FakeOpenAI() as server:
        server.reply_text = f"Nou ja. {HOSTILE} Echt."
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-x")
        script = tmp_path / "script.txt"
        script.write_text("Waar kijk je elke werkdag naar uit?\n")
        capsys.readouterr()
        code = main(["run", "--scenario", "stille-senior", "--script", str(script),
                     "--backend", "openai"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert not any(ch in out for ch in "\x1b\x07\x9b"), repr(out)
    assert "[bold red]vet[/]" in out
    # What was said is kept as said; only the display is made inert.
    store = Store.open(paths.database_path())
    [entry] = store.history(with_turns=True)
    store.close()
    assert "\x1b[31m" in entry.session.turns[-1].text


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX terminal")
def test_the_app_never_sends_a_model_replys_escapes_to_the_terminal(staysim_home):
    import fcntl
    import pty
    import select
    import signal
    import struct
    import termios

    import fake_openai as fake

    with fake.FakeOpenAI() as server:
        # OSC 0 sets the window title; OSC 52 would write the clipboard.
        server.reply_text = "Nou \x1b]0;PWNED\x07 en \x1b]52;c;aGk=\x07 \x1b[31mROOD\x1b[0m klaar."
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        env = dict(os.environ, OPENAI_BASE_URL=server.url, OPENAI_API_KEY="sk-test-x",
                   TERM="xterm-256color")  # fmt: skip
        process = subprocess.Popen(
            [sys.executable, "-m", "simulator", "practice", "--scenario", "stille-senior",
             "--backend", "openai"],
            stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT, start_new_session=True,
        )  # fmt: skip
        os.close(slave)
        screen = b""
        try:
            deadline = time.monotonic() + 30
            sent = False
            while time.monotonic() < deadline and b"klaar" not in screen:
                ready, _, _ = select.select([master], [], [], 0.1)
                if ready:
                    try:
                        screen += os.read(master, 65536)
                    except OSError:
                        break
                if not sent and paths.database_path().exists() and b"Sanne" in screen:
                    time.sleep(0.3)
                    os.write(master, b"Waar kijk je elke werkdag naar uit?\r")
                    sent = True
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            os.close(master)
    assert b"klaar" in screen, screen[-2000:]
    assert b"ROOD" in screen  # the reply is shown ...
    for live in (b"\x1b]0;PWNED", b"\x1b]52;", b"\x1b[31mROOD"):  # ... but none of it is obeyed
        assert live not in screen

