"""Bad packs and results: one line naming the file and field, and nothing written half."""

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from simulator.cli import main
from simulator.coach.packs import PackError, build, read_pack, to_yaml
from simulator.coach.results import read_result
from simulator.library import load_library

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

PACK_ID = "q1"


def write_pack(path: Path, **changes: object) -> Path:
    """A valid one-scenario pack from the bundled library, with `changes` applied."""
    pack = build(load_library(include_user=False), ["stille-senior"], pack_id=PACK_ID, title="Q1")
    data = yaml.safe_load(to_yaml(pack))
    data.update(changes)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def nothing_installed(home: Path) -> bool:
    folder = home / "assignments"
    return not folder.exists() or list(folder.iterdir()) == []


def test_an_unknown_field_names_file_line_and_field(tmp_path, staysim_home, capsys):
    pack = write_pack(tmp_path / "pack.yaml")
    text = pack.read_text(encoding="utf-8").replace("exam: false", "exam: false\ncolour: blue")
    pack.write_text(text, encoding="utf-8")
    assert main(["assign", "add", str(pack)]) == 1
    line = one_line(capsys.readouterr().err)
    assert line.endswith(": colour: unknown field") and "pack.yaml:" in line
    assert nothing_installed(staysim_home)
    assert main(["scenarios", "validate", str(pack)]) == 1
    assert capsys.readouterr().out.splitlines()[0] == line


def test_an_unknown_field_inside_a_scenario(tmp_path, staysim_home, capsys):
    pack = write_pack(tmp_path / "pack.yaml")
    data = yaml.safe_load(pack.read_text(encoding="utf-8"))
    data["scenarios"][0]["mood"] = "grumpy"
    pack.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert main(["assign", "add", str(pack)]) == 1
    assert one_line(capsys.readouterr().err).endswith(": scenarios.0.mood: unknown field")
    assert nothing_installed(staysim_home)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"scenarios": []}, "scenarios", "needs at least 1 item"),
        ({"personas": None}, "personas", "must be a list"),
        ({"format": 2}, "format", "format 2 is newer than this staysim reads (1)"),
        ({"pass_score": 120}, "pass_score", "must be at most 100"),
        ({"attempts": 0}, "attempts", "must be at least 1"),
        ({"backend": "claude"}, "backend", "must be one of: offline, openai"),
        ({"due": "next week"}, "due", ""),
    ],
)
def test_bad_values_are_one_line(tmp_path, staysim_home, capsys, change, field, message):
    pack = write_pack(tmp_path / "pack.yaml", **change)
    assert main(["assign", "add", str(pack)]) == 1
    line = one_line(capsys.readouterr().err)
    assert line.startswith(str(pack)) or "pack.yaml" in line
    assert f": {field}: {message}" in line
    assert nothing_installed(staysim_home)


def test_a_scenario_whose_persona_is_missing(tmp_path, staysim_home, capsys):
    pack = write_pack(tmp_path / "pack.yaml")
    data = yaml.safe_load(pack.read_text(encoding="utf-8"))
    data["scenarios"][0]["persona"] = "nobody"
    pack.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert main(["assign", "add", str(pack)]) == 1
    line = one_line(capsys.readouterr().err)
    assert ": scenarios.0.persona: unknown persona 'nobody'; the pack carries: " in line
    assert nothing_installed(staysim_home)


def test_new_with_a_missing_scenario_writes_nothing(tmp_path, capsys):
    target = tmp_path / "pack.yaml"
    assert main(["assign", "new", "stille-senior", "nope", "--id", "x", "-o", str(target)]) == 2
    assert one_line(capsys.readouterr().err).startswith("staysim: unknown scenario 'nope'")
    assert not target.exists()


def test_a_persona_id_that_clashes_with_the_trainees_own(tmp_path, staysim_home, capsys):
    pack = write_pack(tmp_path / "pack.yaml")
    persona = yaml.safe_load(pack.read_text(encoding="utf-8"))["personas"][0]
    own = staysim_home / "personas"
    own.mkdir(parents=True)
    persona["id"] = f"{PACK_ID}--{persona['id']}"
    (own / "mine.yaml").write_text(yaml.safe_dump(persona), encoding="utf-8")
    assert main(["assign", "add", str(pack)]) == 1
    line = one_line(capsys.readouterr().err)
    assert ": personas.0.id: persona id 'sanne-de-vries' clashes with " in line
    assert "mine.yaml" in line and "pack.yaml:" in line
    assert nothing_installed(staysim_home)


def test_a_failed_write_leaves_nothing_behind(tmp_path, staysim_home, monkeypatch, capsys):
    pack = write_pack(tmp_path / "pack.yaml")

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    assert main(["assign", "add", str(pack)]) == 2
    assert "No space left on device" in one_line(capsys.readouterr().err)
    assert nothing_installed(staysim_home)
    target = tmp_path / "new.yaml"
    assert main(["assign", "new", "stille-senior", "--id", "x", "-o", str(target)]) == 2
    assert not target.exists()
    monkeypatch.undo()
    monkeypatch.setenv("STAYSIM_HOME", str(staysim_home))
    assert main(["assign", "add", str(pack)]) == 0
    monkeypatch.setattr(os, "replace", full_disk)
    result = tmp_path / "result.json"
    assert main(["assign", "submit", PACK_ID, "--name", "A", "-o", str(result)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert not result.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.yaml", "staysim-home"]


def test_a_due_date_in_the_past_is_allowed_and_shown_overdue(
    tmp_path, staysim_home, monkeypatch, capsys
):
    yesterday = date.today() - timedelta(days=1)
    pack = write_pack(tmp_path / "pack.yaml", due=yesterday.isoformat())
    assert main(["assign", "add", str(pack)]) == 0
    capsys.readouterr()
    assert main(["assign", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["due"] == yesterday.isoformat() and row["overdue"] is True
    monkeypatch.setenv("STAYSIM_LANG", "en")
    assert main(["assign", "list"]) == 0
    assert f"{yesterday.isoformat()} (overdue)" in capsys.readouterr().out


def test_a_result_of_a_newer_format_is_refused_in_one_line(tmp_path):
    result = tmp_path / "result.json"
    result.write_text(json.dumps({"kind": "staysim.result", "format": 2, "new": []}))
    with pytest.raises(PackError) as caught:
        read_result(result)
    (problem,) = caught.value.problems
    assert str(problem).endswith("result.json: format: format 2 is newer than this staysim reads "
                                 "(1); please upgrade staysim")  # fmt: skip


def test_a_pack_of_a_newer_format_is_refused_before_its_fields(tmp_path):
    pack = write_pack(tmp_path / "pack.yaml", format=3, novelty={"x": 1})
    found, problems = read_pack(pack)
    assert found is None and len(problems) == 1 and problems[0].field == "format"
