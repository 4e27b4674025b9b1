"""After a crash, the picker's `c` resumes and ctrl+r answers a turn left unanswered."""

import pytest
from tui_helpers import wait_idle

from simulator.engine import PracticeSession, choose_backend
from simulator.library import load_library
from simulator.store import Store
from simulator.tui.app import make_app
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.widgets.turn import TurnView

QUESTION = "Wat geeft je op dit moment energie in je werk?"


def _left(store: Store, partial: str | None) -> int:
    """A session as kill -9 leaves it: the manager turn saved, no reply or half of one."""
    library = load_library()
    scenario = library.scenarios["stille-senior"]
    session = PracticeSession.start(
        store, scenario, library.persona_for(scenario), choose_backend("offline")
    )
    store.append_turn(session.session_id, "manager", QUESTION)
    if partial is not None:
        store.append_turn(session.session_id, "employee", partial, "interrupted")
    return session.session_id


@pytest.mark.parametrize("partial", [None, "Eerlijk gezegd"])
async def test_ctrl_r_after_resume_answers_the_turn_left_open(tmp_path, partial):
    store = Store.open(tmp_path / "s.db")
    session_id = _left(store, partial)
    app = make_app(store=store, backend=choose_backend("offline"), lang="nl")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_idle(pilot)
        await pilot.press("c")
        await wait_idle(pilot)
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and screen.session.session_id == session_id
        await pilot.press("ctrl+r")
        await wait_idle(pilot)
        views = list(screen.query(TurnView))
        assert views[-1].speaker == "employee" and views[-1].text and not views[-1].status
    saved = store.load_session(session_id)
    assert saved is not None
    turns = saved.turns
    rows = [(t.speaker, t.status) for t in turns]
    expected = [("employee", "complete"), ("manager", "complete")]
    if partial is not None:
        expected.append(("employee", "interrupted"))
        assert turns[2].text == partial, "the broken-off reply stays as it was"
    assert rows == [*expected, ("employee", "complete")]
