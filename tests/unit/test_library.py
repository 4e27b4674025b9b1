"""Loading and validating scenario and persona files."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.library import load_library, validate_paths

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

DATA = Path(__file__).parents[1] / "data" / "library"


def _copy_library(tmp_path: Path) -> Path:
    target = tmp_path / "lib"
    shutil.copytree(DATA, target)
    return target


def _problems(paths: list[Path]) -> list[str]:
    return [str(p) for p in validate_paths(paths)]


def test_valid_files_pass(tmp_path):
    lib = _copy_library(tmp_path)
    assert _problems([lib / "personas", lib / "scenarios"]) == []


def test_scenario_finds_persona_in_sibling_folder(tmp_path):
    lib = _copy_library(tmp_path)
    assert _problems([lib / "scenarios" / "tess-basis.yaml"]) == []


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    lib = _copy_library(tmp_path)
    path = lib / "scenarios" / "tess-basis.yaml"
    path.write_text("id: tess-basis\ntitle: [unclosed\nlanguage: nl\n", encoding="utf-8")
    [problem] = _problems([path])
    assert problem.startswith(f"{path}:")
    assert "YAML syntax error" in problem
    line = int(problem.split(":")[1])
    assert line in (2, 3, 4)


def test_missing_required_field_names_field(tmp_path):
    lib = _copy_library(tmp_path)
    path = lib / "scenarios" / "tess-basis.yaml"
    text = path.read_text(encoding="utf-8").replace("difficulty: easy\n", "")
    path.write_text(text, encoding="utf-8")
    problems = _problems([path])
    assert problems == [f"{path}:1: difficulty: required field is missing"]


def test_wrong_theme_names_line_and_allowed_values(tmp_path):
    lib = _copy_library(tmp_path)
    path = lib / "personas" / "tess.yaml"
    text = path.read_text(encoding="utf-8").replace("theme: energy", "theme: salary")
    path.write_text(text, encoding="utf-8")
    [problem] = _problems([path])
    lines = text.splitlines()
    expected_line = next(i for i, line in enumerate(lines, 1) if "theme: salary" in line)
    assert problem.startswith(f"{path}:{expected_line}: facts.0.theme: must be one of: energy")


def test_unknown_persona(tmp_path):
    lib = _copy_library(tmp_path)
    path = lib / "scenarios" / "tess-basis.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("persona: tess", "persona: y"))
    assert _problems([path]) == [f"{path}:4: persona: unknown persona 'y'"]


def test_unknown_language_and_unknown_field(tmp_path):
    lib = _copy_library(tmp_path)
    path = lib / "scenarios" / "tess-basis.yaml"
    text = path.read_text(encoding="utf-8").replace("language: nl", "language: de")
    path.write_text(text + "colour: blue\n", encoding="utf-8")
    problems = _problems([path])
    assert f"{path}:3: language: must be one of: nl, en" in problems
    assert f"{path}:8: colour: unknown field" in problems


def test_duplicate_ids(tmp_path):
    lib = _copy_library(tmp_path)
    copy = lib / "scenarios" / "copy.yaml"
    shutil.copy(lib / "scenarios" / "tess-basis.yaml", copy)
    problems = _problems([lib / "scenarios"])
    assert len(problems) == 1
    assert "duplicate scenario id 'tess-basis'" in problems[0]


def test_missing_path(tmp_path):
    missing = tmp_path / "nope.yaml"
    assert _problems([missing]) == [f"{missing}: no such file or folder"]


def test_validate_exit_codes_and_no_traceback(tmp_path, capsys):
    lib = _copy_library(tmp_path)
    assert main(["scenarios", "validate", str(lib)]) == 0
    bad = lib / "scenarios" / "bad.yaml"
    bad.write_text("id: bad\npersona: [\n", encoding="utf-8")
    assert main(["scenarios", "validate", str(bad)]) == 1
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    assert str(bad) in out.out


def test_bundled_content_validates():
    root = Path(__file__).resolve().parents[2]
    assert _problems([root / "personas", root / "scenarios"]) == []


def test_user_scenarios_are_loaded_from_staysim_home(staysim_home):
    shutil.copytree(DATA / "personas", staysim_home / "personas")
    shutil.copytree(DATA / "scenarios", staysim_home / "scenarios")
    library = load_library()
    assert "tess-basis" in library.scenarios
    assert library.persona_for(library.scenario("tess-basis")).name == "Tess Jansen"


def test_list_json_has_the_fields(staysim_home, capsys):
    shutil.copytree(DATA / "personas", staysim_home / "personas")
    shutil.copytree(DATA / "scenarios", staysim_home / "scenarios")
    assert main(["scenarios", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    row = next(r for r in rows if r["id"] == "tess-basis")
    assert row["title"] == "Een eerste blijfgesprek met Tess"
    assert (row["language"], row["difficulty"], row["source"]) == ("nl", "easy", "user")


def test_schema_is_json_schema(capsys):
    assert main(["scenarios", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$defs"]["Scenario"]["properties"]["difficulty"]["enum"] == [
        "easy",
        "medium",
        "hard",
    ]
    assert "theme" in schema["$defs"]["Fact"]["properties"]


@pytest.mark.parametrize("module", ["textual", "openai"])
def test_cli_import_stays_light(module):
    code = f"import sys, simulator.cli; sys.exit(1 if {module!r} in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_a_scenario_of_a_broken_persona_is_not_told_the_persona_is_unknown(tmp_path):
    lib = _copy_library(tmp_path)
    persona = lib / "personas" / "tess.yaml"
    persona.write_text(persona.read_text(encoding="utf-8").replace("trust: 0.2", "trust: 2"))
    problems = _problems([lib / "personas", lib / "scenarios"])
    assert len(problems) == 1
    assert problems[0].endswith("facts.0.trust: must be at most 1")
    assert "unknown persona" not in problems[0]


def test_plain_messages_for_empty_lists_and_wrong_types(tmp_path):
    lib = _copy_library(tmp_path)
    persona = lib / "personas" / "tess.yaml"
    text = persona.read_text(encoding="utf-8")
    text = text.replace('  filler: ["Hm."]', "  filler: []")
    text = text.replace("name: Tess Jansen", "name: [1]")
    persona.write_text(text, encoding="utf-8")
    problems = _problems([persona])
    assert any(p.endswith("lines.filler: needs at least 1 item") for p in problems), problems
    assert any(p.endswith("name: must be text") for p in problems), problems


def test_a_duplicate_fact_id_points_at_the_second_one(tmp_path):
    lib = _copy_library(tmp_path)
    persona = lib / "personas" / "tess.yaml"
    text = persona.read_text(encoding="utf-8")
    fact = text[text.index("  - id: energie"):text.index("lines:\n  opening")]
    text = text.replace(fact, fact + fact)
    persona.write_text(text, encoding="utf-8")
    [problem] = _problems([persona])
    second = [i for i, line in enumerate(text.splitlines(), 1) if "- id: energie" in line][1]
    assert problem == f"{persona}:{second}: facts.1.id: duplicate fact id 'energie'"


def test_validate_of_a_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main(["scenarios", "validate", str(tmp_path / "nope.yaml")]) == 2
    assert "nope.yaml: no such file or folder" in capsys.readouterr().err


def test_scenarios_without_an_action_is_a_usage_error(capsys):
    assert main(["scenarios"]) == 2
    assert "list, validate or schema" in capsys.readouterr().err
