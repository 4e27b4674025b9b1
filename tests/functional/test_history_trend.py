"""`staysim history --trend` and the app's progress screen over real offline sessions."""

import asyncio
import contextlib
import io
import json
from pathlib import Path

from textual.widgets import Static

from simulator.cli import main
from simulator.tui.screens.history import HistoryScreen
from simulator.tui.screens.trend import TrendScreen
from simulator.tui.widgets.trend import TrendBlock

SCRIPTS = Path(__file__).parent.parent / "scripts"


def _play(scenario: str, script: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["run", "--scenario", scenario, "--script",
                     str(SCRIPTS / f"{scenario}.{script}.txt")]) == 0


def test_trend_prints_each_dimension_per_scenario_and_the_change(capsys):
    _play("stille-senior", "poor")
    _play("stille-senior", "good")
    _play("part-time-carer", "good")
    assert main(["history", "--trend"]) == 0
    out = capsys.readouterr().out
    blocks = out.strip().split("\n\n")
    assert len(blocks) == 2
    assert blocks[0].startswith("The part-time controller with care duties · 1 gesprek")
    senior = next(b for b in blocks if "2 gesprekken" in b.splitlines()[0])
    assert "Luisteren" in senior and "Wat je te weten kwam" in senior
    score_line = senior.splitlines()[1].split()
    assert score_line[0] == "Score" and int(score_line[-1]) > 0  # the good script did better
    assert "Beter dan vorige keer:" in senior
    assert "Na het volgende" in out or "na het volgende" in out

    assert main(["history", "--trend", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    senior_json = next(d for d in data if d["scenario"] == "stille-senior")
    scores = [s["score"] for s in senior_json["sessions"]]
    assert senior_json["change"]["score"] == scores[1] - scores[0] > 0
    assert set(senior_json["sessions"][0]["dimensions"]) >= {"listening", "learned"}


def test_trend_without_sessions_says_so_and_creates_nothing(capsys, staysim_home):
    assert main(["history", "--trend"]) == 0
    assert "Nog geen afgeronde gesprekken" in capsys.readouterr().out
    assert not (staysim_home / "staysim.db").exists()


async def test_the_history_screen_opens_the_progress_per_scenario():
    from simulator.tui.app import make_app

    # `staysim run` runs its own event loop: in a thread beside this one.
    await asyncio.to_thread(_play, "stille-senior", "poor")
    await asyncio.to_thread(_play, "stille-senior", "good")
    app = make_app(lang="en")
    async with app.run_test(size=(110, 40)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("t")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TrendScreen)
        blocks = list(screen.query(TrendBlock))
        assert len(blocks) == 1
        rows = str(blocks[0].query_one(".trend-rows", Static).render())
        assert "2 sessions" in rows and "Listening" in rows and "What you learned" in rows
        changes = [str(s.render()) for s in blocks[0].query(".trend-change")]
        assert any(c.startswith("Better than last time:") for c in changes)
        await pilot.press("escape")
        assert isinstance(app.screen, HistoryScreen)
