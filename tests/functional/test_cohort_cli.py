"""`staysim cohort report`: real sessions submitted as result files, re-scored and reported."""

import copy
import json
import os
from pathlib import Path

import pytest
from cohort_helpers import play, result, write

from simulator.cli import main
from simulator.domain.assignment import transcript_sha256

HOSTILE = "<script>alert(1)</script> \x1b[31mrood\x1b[0m =SUM(A1)"


@pytest.fixture(scope="module")
def attempts(tmp_path_factory):
    """Five real offline sessions, played once for the module in a home of their own."""
    home = tmp_path_factory.mktemp("players")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STAYSIM_HOME", str(home))
        return {
            "poor": play("stille-senior", "poor"),
            "mediocre": play("stille-senior", "mediocre"),
            "good": play("stille-senior", "good"),
            "generic": play("stille-senior", "generic"),
            "en": play("part-time-carer", "good"),
        }


@pytest.fixture
def results(tmp_path, attempts):
    folder = tmp_path / "results"
    folder.mkdir()
    write(folder / "anna.json", result("Anna de Boer", [attempts["poor"], attempts["good"]]))
    write(folder / "bram.json", result("Bram Jansen", [attempts["generic"], attempts["mediocre"]]))
    return folder


def _report(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["cohort", "report", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _rehash(attempt: dict) -> None:
    attempt["transcript_sha256"] = transcript_sha256(attempt["transcript"])


def test_report_lists_every_trainee_with_the_rescored_figures(capsys, results, attempts):
    code, out, err = _report(capsys, str(results / "anna.json"), str(results / "bram.json"),
                             "--format", "csv")
    assert code == 0, err
    assert err == ""  # nothing flagged: every stored score is what the re-score gives
    rows = {line.split(",")[0]: line.split(",") for line in out.splitlines()[1:]}
    assert set(rows) == {"Anna de Boer", "Bram Jansen"}
    anna = rows["Anna de Boer"]
    # attempts, first, best, latest, gain, passed
    assert anna[1:7] == ["2", str(attempts["poor"]["score"]), str(attempts["good"]["score"]),
                         str(attempts["good"]["score"]),
                         str(attempts["good"]["score"] - attempts["poor"]["score"]), "1"]
    assert rows["Bram Jansen"][6] == "0"


def test_markdown_names_sections_dimensions_and_findings(capsys, results):
    code, out, err = _report(capsys, str(results), "--format", "md")
    assert code == 0, err
    for heading in ("## Per deelnemer", "## Per onderdeel", "## Wat het vaakst terugkomt",
                    "## Vooruitgang van eerste naar beste poging", "## Gemarkeerd"):
        assert heading in out
    assert "| Anna de Boer | 2 |" in out
    assert "Ongevraagd advies" in out and "> “" in out
    assert "Geen: elke score klopt" in out


def test_html_is_self_contained_with_inline_svg(capsys, tmp_path, results):
    target = tmp_path / "cohort.html"
    code, out, err = _report(capsys, str(results), "--format", "html", "-o", str(target))
    assert code == 0 and out == ""
    assert str(target) in err
    page = target.read_text(encoding="utf-8")
    assert page.count("<svg") >= 2 + 2 + 8 + 1  # two bars, two profiles, 8 histograms, slope
    assert "<script" not in page.lower() and "http://" not in page.replace(
        "http://www.w3.org/2000/svg", "")
    assert "default-src 'none'" in page
    assert stat_mode(target) == 0o600


def stat_mode(path: Path) -> int:
    return os.stat(path).st_mode & 0o777


def test_tampered_results_are_flagged(capsys, tmp_path, results):
    data = json.loads((results / "bram.json").read_text(encoding="utf-8"))
    data["attempts"][0]["score"] = 99  # a better score than the transcript earns
    data["attempts"][1]["transcript"][0]["text"] += " Echt."  # text changed, hash kept
    write(results / "bram.json", data)
    code, out, err = _report(capsys, str(results), "--format", "md")
    assert code == 0
    lines = err.splitlines()
    assert any("bram.json: attempts.0.score: bewaarde score 99 wijkt af" in line for line in lines)
    assert any("bram.json: attempts.1.transcript_sha256:" in line for line in lines)
    assert "opgeslagen score 99, herberekend" in out
    assert "transcript gewijzigd na inleveren" in out
    assert "| Bram Jansen | 2 |" in out and "| 2 |" in out.split("Bram Jansen")[1].splitlines()[0]


@pytest.mark.parametrize(
    ("change", "field", "status"),
    [
        (lambda d: d.update(kind="staysim.assignment"), ": kind: not a staysim result", 1),
        (lambda d: d.update(format=2), ": format: format 2 is newer", 1),
        (lambda d: d["pack"].update(id="een-andere-opdracht"), ": pack.id: another pack", 1),
        (lambda d: d["pack"].update(hash="b" * 64), ": pack.hash: another version", 1),
        (lambda d: d["attempts"][0].pop("transcript"), ": attempts.0.transcript: required", 1),
        (lambda d: d.update(extra=True), ": extra: unknown field", 1),
    ],
)
def test_a_bad_result_refuses_the_report_naming_file_and_field(
    capsys, tmp_path, results, change, field, status, english
):
    data = json.loads((results / "bram.json").read_text(encoding="utf-8"))
    change(data)
    write(results / "bram.json", data)
    target = tmp_path / "cohort.html"
    code, out, err = _report(capsys, str(results / "anna.json"), str(results / "bram.json"),
                             "--format", "html", "-o", str(target))
    assert code == status
    assert err.count("\n") == 1 and "bram.json" in err and field in err
    assert not target.exists() and out == ""


def test_not_json_is_unreadable_input(capsys, tmp_path, results, english):
    (results / "bram.json").write_text("{niet af", encoding="utf-8")
    code, _, err = _report(capsys, str(results))
    assert code == 2
    assert err.strip().endswith("bram.json: not a valid JSON file")


def test_anonymise_numbers_trainees_and_quotes_carry_no_names(capsys, tmp_path, attempts):
    attempt = copy.deepcopy(attempts["mediocre"])
    first = next(line for line in attempt["transcript"] if line["speaker"] == "manager")
    first["text"] = "Mijn advies, Sanne: praat eens met Bram van HR."
    _rehash(attempt)
    from simulator.cohort.rescoring import rescore
    from simulator.cohort.results import Attempt
    from simulator.library import load_library

    card = rescore(Attempt.model_validate(attempt), "stille-senior", load_library())
    attempt["score"] = card.score
    attempt["scorecard"] = card.model_dump(mode="json")
    folder = tmp_path / "r"
    folder.mkdir()
    write(folder / "1.json", result("Bram Jansen", [attempt]))
    write(folder / "2.json", result("Anna de Boer", [attempts["poor"]]))
    code, out, err = _report(capsys, str(folder), "--anonymise")
    assert code == 0, err
    assert "Deelnemer 1" in out and "Deelnemer 2" in out
    assert "Anna" not in out and "Bram" not in out and "Sanne" not in out
    assert "Mijn advies, \\[naam\\]: praat eens met \\[naam\\] van HR." in out


def test_user_text_is_escaped_and_made_inert(capsys, tmp_path, attempts):
    folder = tmp_path / "r"
    folder.mkdir()
    write(folder / "1.json", result(HOSTILE, [attempts["poor"]], title=HOSTILE))
    target = tmp_path / "c.html"
    assert _report(capsys, str(folder), "--format", "html", "-o", str(target))[0] == 0
    page = target.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page and "\x1b" not in page
    code, out, _ = _report(capsys, str(folder), "--format", "csv")
    assert "\x1b" not in out and ",'=SUM" not in out  # the cell starts with '<', not '='
    code, out, _ = _report(capsys, str(folder), "--format", "md")
    assert "\x1b" not in out and "<script>" not in out


def test_csv_cells_never_start_a_formula(capsys, tmp_path, attempts):
    folder = tmp_path / "r"
    folder.mkdir()
    write(folder / "1.json", result("=HYPERLINK(\"http://x\")", [attempts["poor"]]))
    code, out, _ = _report(capsys, str(folder), "--format", "csv")
    assert code == 0
    assert out.splitlines()[1].startswith("\"'=HYPERLINK") or out.splitlines()[1].startswith(
        "'=HYPERLINK")


def test_english_report_and_an_unknown_scenario(capsys, monkeypatch, tmp_path, attempts):
    monkeypatch.setenv("STAYSIM_LANG", "en")
    unknown = copy.deepcopy(attempts["en"])
    unknown["scenario"] = "not-in-this-library"
    folder = tmp_path / "r"
    folder.mkdir()
    write(folder / "1.json", result("Chris", [attempts["en"], unknown]))
    code, out, err = _report(capsys, str(folder))
    assert code == 0
    assert "## Per trainee" in out and "| Chris | 2 |" in out
    assert "1.json: attempts.1.scenario: scenario 'not-in-this-library' is unknown here" in err
    assert "scenario not-in-this-library unknown; not re-scored" in out


def test_no_results_is_a_usage_error(capsys, tmp_path):
    (tmp_path / "empty").mkdir()
    code, _, err = _report(capsys, str(tmp_path / "empty"))
    assert code == 2 and "no .json files" in err or "geen .json-bestanden" in err


def test_a_second_report_reuses_the_rescores_kept_in_the_home(capsys, staysim_home, results):
    import sqlite3

    first = _report(capsys, str(results), "--format", "csv")
    database = staysim_home / "cache" / "rescored.db"
    assert stat_mode(database) == 0o600
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT COUNT(*) FROM rescored").fetchone()[0] == 4
    assert _report(capsys, str(results), "--format", "csv") == first


def test_a_changed_transcript_is_scored_anew_not_taken_from_the_cache(capsys, results, english):
    _report(capsys, str(results), "--format", "csv")
    data = json.loads((results / "bram.json").read_text(encoding="utf-8"))
    manager = [x for x in data["attempts"][1]["transcript"] if x["speaker"] == "manager"]
    manager[0]["text"] = "Je moet gewoon harder werken, dat is mijn advies."
    _rehash(data["attempts"][1])
    write(results / "bram.json", data)
    code, _, err = _report(capsys, str(results), "--format", "csv")
    assert code == 0 and "bram.json: attempts.1.score: stored score" in err


def test_an_unusable_cache_is_passed_by(capsys, staysim_home, results):
    (staysim_home / "cache").mkdir(parents=True)
    (staysim_home / "cache" / "rescored.db").write_bytes(b"no database at all" * 100)
    code, out, err = _report(capsys, str(results), "--format", "csv")
    assert code == 0 and err == "" and "Anna de Boer" in out
