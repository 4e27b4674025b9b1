"""Assignments in the app: first in the picker, exam mode, attempts counted and refused."""

from pathlib import Path

import fake_openai as fake
import yaml
from textual.widgets import DataTable, Static
from tui_helpers import say, wait_idle

from simulator.cli import main as cli
from simulator.coach.packs import build, to_yaml
from simulator.engine import choose_backend
from simulator.library import load_library
from simulator.tui.app import make_app
from simulator.tui.screens.picker import PickerScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.widgets.meters import MetersPanel

fake_openai = fake.fake_openai
fake_openai_env = fake.fake_openai_env


def add_pack(tmp_path: Path, **changes: object) -> None:
    pack = build(
        load_library(include_user=False),
        ["overlooked-lead"],
        pack_id="q1",
        title="Q1 stay interviews",
        instructions="Summarise before you ask on.",
        attempts=1,
        due=None,
    )
    data = yaml.safe_load(to_yaml(pack))
    data.update(changes)
    path = tmp_path / "q1.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert cli(["assign", "add", str(path)]) == 0


def cells(table: DataTable, row: int) -> list[str]:
    return [str(cell) for cell in table.get_row_at(row)]


async def test_the_picker_shows_the_assignment_first_with_due_date_and_attempts(tmp_path, english):
    add_pack(tmp_path, due="2099-12-15", exam=True)
    app = make_app(backend=choose_backend("offline"), library=load_library(), lang="en")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_idle(pilot)
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        table = picker.query_one(DataTable)
        assert picker.shown[0].id == "q1--overlooked-lead"
        headers = [str(c.label) for c in table.columns.values()]
        assert headers[1] == "Assignment"
        assert cells(table, 0)[1] == "due 2099-12-15 · 1 attempt left"
        assert cells(table, 1)[1] == ""
        briefing = str(picker.query_one("#briefing", Static).render())
        assert briefing.startswith("Assignment: Q1 stay interviews\nSummarise before you ask on.")
        assert "Pass from 60 · 1 of 1 left · exam: no live meters" in briefing
        await pilot.press("enter")
        await wait_idle(pilot)
        practice = app.screen
        assert isinstance(practice, PracticeScreen)
        assert practice.exam and not practice.query_one(MetersPanel).display
        await pilot.press("ctrl+t")  # exam mode: the meters cannot be shown
        await pilot.pause()
        assert not practice.query_one(MetersPanel).display
        await say(pilot, "What gives you energy in your work at the moment?")
        await pilot.press("ctrl+b")  # back to the picker; the attempt is used
        await wait_idle(pilot)
        assert app.screen is picker
        assert cells(table, 0)[1] == "due 2099-12-15 · 0 attempts left"
        await pilot.press("enter")
        await wait_idle(pilot)
        assert app.screen is picker  # refused
        messages = [str(n.message) for n in app._notifications]
        assert any("no attempts left for assignment 'q1': 1 of 1 used" in m for m in messages)


async def test_an_overdue_assignment_and_the_pack_backend_note(tmp_path, fake_openai_env):
    add_pack(tmp_path, due="2000-01-31", backend="offline")
    # The user asked for the openai backend: it is used, with a note that the pack expects
    # offline.
    app = make_app(
        backend=choose_backend("openai"), library=load_library(), lang="en", backend_chosen=True
    )
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_idle(pilot)
        table = app.screen.query_one(DataTable)
        assert cells(table, 0)[1] == "due 2000-01-31 (overdue) · 1 attempt left"
        await pilot.press("enter")
        await wait_idle(pilot)
        practice = app.screen
        assert isinstance(practice, PracticeScreen)
        assert practice.session.backend.name == "openai"
        assert practice.query_one(MetersPanel).display  # no exam: the meters show
        messages = [str(n.message) for n in app._notifications]
        assert any("expects the offline backend; you are practising with openai" in m
                   for m in messages)  # fmt: skip


async def test_the_pack_backend_is_used_by_default(tmp_path, fake_openai_env):
    add_pack(tmp_path, backend="offline")
    # The environment points at a server, yet the assignment's offline backend is used.
    app = make_app(backend=choose_backend(None), library=load_library(), lang="en")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_idle(pilot)
        assert app.get_backend().name == "openai"
        await pilot.press("enter")
        await wait_idle(pilot)
        practice = app.screen
        assert isinstance(practice, PracticeScreen)
        assert practice.session.backend.name == "offline"
