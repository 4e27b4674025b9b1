"""`staysim export`: to stdout or a private file, `last`, one-line mistakes in the user's
language, an unfinished session of a removed scenario, links and pipes kept."""

import json
import os
import stat
import subprocess
import sys

import pytest
from export_helpers import scorecard

from simulator import paths
from simulator.cli import main
from simulator.domain.scorecard import Scorecard
from simulator.store import Store


def _save(card: Scorecard, finished: bool = True) -> int:
    store = Store.open(paths.database_path())
    sid = store.create_session(card.scenario, "offline", None, card.language)
    for line in card.transcript:
        store.append_turn(sid, line.speaker, line.text)
    if finished:
        store.finish_session(sid, card)
    store.close()
    return sid


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_export_command_to_stdout_and_private_file(tmp_path, capsys, fmt):
    sid = _save(scorecard())
    assert main(["export", str(sid), "--format", fmt]) == 0
    printed = capsys.readouterr().out
    target = tmp_path / f"out.{fmt}"
    assert main(["export", str(sid), "--format", fmt, "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == printed
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".staysim-export-")]


def test_export_last(capsys):
    _save(scorecard("eerste"))
    _save(scorecard("tweede"))
    assert main(["export", "last", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["transcript"][1]["text"] == "tweede"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "1"], "no saved sessions yet"),
        (["export", "abc"], "SESSION must be a session number"),
        (["export", "0"], "no session 0"),
    ],
)
def test_export_mistakes_are_one_line_exit_2(argv, message, monkeypatch):
    monkeypatch.setenv("STAYSIM_LANG", "en")
    result = subprocess.run(
        [sys.executable, "-m", "simulator", *argv], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert message in result.stderr and "Traceback" not in result.stderr


def test_export_unknown_session_and_unwritable_target(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("STAYSIM_LANG", "en")
    _save(scorecard())
    assert main(["export", "99"]) == 2
    assert "no session 99" in capsys.readouterr().err
    assert main(["export", "1", "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert main(["export", "1", "-o", str(tmp_path / "missing" / "x.md")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_export_speaks_the_app_language(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("STAYSIM_LANG", raising=False)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert main(["export", "1"]) == 2
    assert "nog geen opgeslagen gesprekken" in capsys.readouterr().err
    _save(scorecard())
    target = tmp_path / "r.md"
    assert main(["export", "1", "-o", str(target)]) == 0
    assert capsys.readouterr().err.strip() == f"Gesprek 1 geëxporteerd naar {target}"
    assert main(["export", "99"]) == 2
    assert "geen gesprek 99 (zie: staysim history)" in capsys.readouterr().err
    assert main(["export", "abc"]) == 2
    assert "SESSION moet een gespreksnummer" in capsys.readouterr().err
    assert main(["export", "1", "-o", str(tmp_path)]) == 2
    assert "is een map" in capsys.readouterr().err
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main(["export", "1", "-o", str(target)]) == 0
    assert capsys.readouterr().err.strip() == f"Exported session 1 to {target}"


def test_an_unfinished_session_of_a_removed_scenario_is_still_scored(capsys):
    store = Store.open(paths.database_path())
    sid = store.create_session("verwijderd-scenario", "openai", "m", "nl")
    store.append_turn(sid, "employee", "Hoi.")
    store.append_turn(sid, "manager", "Waar kijk je elke werkdag het meest naar uit?")
    store.append_turn(sid, "manager", "Loopt alles nog?")  # the reply in between failed
    store.append_turn(sid, "employee", "Het team, eigenlijk", "interrupted")
    store.close()
    assert main(["export", str(sid), "--format", "json"]) == 0
    card = json.loads(capsys.readouterr().out)
    assert card["scenario"] == "verwijderd-scenario" and card["disclosures"] is None
    assert card["metrics"]["open_questions"] == 1 and card["metrics"]["closed_questions"] == 1
    assert card["transcript"][-1] == {
        "speaker": "employee", "text": "Het team, eigenlijk", "codes": []
    }  # fmt: skip
    assert main(["export", str(sid), "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert "(onderbroken)" in page and "niet afgerond" in page


def test_export_into_a_link_or_a_pipe_keeps_them(tmp_path):
    import os
    import stat
    import threading

    from simulator.export import write_private

    real = tmp_path / "real.md"
    real.write_text("original", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_private(link, "export")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "export"

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    write_private(fifo, "through the pipe")
    reader.join(timeout=5)
    assert received == ["through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
