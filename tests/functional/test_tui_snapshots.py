"""Snapshots of the main screens on the small test library and the scripted engine."""

import time

import pytest
from tui_helpers import Script, finish, say, scripted_app

REPLY = [["Eerlijk ", "gezegd: ", "de [bold]nachtdiensten[/bold] ", "vallen me zwaar."]]


@pytest.fixture
def fixed_clock(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


async def _one_exchange(pilot) -> None:
    await pilot.pause()
    await say(pilot, "Wat geeft je energie in je werk? [/]")
    # A blinking cursor would make the picture depend on the moment it is taken.
    pilot.app.screen.query_one("#say").cursor_blink = False
    await pilot.pause()


async def _finished(pilot) -> None:
    await _one_exchange(pilot)
    await finish(pilot)


def test_picker_snapshot(tmp_path, snap_compare):
    assert snap_compare(scripted_app(tmp_path), terminal_size=(80, 24))


def test_picker_wide_snapshot(tmp_path, snap_compare):
    assert snap_compare(scripted_app(tmp_path), terminal_size=(120, 40))


def test_practice_snapshot(tmp_path, snap_compare):
    app = scripted_app(tmp_path, Script(replies=REPLY), scenario_id="tess-basis")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_one_exchange)


def test_scorecard_snapshot(tmp_path, snap_compare):
    app = scripted_app(tmp_path, Script(replies=REPLY), scenario_id="tess-basis")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_finished)


def test_review_snapshot(tmp_path, snap_compare):
    app = scripted_app(tmp_path, Script(replies=REPLY), scenario_id="tess-basis")

    async def review(pilot) -> None:
        await _finished(pilot)
        await pilot.press("r")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 40), run_before=review)


def test_history_snapshot(tmp_path, snap_compare, fixed_clock):
    app = scripted_app(tmp_path, Script(replies=REPLY), scenario_id="tess-basis")

    async def history(pilot) -> None:
        await _finished(pilot)
        app.store._db.execute("UPDATE sessions SET started = '2025-03-04T09:30:00+00:00'")
        await pilot.press("escape", "h")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 40), run_before=history)


def test_help_snapshot(tmp_path, snap_compare):
    assert snap_compare(scripted_app(tmp_path), terminal_size=(120, 40), press=["f1"])
