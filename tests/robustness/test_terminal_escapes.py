"""Every CLI line built from user data is inert: file names, speakers, model names, JSON."""

import json

import fake_openai as fake
import pytest

from simulator import paths
from simulator.cli import main

fake_openai = fake.fake_openai
fake_openai_env = fake.fake_openai_env
OSC = "\x1b]0;pwned\x07"
RISKY = ("\x1b", "\x07", "\x9b", "\u202e")


def assert_inert(*texts: str) -> None:
    for text in texts:
        for char in RISKY:
            assert char not in text, repr(text)


def test_speaker_names_in_score_errors_are_inert(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("STAYSIM_LANG", "nl")
    talk = tmp_path / "talk.txt"
    talk.write_text(f"Anna{OSC}: Hoe gaat het met je werk?\nBram: Goed hoor.\n")
    assert main(["score", str(talk), "--manager", "Chris"]) == 2
    out, err = capsys.readouterr()
    assert "sprekers: Anna, Bram" in err
    assert_inert(out, err)
    alone = tmp_path / "alone.txt"
    alone.write_text(f"Anna{OSC}: Hoe gaat het met je werk?\n")
    assert main(["score", str(alone)]) == 2
    assert_inert(*capsys.readouterr())


def test_file_names_in_scenarios_list_and_validate_are_inert(staysim_home, capsys):
    folder = staysim_home / "scenarios"
    folder.mkdir(parents=True)
    bad = folder / f"x{OSC}\u202e.yaml"
    bad.write_text("id: x\n")
    assert main(["scenarios", "list"]) == 0
    out, err = capsys.readouterr()
    assert "scenarios/x.yaml:1: title: " in err
    assert_inert(out, err)
    assert main(["scenarios", "validate", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert "x.yaml:1: title: " in out
    assert_inert(out, err)
    assert main(["scenarios", "validate", str(folder / f"gone{OSC}.yaml")]) == 2
    assert_inert(*capsys.readouterr())


def test_model_name_from_config_json_is_inert_in_run(
    staysim_home, capsys, fake_openai_env, monkeypatch
):
    monkeypatch.delenv("STAYSIM_MODEL")
    staysim_home.mkdir(parents=True, exist_ok=True)
    (staysim_home / "config.json").write_text(
        json.dumps({"model": f"m{OSC}\u202e", "backoff_base": 0.01, "timeout": 3})
    )
    fake_openai_env.fail(401, times=5)
    script = paths.PROJECT_DIR / "tests" / "scripts" / "stille-senior.good.txt"
    assert main(["run", "--scenario", "stille-senior", "--script", str(script)]) == 2
    out, err = capsys.readouterr()
    assert out.startswith("backend: openai · m @ ")
    assert_inert(out, err)


@pytest.mark.parametrize("char", ["\x9b", "\u202e", "\x9d", "\u2066"])
def test_json_output_escapes_c1_and_bidi(tmp_path, capsys, char):
    talk = tmp_path / "talk.txt"
    talk.write_text(f"Anna: Wat geeft je energie{char}31m?\nBram: Mijn team{char}.\n")
    assert main(["score", str(talk), "--json"]) == 0
    out = capsys.readouterr().out
    assert char not in out and f"\\u{ord(char):04x}" in out
    assert json.loads(out)["transcript"][1]["text"] == f"Mijn team{char}."


def test_scenarios_list_json_escapes_bidi(staysim_home, capsys):
    folder = staysim_home / "scenarios"
    folder.mkdir(parents=True)
    source = paths.PROJECT_DIR / "scenarios" / "stille-senior.yaml"
    text = source.read_text().replace("id: stille-senior", "id: eigen")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    (folder / "eigen.yaml").write_text(text.replace(title, 'title: "Eigen \\u2028titel"'))
    assert main(["scenarios", "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert "\u2028" not in out and "\\u2028" in out
