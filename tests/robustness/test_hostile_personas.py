"""Markup and escapes in a persona's authored lines: markup validates and is shown
literally (`staysim run`, exports, the app), escape sequences are refused with the line.
"""

import json
import os
import shutil
from pathlib import Path

import pytest
from hostile_text import ESCAPES, MARKUP

from simulator.cli import main

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

DATA = Path(__file__).parents[1] / "data" / "library"


def _markup_persona(home: Path, spoiler: str = MARKUP) -> None:
    """The test persona, with Rich markup and HTML in every line it says."""
    import yaml

    shutil.copytree(DATA / "scenarios", home / "scenarios")
    (home / "personas").mkdir(parents=True)
    persona = yaml.safe_load((DATA / "personas" / "tess.yaml").read_text(encoding="utf-8"))

    def spoil(value):
        if isinstance(value, str):
            return f"{value} {spoiler}"
        if isinstance(value, list):
            return [spoil(v) for v in value]
        if isinstance(value, dict):
            return {k: spoil(v) for k, v in value.items()}
        return value

    persona["lines"] = spoil(persona["lines"])
    for fact in persona["facts"]:
        fact["lines"] = spoil(fact["lines"])
    (home / "personas" / "tess.yaml").write_text(
        yaml.safe_dump(persona, allow_unicode=True), encoding="utf-8"
    )


def test_a_persona_with_markup_validates_and_is_shown_literally(staysim_home, tmp_path, capsys):
    _markup_persona(staysim_home)
    assert main(["scenarios", "validate", str(staysim_home)]) == 0
    script = tmp_path / "script.txt"
    script.write_text("Hoi Tess, hoe gaat het?\nWaar kijk je elke werkdag naar uit?\n")
    capsys.readouterr()
    assert main(["run", "--scenario", "tess-basis", "--script", str(script), "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    replies = [t["text"] for t in card["transcript"] if t["speaker"] == "employee"]
    assert replies and all("[bold red]vet[/]" in r and "<script>" in r for r in replies)
    for fmt in ("html", "md"):
        assert main(["export", "last", "--format", fmt]) == 0
        exported = capsys.readouterr().out
        assert "<script>" not in exported and "\x1b" not in exported
        assert "[bold red]vet" in exported or "\\[bold red\\]vet" in exported


async def test_a_persona_with_markup_in_the_app(staysim_home):
    from textual.widgets import Input
    from tui_helpers import wait_idle

    from simulator.engine import choose_backend
    from simulator.library import load_library
    from simulator.tui.app import make_app
    from simulator.tui.widgets.turn import TurnView

    _markup_persona(staysim_home)
    app = make_app(
        scenario_id="tess-basis", backend=choose_backend("offline"), library=load_library()
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.query_one("#say", Input).value = "Waar kijk je elke werkdag naar uit?"
        await pilot.press("enter")
        await wait_idle(pilot)
        views = [v for v in app.screen.query(TurnView) if v.speaker == "employee"]
        assert len(views) >= 2
        for view in views:
            assert "[bold red]vet[/]" in view.text
            rendered = "\n".join(str(w.render()) for w in view.query(".body .line"))
            assert "[bold red]vet[/]" in rendered, rendered


def test_environment_is_clean():
    # The hostile persona tests must not leak into other tests' homes.
    assert os.environ["STAYSIM_HOME"].endswith("staysim-home")


def test_escape_sequences_in_a_persona_are_refused_with_the_line(staysim_home, capsys):
    _markup_persona(staysim_home, spoiler=ESCAPES)
    assert main(["scenarios", "validate", str(staysim_home / "personas")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out and all("control character U+001B" in line for line in out)
    assert out[0].startswith(f"{staysim_home / 'personas' / 'tess.yaml'}:")


def test_staysim_run_shows_persona_and_script_text_inert(staysim_home, tmp_path, capsys):
    _markup_persona(staysim_home)
    script = tmp_path / "script.txt"
    script.write_text(f"Hoi Tess {ESCAPES}\nWaar kijk je elke werkdag naar uit?\n")
    capsys.readouterr()
    assert main(["run", "--scenario", "tess-basis", "--script", str(script)]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in "\x1b\x07\x9b"), repr(out)
    assert "[bold red]vet[/]" in out and "<script>alert(1)</script>" in out

