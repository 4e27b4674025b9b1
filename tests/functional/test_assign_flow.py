"""The assignment pack flow: a coach writes a pack, two trainees add it, practise and submit."""

import json
import os
import subprocess
import sys
from pathlib import Path

import fake_openai as fake
import pytest

from simulator import paths
from simulator.cli import main
from simulator.coach.packs import read_pack
from simulator.coach.results import read_result, rescore
from simulator.domain.assignment import pack_hash, transcript_sha256
from simulator.store import Store

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

fake_openai = fake.fake_openai
fake_openai_env = fake.fake_openai_env
SCRIPTS = paths.PROJECT_DIR / "tests" / "scripts"
PACK_ID = "q1-teamleiders"


def script(name: str) -> str:
    return str(SCRIPTS / f"{name}.txt")


def as_trainee(monkeypatch: pytest.MonkeyPatch, base: Path, name: str) -> Path:
    home = base / name
    monkeypatch.setenv("STAYSIM_HOME", str(home))
    return home


@pytest.fixture
def pack_file(tmp_path, monkeypatch, capsys) -> Path:
    as_trainee(monkeypatch, tmp_path, "coach")
    target = tmp_path / "q1.yaml"
    code = main(
        [
            "assign", "new", "stille-senior", "jong-talent",
            "--id", PACK_ID,
            "--title", "Q1 blijfgesprek teamleiders",
            "--instructions", "Oefen beide gesprekken; vat samen voor je doorvraagt.",
            "--pass-score", "55", "--attempts", "2", "--due", "2099-12-15",
            "--backend", "offline", "-o", str(target),
        ]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    assert f"'{PACK_ID}'" in out and str(target) in out
    assert target.stat().st_mode & 0o777 == 0o644  # a pack is for handing out
    return target


def test_the_coach_pack_validates_and_carries_its_personas(pack_file, capsys):
    assert main(["scenarios", "validate", str(pack_file)]) == 0
    assert "All files are valid." in capsys.readouterr().out
    pack, problems = read_pack(pack_file)
    assert problems == [] and pack is not None
    assert [s.id for s in pack.scenarios] == ["stille-senior", "jong-talent"]
    assert {p.id for p in pack.personas} == {s.persona for s in pack.scenarios}
    assert (pack.pass_score, pack.attempts, str(pack.due)) == (55, 2, "2099-12-15")
    assert pack.backend == "offline" and not pack.exam


def _attempt(scenario: str, script_name: str, *more: str) -> int:
    return main(
        ["run", "--assignment", PACK_ID, "--scenario", scenario, "--script", script(script_name),
         "--json", *more]
    )  # fmt: skip


def test_two_trainees_add_practise_and_submit(pack_file, tmp_path, monkeypatch, capsys):
    plans = {
        "anna": [("stille-senior", "stille-senior.good"), ("jong-talent", "jong-talent.mediocre")],
        "ben": [("stille-senior", "stille-senior.poor")],
    }
    results = tmp_path / "results"
    results.mkdir()
    for trainee, attempts in plans.items():
        home = as_trainee(monkeypatch, tmp_path, trainee)
        assert main(["assign", "add", str(pack_file)]) == 0
        assert (home / "assignments" / f"{PACK_ID}.yaml").is_file()
        for scenario, script_name in attempts:
            assert _attempt(scenario, script_name) == 0, capsys.readouterr().err
        capsys.readouterr()
        assert main(["assign", "submit", PACK_ID, "-o", str(results / f"{trainee}.json"),
                     "--name", trainee.title()]) == 0  # fmt: skip
    pack, _ = read_pack(pack_file)
    assert pack is not None
    assert (results / "anna.json").stat().st_mode & 0o777 == 0o600  # personal, as an export
    for trainee, attempts in plans.items():
        result = read_result(results / f"{trainee}.json")
        assert result.trainee == trainee.title()
        assert result.pack.id == PACK_ID and result.pack.hash == pack_hash(pack)
        assert (result.pack.pass_score, result.pack.attempts) == (55, 2)
        assert [a.scenario for a in result.attempts] == [s for s, _ in attempts]
        for attempt in result.attempts:
            lines = [line.model_dump() for line in attempt.transcript]
            assert attempt.transcript_sha256 == transcript_sha256(lines)
            assert attempt.ended is not None and attempt.backend == "offline"
            again = rescore(pack, attempt)
            assert again.score == attempt.score == attempt.scorecard["score"]
            assert again.model_dump().get("passed") == attempt.passed
    anna = read_result(results / "anna.json")
    ben = read_result(results / "ben.json")
    assert anna.attempts[0].passed and anna.attempts[0].score >= 55
    assert not ben.attempts[0].passed
    raw = json.loads((results / "anna.json").read_text(encoding="utf-8"))
    assert raw["kind"] == "staysim.result" and raw["format"] == 1
    assert set(raw["attempts"][0]) >= {"session", "language", "started", "transcript_sha256"}


def test_attempts_are_tagged_counted_and_refused_beyond_the_limit(
    pack_file, tmp_path, monkeypatch, capsys
):
    home = as_trainee(monkeypatch, tmp_path, "anna")
    assert main(["assign", "add", str(pack_file)]) == 0
    assert _attempt("stille-senior", "stille-senior.poor") == 0
    assert main(["run", "--scenario", "stille-senior", "--script", script("stille-senior.good"),
                 "--json"]) == 0  # fmt: skip
    assert _attempt("jong-talent", "jong-talent.good") == 0
    capsys.readouterr()
    assert _attempt("stille-senior", "stille-senior.good") == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == (
        f"staysim: no attempts left for assignment '{PACK_ID}': 2 of 2 used"
    )
    store = Store.open(home / "staysim.db")
    tagged = store.assignment_sessions(PACK_ID)
    scenarios = [s.scenario for s in store.list_sessions()]
    store.close()
    assert len(tagged) == 2 and len(scenarios) == 3  # the refused attempt left no session
    assert "stille-senior" in scenarios  # the trainee's own practice stays untagged
    assert main(["assign", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["used"], row["left"], row["passed"], row["overdue"]) == (2, 0, True, False)
    assert row["best"] is not None and row["best"] >= 55


def test_one_scenario_pack_needs_no_scenario_and_notes_a_backend_override(
    tmp_path, monkeypatch, capsys, fake_openai_env
):
    as_trainee(monkeypatch, tmp_path, "coach")
    pack = tmp_path / "one.yaml"
    assert main(["assign", "new", "overlooked-lead", "--id", "solo", "--backend", "offline",
                 "--exam", "-o", str(pack)]) == 0  # fmt: skip
    as_trainee(monkeypatch, tmp_path, "trainee")
    monkeypatch.setenv("STAYSIM_LANG", "en")
    assert main(["assign", "add", str(pack)]) == 0
    capsys.readouterr()
    # The environment selects a server, yet the pack's offline backend is used by default.
    assert main(["run", "--assignment", "solo", "--script", script("overlooked-lead.good")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("backend: offline\n") and "note:" not in out
    code = main(["run", "--assignment", "solo", "--backend", "openai",
                 "--script", script("overlooked-lead.good")])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert "note: assignment 'solo' expects the offline backend; this attempt uses openai" in out


def test_listing_and_submitting_before_any_practice(pack_file, tmp_path, monkeypatch, capsys):
    home = as_trainee(monkeypatch, tmp_path, "new")
    assert main(["assign", "list"]) == 0
    assert "assign add" in capsys.readouterr().out
    assert main(["assign", "add", str(pack_file)]) == 0
    assert main(["assign", "submit", PACK_ID, "-o", str(tmp_path / "r.json")]) == 2
    assert "--name" in capsys.readouterr().err
    (home / "config.json").write_text(json.dumps({"name": "Chris"}), encoding="utf-8")
    assert main(["assign", "submit", PACK_ID, "-o", str(tmp_path / "r.json")]) == 0
    result = read_result(tmp_path / "r.json")
    assert result.trainee == "Chris" and result.attempts == []
    assert not (home / "staysim.db").exists()  # submitting nothing created no store


def test_installed_scenarios_are_listed_as_from_an_assignment(
    pack_file, tmp_path, monkeypatch, capsys
):
    as_trainee(monkeypatch, tmp_path, "anna")
    assert main(["assign", "add", str(pack_file)]) == 0
    capsys.readouterr()
    assert main(["scenarios", "list", "--json"]) == 0
    rows = {r["id"]: r["source"] for r in json.loads(capsys.readouterr().out)}
    assert rows[f"{PACK_ID}--stille-senior"] == "assignment"
    assert rows["stille-senior"] == "bundled"


def test_a_trainee_in_a_process_of_their_own(pack_file, tmp_path):
    """The same flow through `python -m simulator`, the home given only by the environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "STAYSIM_"))}
    env.update(STAYSIM_HOME=str(tmp_path / "carla"), STAYSIM_LANG="en")

    def staysim(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "simulator", *args],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip

    assert staysim("assign", "add", str(pack_file)).returncode == 0
    done = staysim("run", "--assignment", PACK_ID, "--scenario", "jong-talent",
                   "--script", script("jong-talent.good"))  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = tmp_path / "carla.json"
    submitted = staysim("assign", "submit", PACK_ID, "-o", str(out), "--name", "Carla")
    assert submitted.returncode == 0, submitted.stderr
    assert submitted.stderr.strip() == f"Wrote 1 attempt at assignment '{PACK_ID}' to {out}"
    result = read_result(out)
    assert [a.scenario for a in result.attempts] == ["jong-talent"]
    assert (tmp_path / "carla" / "assignments" / f"{PACK_ID}.yaml").is_file()
