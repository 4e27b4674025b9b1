"""A 100 KB manager turn through the engine, `staysim run` and a paste into the app: handled
in bounded time and saved whole."""

import json
import time

import pytest

from simulator import paths
from simulator.cli import main
from simulator.store import Store

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")


BIG = ("Ik wil graag begrijpen wat je energie geeft en wat je zou doen blijven. " * 1400)[:100_000]


async def test_a_100_kb_manager_turn_through_the_engine(staysim_home):
    from simulator.engine import PracticeSession, choose_backend
    from simulator.library import load_library

    library = load_library()
    scenario = library.scenario("stille-senior")
    store = Store.open(paths.database_path())
    session = PracticeSession.start(
        store, scenario, library.persona_for(scenario), choose_backend("offline")
    )
    started = time.process_time()
    reply = "".join([chunk async for chunk in session.reply(BIG)])
    assert time.process_time() - started < 10
    assert reply
    saved = store.load_session(session.session_id)
    store.close()
    assert saved is not None
    assert saved.turns[1].speaker == "manager" and saved.turns[1].text == BIG.strip()
    assert saved.turns[-1].status == "complete"


def test_a_100_kb_manager_turn_through_staysim_run(staysim_home, tmp_path, capsys):
    script = tmp_path / "script.txt"
    script.write_text(f"{BIG}\nWat geeft je energie?\n", encoding="utf-8")
    started = time.process_time()
    assert main(["run", "--scenario", "stille-senior", "--script", str(script), "--json"]) == 0
    assert time.process_time() - started < 20
    card = json.loads(capsys.readouterr().out)
    assert card["transcript"][1]["text"] == BIG.strip()
    assert main(["history", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["turns"][1]["text"] == BIG.strip() and row["status"] == "finished"


async def test_a_100_kb_paste_into_the_app(staysim_home):
    from textual import events
    from textual.widgets import Input
    from tui_helpers import wait_idle

    from simulator.engine import choose_backend
    from simulator.library import load_library
    from simulator.tui.app import make_app
    from simulator.tui.screens.practice import PracticeScreen

    app = make_app(
        scenario_id="stille-senior", backend=choose_backend("offline"), library=load_library()
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        field = app.screen.query_one("#say", Input)
        started = time.process_time()
        field.post_message(events.Paste(BIG))
        await pilot.pause()
        assert field.value == BIG
        await pilot.press("enter")
        await wait_idle(pilot)
        assert time.process_time() - started < 30
        assert isinstance(app.screen, PracticeScreen)
        session_id = app.screen.session.session_id
    store = Store.open(paths.database_path())
    saved = store.load_session(session_id)
    store.close()
    assert saved is not None
    manager = [t for t in saved.turns if t.speaker == "manager"]
    assert [t.text for t in manager] == [BIG.strip()]
    assert saved.turns[-1].speaker == "employee" and saved.turns[-1].status == "complete"

