"""`staysim history`: saved sessions with their status, turn counts and, in JSON, their turns."""

import json
import subprocess
import sys

import pytest

from simulator import paths
from simulator.cli import main
from simulator.domain.scorecard import Actions, Metrics, Scorecard
from simulator.store import Store


def _card(score: int) -> Scorecard:
    return Scorecard(
        scenario="tess-basis",
        language="nl",
        score=score,
        metrics=Metrics(manager_talk_share=0.3),
        actions=Actions(),
        passed=False,
    )


def _seed() -> tuple[int, int]:
    store = Store.open(paths.database_path())
    done = store.create_session("tess-basis", "offline", None, "nl")
    store.append_turn(done, "manager", "Waar kijk je naar uit?")
    store.append_turn(done, "employee", "Naar het team.")
    store.finish_session(done, _card(64))
    open_ = store.create_session("overlooked-lead", "openai", "gpt-test", "en")
    store.append_turn(open_, "manager", "What keeps you here?")
    store.append_turn(open_, "employee", "Honestly, I was about to", "interrupted")
    store.close()
    return done, open_


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("STAYSIM_LANG", "en")


def test_empty_history_does_not_create_a_database(capsys, staysim_home):
    assert main(["history"]) == 0
    assert "No saved sessions" in capsys.readouterr().out
    assert main(["history", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert not paths.database_path().exists()


def test_history_table(capsys):
    done, open_ = _seed()
    assert main(["history"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "DATE", "SCENARIO", "BACKEND", "SCORE", "PASSED", "STATUS",
                                "TURNS"]
    newest, older = lines[1].split(), lines[2].split()
    assert newest[0] == str(open_)
    # A scenario in the library shows its title, one that is gone its id.
    assert newest[3:] == ["The", "overlooked", "lead", "openai", "-", "-", "unfinished", "2"]
    # Whether the session passed, as its scorecard says: a score alone does not tell.
    assert older[0] == str(done)
    assert older[3:] == ["tess-basis", "offline", "64", "no", "finished", "2"]
    assert "overlooked-lead" not in lines[1]
    assert any(f"--resume {open_}" in line for line in lines)


@pytest.mark.parametrize(
    "env", [{"STAYSIM_LANG": "nl"}, {"LANG": "C.UTF-8"}, {"LANG": "nl_NL.UTF-8"}]
)
def test_history_table_follows_the_app_language(capsys, monkeypatch, env):
    monkeypatch.delenv("STAYSIM_LANG")
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    done, open_ = _seed()
    assert main(["history"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "DATUM", "SCENARIO", "BACKEND", "SCORE", "GEHAALD", "STATUS",
                                "BEURTEN"]
    assert lines[1].split()[3:] == ["The", "overlooked", "lead", "openai", "-", "-", "onafgemaakt",
                                    "2"]
    assert lines[2].split()[3:] == ["tess-basis", "offline", "64", "nee", "afgerond", "2"]
    assert f"1 onafgemaakt; ga verder met `staysim practice --resume {open_}`" in lines[-1]
    assert main(["history", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {row["status"] for row in rows} == {"finished", "unfinished"}
    assert "turn_count" in rows[0]


def test_empty_history_in_dutch(capsys, monkeypatch):
    monkeypatch.setenv("STAYSIM_LANG", "nl")
    assert main(["history"]) == 0
    assert capsys.readouterr().out.startswith("Nog geen opgeslagen gesprekken.")


def test_history_json_has_every_field_and_the_typed_lines(capsys):
    done, open_ = _seed()
    assert main(["history", "--json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert set(rows) == {done, open_}
    row = rows[open_]
    assert row["status"] == "unfinished" and row["ended"] is None and row["score"] is None
    assert (row["scenario"], row["backend"], row["model"], row["language"]) == (
        "overlooked-lead",
        "openai",
        "gpt-test",
        "en",
    )
    assert row["turn_count"] == 2 and row["interrupted"] == 1
    assert row["turns"] == [
        {"index": 0, "speaker": "manager", "text": "What keeps you here?", "status": "complete"},
        {
            "index": 1,
            "speaker": "employee",
            "text": "Honestly, I was about to",
            "status": "interrupted",
        },
    ]
    assert rows[done]["status"] == "finished" and rows[done]["score"] == 64
    assert rows[done]["started"] <= rows[done]["ended"]


def test_history_on_a_corrupt_store_is_one_line_exit_2(staysim_home):
    staysim_home.mkdir(parents=True, exist_ok=True)
    paths.database_path().write_bytes(b"not a database at all" * 100)
    result = subprocess.run(
        [sys.executable, "-m", "simulator", "history"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "staysim.db" in result.stderr and "cannot open the session store" in result.stderr


def test_history_shows_hostile_text_inert(capsys):
    store = Store.open(paths.database_path())
    sid = store.create_session("x\x1b[31mred\x1b]0;title\x07", "offline\x1b[2J")
    store.append_turn(sid, "manager", "hoi")
    store.close()
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "xred" in out


def test_a_damaged_row_is_one_line_exit_2(capsys):
    store = Store.open(paths.database_path())
    sid = store.create_session("a", "offline")
    store._db.execute("UPDATE sessions SET started = 'gisteren' WHERE id = ?", (sid,))
    store.close()
    for argv in (["history"], ["history", "--json"], ["export", str(sid)]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "cannot read the session store" in err


def test_a_full_disk_during_staysim_run_is_one_line_exit_2(tmp_path, capsys, monkeypatch):
    import sqlite3

    from simulator import store as store_module

    real_now = store_module._now
    calls = {"n": 0}

    def now() -> str:
        calls["n"] += 1
        if calls["n"] > 3:  # the session, its opening line and the first manager turn
            raise sqlite3.OperationalError("database or disk is full")
        return real_now()

    monkeypatch.setattr(store_module, "_now", now)
    script = tmp_path / "script.txt"
    script.write_text("Waar kijk je naar uit?\nWat geeft je energie?\n", encoding="utf-8")
    assert main(["run", "--scenario", "stille-senior", "--script", str(script), "--json"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("staysim: ") and err[-1].endswith("database or disk is full")
    assert "cannot save to the session store" in err[-1]
    monkeypatch.setattr(store_module, "_now", real_now)
    saved = Store.open(paths.database_path())
    [entry] = saved.history(with_turns=True)
    saved.close()
    assert [t.text for t in entry.session.turns][-1] == "Waar kijk je naar uit?"


def test_history_json_says_whether_a_session_passed(capsys):
    done, open_ = _seed()
    assert main(["history", "--json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows[done]["passed"] is False and rows[open_]["passed"] is None
