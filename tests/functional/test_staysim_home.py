"""STAYSIM_HOME that cannot be a folder: one line naming it, exit 2, nothing created."""

import pytest

from simulator import paths
from simulator.cli import main

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

SCRIPT = str(paths.PROJECT_DIR / "tests" / "scripts" / "stille-senior.good.txt")
COMMANDS = [
    ["history"],
    ["export", "last"],
    ["scenarios", "list"],
    ["run", "--scenario", "stille-senior", "--script", SCRIPT],
]


@pytest.mark.parametrize("args", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_a_file_as_staysim_home_is_one_clear_line(tmp_path, monkeypatch, capsys, args):
    home = tmp_path / "not-a-folder"
    home.write_text("")
    monkeypatch.setenv("STAYSIM_HOME", str(home))
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert err == f"staysim: STAYSIM_HOME {home} is a file; point it at a folder (created " \
                  "when missing)\n"
    assert "File exists" not in err and out == ""


def test_a_file_above_staysim_home_is_named(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("STAYSIM_HOME", str(blocker / "home"))
    assert main(["history"]) == 2
    assert f"is inside {blocker}, which is a file" in capsys.readouterr().err


def test_commands_without_a_home_still_run(tmp_path, monkeypatch, capsys):
    home = tmp_path / "not-a-folder"
    home.write_text("")
    monkeypatch.setenv("STAYSIM_HOME", str(home))
    assert main(["scenarios", "validate", str(paths.PROJECT_DIR / "scenarios")]) == 0


def test_readme_promises_nothing_about_a_config_file_staysim_never_writes(staysim_home, capsys):
    assert main(["run", "--scenario", "stille-senior", "--script", SCRIPT]) == 0
    capsys.readouterr()
    assert not paths.config_path().exists()
    readme = (paths.PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    assert "config.json` (created owner-only)" not in readme
    assert "staysim only reads that file" in readme
