"""Hostile conversation text: transcripts for `staysim score`, markup in personas, huge turns.

Each gives exit 1 or 2 with a one-line reason, or is handled; never a traceback or a hang,
and text is shown, never obeyed (no live markup, script or terminal escape sequence).
"""

import json
import os
import shutil
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.store import Store
from simulator.transcripts import MAX_BYTES

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parents[1] / "data" / "library"
ESCAPES = "\x1b[31mrood\x1b[0m \x1b]0;pwned\x07 \x1b[2J \x9b31m"
HOSTILE = f"<script>alert(1)</script> [bold red]vet[/] [link=http://x.nl]klik[/link] {ESCAPES}"
INLINE = f"<script>alert(1)</script> [bold red]vet[/] {ESCAPES}"
MARKUP = "<script>alert(1)</script> [bold red]vet[/] [link=http://x.nl]klik[/link] &amp; **x**"


def _score(capsys, path: Path, *extra: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["score", str(path), *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


def _refused(capsys, path: Path, reason: str) -> None:
    # CPU time, not wall time: the bound is on the work done, whatever else the machine runs.
    started = time.process_time()
    code, out, err = _score(capsys, path)
    assert time.process_time() - started < 10
    assert code == 2, (out, err)
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"staysim: {path}"), err
    assert reason in err


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"\n  \n\t\n", "empty file"),
        ("binary.txt", bytes(range(256)) * 64, "binary file"),
        ("image.vtt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary file"),
        ("latin-1.txt", "Manager: Hoe gaat het?\nJan: café.\n".encode("latin-1"), ":2: not UTF-8"),
        ("no-names.txt", b"just some words\nwithout any speaker\n", ":1: expected 'Name: text'"),
        ("one-speaker.txt", b"Manager: hoi\nManager: nog eens\n", "only one speaker"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("big-int.json", b'{"transcript": [], "n": ' + b"9" * 5000 + b"}", "not valid JSON"),
        ("broken.json", b'{"transcript": [', "not valid JSON"),
        ("wrong.json", b'{"transcript": "hoi"}', '"transcript" list'),
        ("wrong-turn.json", b'{"transcript": [{"speaker": 3}]}', "transcript[0].speaker"),
        ("no-text.json", b'{"transcript": [{"speaker": "manager"}]}', "transcript[0].text"),
        ("cue.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nzonder spreker\n", "without a speaker"),
    ],
)  # fmt: skip
def test_broken_transcripts_are_refused_with_one_line(tmp_path, capsys, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    _refused(capsys, path, reason)


def test_utf16_with_a_byte_order_mark_is_read(tmp_path, capsys):
    path = tmp_path / "teams.txt"
    path.write_bytes("Manager: Wat geeft je energie?\nJan: Het team.\n".encode("utf-16"))
    code, out, err = _score(capsys, path, "--json")
    assert code == 0, err
    assert json.loads(out)["metrics"]["open_questions"] == 1


def test_missing_file_and_folder(tmp_path, capsys):
    _refused(capsys, tmp_path / "missing.txt", "no such file")
    _refused(capsys, tmp_path, "is a folder")


def test_over_20_mb_is_refused_without_reading_it_all(tmp_path, capsys):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 1 GB on disk costs nothing
        handle.truncate(1_000_000_000)
    tracemalloc.start()
    try:
        _refused(capsys, path, "too large")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MAX_BYTES * 2
    just_over = tmp_path / "just-over.txt"
    just_over.write_bytes(b"Manager: hoi\nJan: hoi\n" + b"x" * MAX_BYTES)
    _refused(capsys, just_over, "too large")


def test_a_device_that_never_ends_is_refused(capsys):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    _refused(capsys, Path("/dev/zero"), "is a device, not a regular file")


def test_20_mb_transcript_is_handled_in_bounded_time(tmp_path, capsys):
    head = "Manager: Waar kijk je elke werkdag het meest naar uit?\nMedewerker: "
    words = "het team en de klanten "
    path = tmp_path / "twenty.txt"
    path.write_text(head + words * ((MAX_BYTES - len(head) - 1) // len(words)) + "\n")
    assert MAX_BYTES - 64 < path.stat().st_size <= MAX_BYTES
    started = time.process_time()
    code, out, err = _score(capsys, path, "--json")
    assert code == 0, err
    assert time.process_time() - started < 60
    card = json.loads(out)
    assert card["metrics"]["open_questions"] == 1
    assert card["metrics"]["manager_talk_share"] < 0.001


def test_one_line_of_1_mb(tmp_path, capsys):
    line = "Wat geeft je energie, en waarom is dat zo? " * (1_000_000 // 44)
    path = tmp_path / "line.txt"
    path.write_text(f"Manager: {line}\nMedewerker: Het team.\n", encoding="utf-8")
    started = time.process_time()
    code, out, err = _score(capsys, path, "--json")
    assert code == 0, err
    assert time.process_time() - started < 30
    card = json.loads(out)
    assert card["transcript"][0]["text"] == line.strip()
    assert card["metrics"]["open_questions"] >= 1
    # A 1 MB line that is no conversation at all.
    nameless = tmp_path / "nameless.txt"
    nameless.write_text("x" * 1_000_000, encoding="utf-8")
    _refused(capsys, nameless, ":1: expected 'Name: text'")


@pytest.mark.parametrize("suffix", ["txt", "vtt", "srt", "json"])
def test_script_markup_and_escapes_in_a_transcript_stay_inert(tmp_path, capsys, suffix):
    question = f"Loopt {INLINE} alles nog?"
    answer = f"Het team. {HOSTILE}"
    if suffix == "txt":
        text = f"Manager: {question}\nJan: {answer}\n"
    elif suffix == "vtt":
        text = (
            f"WEBVTT\n\n00:00.000 --> 00:02.000\n<v Manager>{question}</v>\n\n"
            f"00:02.000 --> 00:04.000\n<v Jan>{answer}</v>\n"
        )
    elif suffix == "srt":
        text = (
            f"1\n00:00:00,000 --> 00:00:02,000\nManager: {question}\n\n"
            f"2\n00:00:02,000 --> 00:00:04,000\nJan: {answer}\n"
        )
    else:
        text = json.dumps(
            {"transcript": [{"speaker": "manager", "text": question},
                            {"speaker": "employee", "text": answer}]}
        )  # fmt: skip
    path = tmp_path / f"hostile.{suffix}"
    path.write_text(text, encoding="utf-8")
    code, out, err = _score(capsys, path)
    assert code == 0, err
    # The report is plain text in a terminal: no escape or control character gets through.
    assert not any(ch in out for ch in "\x1b\x07\x9b"), repr(out)
    # The finding quotes the question: markup appears as typed (cue formats drop tags).
    assert "[bold red]vet[/]" in out, out
    if suffix in ("txt", "json"):
        assert "<script>alert(1)</script> [bold red]vet[/]" in out
    code, out, err = _score(capsys, path, "--json")
    assert code == 0
    assert "\x1b" not in out and "\\u001b" in out
    card = json.loads(out)
    assert "[bold red]vet[/]" in card["transcript"][0]["text"]


def test_the_real_command_never_shows_a_traceback(tmp_path):
    cases = {
        "deep.json": b"[" * 100_000,
        "bin.srt": b"\x00\x01\x02" * 1000,
        "latin.vtt": "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Bé>é</v>\n".encode("latin-1"),
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        result = subprocess.run(
            [sys.executable, "-m", "simulator", "score", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
        )
        assert result.returncode == 2, (name, result.stderr)
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


# Markup in a persona's authored lines, and a 100 KB manager turn


def _markup_persona(home: Path, spoiler: str = MARKUP) -> None:
    """The test persona, with Rich markup and HTML in every line it says."""
    import yaml

    shutil.copytree(DATA / "scenarios", home / "scenarios")
    (home / "personas").mkdir(parents=True)
    persona = yaml.safe_load((DATA / "personas" / "tess.yaml").read_text(encoding="utf-8"))

    def spoil(value):
        if isinstance(value, str):
            return f"{value} {spoiler}"
        if isinstance(value, list):
            return [spoil(v) for v in value]
        if isinstance(value, dict):
            return {k: spoil(v) for k, v in value.items()}
        return value

    persona["lines"] = spoil(persona["lines"])
    for fact in persona["facts"]:
        fact["lines"] = spoil(fact["lines"])
    (home / "personas" / "tess.yaml").write_text(
        yaml.safe_dump(persona, allow_unicode=True), encoding="utf-8"
    )


def test_a_persona_with_markup_validates_and_is_shown_literally(staysim_home, tmp_path, capsys):
    _markup_persona(staysim_home)
    assert main(["scenarios", "validate", str(staysim_home)]) == 0
    script = tmp_path / "script.txt"
    script.write_text("Hoi Tess, hoe gaat het?\nWaar kijk je elke werkdag naar uit?\n")
    capsys.readouterr()
    assert main(["run", "--scenario", "tess-basis", "--script", str(script), "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    replies = [t["text"] for t in card["transcript"] if t["speaker"] == "employee"]
    assert replies and all("[bold red]vet[/]" in r and "<script>" in r for r in replies)
    for fmt in ("html", "md"):
        assert main(["export", "last", "--format", fmt]) == 0
        exported = capsys.readouterr().out
        assert "<script>" not in exported and "\x1b" not in exported
        assert "[bold red]vet" in exported or "\\[bold red\\]vet" in exported


async def test_a_persona_with_markup_in_the_app(staysim_home):
    from textual.widgets import Input
    from tui_helpers import wait_idle

    from simulator.engine import choose_backend
    from simulator.library import load_library
    from simulator.tui.app import make_app
    from simulator.tui.widgets.turn import TurnView

    _markup_persona(staysim_home)
    app = make_app(
        scenario_id="tess-basis", backend=choose_backend("offline"), library=load_library()
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.query_one("#say", Input).value = "Waar kijk je elke werkdag naar uit?"
        await pilot.press("enter")
        await wait_idle(pilot)
        views = [v for v in app.screen.query(TurnView) if v.speaker == "employee"]
        assert len(views) >= 2
        for view in views:
            assert "[bold red]vet[/]" in view.text
            rendered = "\n".join(str(w.render()) for w in view.query(".body .line"))
            assert "[bold red]vet[/]" in rendered, rendered


BIG = ("Ik wil graag begrijpen wat je energie geeft en wat je zou doen blijven. " * 1400)[:100_000]


async def test_a_100_kb_manager_turn_through_the_engine(staysim_home):
    from simulator.engine import PracticeSession, choose_backend
    from simulator.library import load_library

    library = load_library()
    scenario = library.scenario("stille-senior")
    store = Store.open(paths.database_path())
    session = PracticeSession.start(
        store, scenario, library.persona_for(scenario), choose_backend("offline")
    )
    started = time.process_time()
    reply = "".join([chunk async for chunk in session.reply(BIG)])
    assert time.process_time() - started < 10
    assert reply
    saved = store.load_session(session.session_id)
    store.close()
    assert saved is not None
    assert saved.turns[1].speaker == "manager" and saved.turns[1].text == BIG.strip()
    assert saved.turns[-1].status == "complete"


def test_a_100_kb_manager_turn_through_staysim_run(staysim_home, tmp_path, capsys):
    script = tmp_path / "script.txt"
    script.write_text(f"{BIG}\nWat geeft je energie?\n", encoding="utf-8")
    started = time.process_time()
    assert main(["run", "--scenario", "stille-senior", "--script", str(script), "--json"]) == 0
    assert time.process_time() - started < 20
    card = json.loads(capsys.readouterr().out)
    assert card["transcript"][1]["text"] == BIG.strip()
    assert main(["history", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["turns"][1]["text"] == BIG.strip() and row["status"] == "finished"


async def test_a_100_kb_paste_into_the_app(staysim_home):
    from textual import events
    from textual.widgets import Input
    from tui_helpers import wait_idle

    from simulator.engine import choose_backend
    from simulator.library import load_library
    from simulator.tui.app import make_app
    from simulator.tui.screens.practice import PracticeScreen

    app = make_app(
        scenario_id="stille-senior", backend=choose_backend("offline"), library=load_library()
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        field = app.screen.query_one("#say", Input)
        started = time.process_time()
        field.post_message(events.Paste(BIG))
        await pilot.pause()
        assert field.value == BIG
        await pilot.press("enter")
        await wait_idle(pilot)
        assert time.process_time() - started < 30
        assert isinstance(app.screen, PracticeScreen)
        session_id = app.screen.session.session_id
    store = Store.open(paths.database_path())
    saved = store.load_session(session_id)
    store.close()
    assert saved is not None
    manager = [t for t in saved.turns if t.speaker == "manager"]
    assert [t.text for t in manager] == [BIG.strip()]
    assert saved.turns[-1].speaker == "employee" and saved.turns[-1].status == "complete"


def test_environment_is_clean():
    # The hostile persona tests must not leak into other tests' homes.
    assert os.environ["STAYSIM_HOME"].endswith("staysim-home")


def test_escape_sequences_in_a_persona_are_refused_with_the_line(staysim_home, capsys):
    _markup_persona(staysim_home, spoiler=ESCAPES)
    assert main(["scenarios", "validate", str(staysim_home / "personas")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out and all("control character U+001B" in line for line in out)
    assert out[0].startswith(f"{staysim_home / 'personas' / 'tess.yaml'}:")


def test_staysim_run_shows_persona_and_script_text_inert(staysim_home, tmp_path, capsys):
    _markup_persona(staysim_home)
    script = tmp_path / "script.txt"
    script.write_text(f"Hoi Tess {ESCAPES}\nWaar kijk je elke werkdag naar uit?\n")
    capsys.readouterr()
    assert main(["run", "--scenario", "tess-basis", "--script", str(script)]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in "\x1b\x07\x9b"), repr(out)
    assert "[bold red]vet[/]" in out and "<script>alert(1)</script>" in out


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


def test_staysim_code_reports_hostile_lines_and_codes_the_rest():
    lines = [
        "[" * 100_000,
        '{"n": ' + "9" * 5000 + "}",
        "\udcff not json",
        '{"text": "Wat geeft je energie?"}',
    ]
    result = subprocess.run(
        [sys.executable, "-m", "simulator", "code"],
        input="\n".join(lines).encode("utf-8", "surrogateescape") + b"\n",
        capture_output=True,
        timeout=60,
        cwd=ROOT,
    )
    err = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in err
    assert "stdin:1: not valid JSON (nested too deeply)" in err
    assert "stdin:2: not valid JSON" in err
    *failed, coded = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [f["line"] for f in failed] == [1, 2, 3] and all(f["error"] for f in failed)
    assert coded["codes"] == ["open_question"]
