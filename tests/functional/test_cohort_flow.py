"""End to end: a coach writes a pack, two trainees add it, practise with scripts and submit,
and the coach's cohort report lists both with re-scored figures equal to the stored ones;
a tampered result is flagged."""

import json
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main

SCRIPTS = paths.PROJECT_DIR / "tests" / "scripts"
PACK_ID = "q1-teamleiders"
PLANS = {
    "anna": ["stille-senior.poor", "stille-senior.good"],
    "ben": ["jong-talent.mediocre"],
}


def _home(monkeypatch: pytest.MonkeyPatch, base: Path, name: str) -> Path:
    home = base / name
    monkeypatch.setenv("STAYSIM_HOME", str(home))
    return home


@pytest.fixture
def submitted(tmp_path, monkeypatch, capsys) -> tuple[Path, Path]:
    """The pack and a folder with both trainees' result files."""
    _home(monkeypatch, tmp_path, "coach")
    pack = tmp_path / "q1.yaml"
    assert main([
        "assign", "new", "stille-senior", "jong-talent", "--id", PACK_ID,
        "--title", "Q1 blijfgesprek teamleiders", "--pass-score", "55", "--attempts", "3",
        "--backend", "offline", "-o", str(pack),
    ]) == 0  # fmt: skip
    results = tmp_path / "results"
    results.mkdir()
    for trainee, scripts in PLANS.items():
        _home(monkeypatch, tmp_path, trainee)
        assert main(["assign", "add", str(pack)]) == 0
        for name in scripts:
            scenario = name.split(".")[0]
            assert main(["run", "--assignment", PACK_ID, "--scenario", scenario,
                         "--script", str(SCRIPTS / f"{name}.txt")]) == 0  # fmt: skip
        assert main(["assign", "submit", PACK_ID, "-o", str(results / f"{trainee}.json"),
                     "--name", trainee.title()]) == 0  # fmt: skip
    capsys.readouterr()
    _home(monkeypatch, tmp_path, "coach")
    return pack, results


def _csv(capsys, *args: str) -> tuple[int, dict[str, list[str]], str]:
    code = main(["cohort", "report", *args, "--format", "csv"])
    out, err = capsys.readouterr()
    rows = {line.split(",")[0]: line.split(",") for line in out.splitlines()[1:]}
    return code, rows, err


def _stored(results: Path, trainee: str) -> list[int]:
    data = json.loads((results / f"{trainee}.json").read_text(encoding="utf-8"))
    return [a["score"] for a in data["attempts"]]


def test_the_report_lists_both_trainees_with_the_stored_figures(submitted, capsys):
    pack, results = submitted
    code, rows, err = _csv(capsys, str(results / "anna.json"), str(results / "ben.json"),
                           "--pack", str(pack))
    assert code == 0 and err == ""  # nothing flagged: every re-score equals the stored one
    assert set(rows) == {"Anna", "Ben"}
    anna, ben = _stored(results, "anna"), _stored(results, "ben")
    # attempts, first, best, latest
    assert rows["Anna"][1:5] == [str(len(anna)), str(anna[0]), str(max(anna)), str(anna[-1])]
    assert rows["Ben"][1:5] == ["1", str(ben[0]), str(ben[0]), str(ben[0])]
    assert rows["Anna"][6] == ("1" if max(anna) >= 55 else "0")


def test_an_installed_pack_serves_as_well_as_the_pack_file(submitted, capsys):
    pack, results = submitted
    assert main(["assign", "add", str(pack)]) == 0  # the coach's own library
    capsys.readouterr()
    code, rows, err = _csv(capsys, str(results))
    assert code == 0 and err == "" and set(rows) == {"Anna", "Ben"}


def test_a_tampered_result_is_flagged(submitted, capsys, monkeypatch):
    monkeypatch.setenv("STAYSIM_LANG", "nl")  # the coach's language
    pack, results = submitted
    data = json.loads((results / "ben.json").read_text(encoding="utf-8"))
    data["attempts"][0]["score"] = 97
    data["attempts"][0]["scorecard"]["score"] = 97
    data["attempts"][0]["passed"] = True
    (results / "ben.json").write_text(json.dumps(data), encoding="utf-8")
    code, rows, err = _csv(capsys, str(results), "--pack", str(pack))
    assert code == 0
    assert "ben.json: attempts.0.score: bewaarde score 97 wijkt af van de nieuwe score" in err
    assert rows["Ben"][3] != "97" and rows["Ben"][7] == "1"  # best re-scored; one flagged


@pytest.mark.usefixtures("english")
def test_a_result_of_another_pack_version_is_refused(submitted, tmp_path, capsys):
    pack, results = submitted
    other = tmp_path / "q1-edited.yaml"
    other.write_text(pack.read_text(encoding="utf-8").replace("pass_score: 55",
                                                              "pass_score: 70"),
                     encoding="utf-8")
    target = tmp_path / "report.html"
    code = main(["cohort", "report", str(results), "--pack", str(other), "--format", "html",
                 "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and not target.exists()
    assert "anna.json: pack.hash: another version of pack 'q1-teamleiders'" in err
