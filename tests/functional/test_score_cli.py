"""`staysim score FILE`: the readable report, --json, --manager, --lang and errors."""

import json
from pathlib import Path

import pytest

from simulator.cli import main

DATA = Path(__file__).parents[1] / "data" / "transcripts"


def test_report_names_the_manager_and_findings(capsys):
    assert main(["score", str(DATA / "poor.txt")]) == 0
    out = capsys.readouterr().out
    assert "Leidinggevende: Marieke (eerste spreker" in out
    assert "Score: " in out and "/100" in out
    assert "verdedigend: “Ja maar, dat valt toch wel mee?”" in out
    assert "loze belofte: " in out and "→ " in out
    # Themes and codes are named in the session language; the JSON keeps the ids.
    assert "niet aan bod: " in out and "vertrekredenen" in out and "leave" not in out
    assert "doel: spreek ≤ 30% van de tijd" in out


def test_english_report_names_themes_in_english(capsys):
    assert main(["score", str(DATA / "interview.srt"), "--manager", "Alex", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "reasons to leave" in out or "the manager" in out
    assert "hollow promise: " in out and "goal: " in out


def test_json_is_the_scorecard_with_the_manager(capsys):
    assert main(["score", str(DATA / "good.vtt"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["manager"] == "Marieke de Wit" and data["language"] == "nl"
    assert set(data["metrics"]) >= {"manager_talk_share", "open_questions", "reflections"}
    assert data["actions"] == {"employee": True, "manager": True, "together": True,
                               "follow_up": True}
    assert data["transcript"][0]["speaker"] == "manager"
    assert [d["name"] for d in data["dimensions"]][0] == "listening"


def test_manager_option_and_language_override(capsys):
    assert main(["score", str(DATA / "interview.srt"), "--manager", "Alex", "--json",
                 "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["manager"] == "Alex" and data["metrics"]["promises"] == 1
    assert data["metrics"]["defensive"] == 1


def test_export_json_reads_back_to_the_same_transcript(tmp_path, capsys):
    assert main(["score", str(DATA / "good.vtt"), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(first), encoding="utf-8")
    assert main(["score", str(path), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["transcript"] == first["transcript"]
    assert again["score"] == first["score"]


def test_errors_exit_2_with_one_line(tmp_path, capsys, english):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["score", str(empty)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"staysim: {empty}: empty file"
    assert main(["score", str(tmp_path / "missing.vtt")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["score", str(DATA / "poor.txt"), "--manager", "Nobody"]) == 2
    assert "speakers are: Marieke, Daan" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "geen spreker met de naam 'Anna'; sprekers: {speakers}"),
        ("en", "no speaker named 'Anna'; speakers are: {speakers}"),
    ],
)
def test_unknown_manager_is_told_in_the_users_language(tmp_path, capsys, monkeypatch, lang, said):
    # The user's language, whatever the file's: an English transcript, a Dutch one.
    monkeypatch.setenv("STAYSIM_LANG", lang)
    english = tmp_path / "talk.txt"
    english.write_text("Alex: How are things going for you?\nPriya: Fine, I think.\n",
                       encoding="utf-8")
    assert main(["score", str(english), "--manager", "Anna"]) == 2
    err = capsys.readouterr().err
    assert err == f"staysim: {english}: {said.format(speakers='Alex, Priya')}\n"
    assert main(["score", str(DATA / "poor.txt"), "--manager", "Anna"]) == 2
    err = capsys.readouterr().err
    assert said.format(speakers="Marieke, Daan") in err and len(err.strip().splitlines()) == 1


def test_text_report_names_codes_and_explains_missing_actions(capsys):
    assert main(["score", str(DATA / "poor.txt")]) == 0
    out = capsys.readouterr().out
    # Employee hinted at leaving, the manager promised a raise: a missed signal, in Dutch.
    assert "gemist signaal" in out and "missed_signal" not in out
    assert "Bevestiging" in out and "Erkenning" not in out
    assert "Een actie voor de medewerker telt als" in out


def test_our_json_export_names_the_manager_without_a_first_speaker_note(tmp_path, capsys):
    from simulator.cli import main as cli

    export = tmp_path / "export.json"
    export.write_text(json.dumps({
        "language": "nl",
        "transcript": [
            {"speaker": "employee", "text": "Hoi."},
            {"speaker": "manager", "text": "Waar kijk je elke werkdag het meest naar uit?"},
            {"speaker": "employee", "text": "Naar het bouwen aan het nieuwe platform."},
        ],
    }), encoding="utf-8")
    assert cli(["score", str(export)]) == 0
    out = capsys.readouterr().out
    assert "eerste spreker" not in out
