"""The whole flow, picker -> practice -> scorecard -> review -> history, on the real engine."""

import asyncio
import json

import fake_openai as fake
from textual.widgets import DataTable, Input, OptionList, Static
from tui_helpers import finish, say, texts, wait_idle
from tui_helpers import shown as shown_turn

from simulator.cli import main as cli
from simulator.config import load_settings
from simulator.engine import choose_backend
from simulator.library import load_library
from simulator.tui.app import make_app
from simulator.tui.screens.history import HistoryScreen
from simulator.tui.screens.picker import PickerScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.screens.review import ReviewScreen
from simulator.tui.screens.scorecard import ScorecardScreen
from simulator.tui.widgets.turn import TurnView

fake_openai = fake.fake_openai
fake_openai_env = fake.fake_openai_env

QUESTION = "Wat geeft je op dit moment energie in je werk?"


def shown(screen, selector: str) -> str:
    return "\n".join(str(w.render()) for w in screen.query(f"{selector}, {selector} Static"))


async def pick(pilot, scenario_id: str) -> None:
    screen = pilot.app.screen
    assert isinstance(screen, PickerScreen)
    row = [s.id for s in screen.shown].index(scenario_id)
    screen.query_one(DataTable).move_cursor(row=row)
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, PracticeScreen)


async def scorecard_review_history(pilot) -> int:
    """From a practice screen with turns: finish, look at everything, then the history."""
    app = pilot.app
    session_id = app.screen.session.session_id
    await finish(pilot)
    card_screen = app.screen
    assert isinstance(card_screen, ScorecardScreen)
    assert f"Score {card_screen.card.score} / 100" in shown(card_screen, "#score-line")
    assert "Probeer volgende keer" in shown(card_screen, "#card-findings")
    assert "ontdekt" in shown(card_screen, "#card-facts")
    card = card_screen.card
    assert card.dimensions is not None and len(card.dimensions) == 8  # with what was learned
    # A practice run of a few turns has not passed, and the screen says why.
    assert card.passed is False
    assert "te kort gesprek" in shown(card_screen, "#pass-blockers")

    await pilot.press("r")
    await pilot.pause()
    review = app.screen
    assert isinstance(review, ReviewScreen)
    evidence = str(review.query_one("#evidence", Static).render())
    assert QUESTION in evidence and "[open vraag]" in evidence and "op grond van" in evidence
    assert review.query_one(OptionList).option_count == len(card_screen.card.transcript)

    await pilot.press("escape", "escape")
    await pilot.pause()
    assert isinstance(app.screen, PickerScreen)
    await pilot.press("h")
    await pilot.pause()
    history = app.screen
    assert isinstance(history, HistoryScreen)
    assert history.sessions[0].id == session_id
    assert str(history.query_one(DataTable).get_row_at(0)[3]) == str(card_screen.card.score)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, ScorecardScreen) and app.screen.session_id == session_id
    return session_id


def listed_by_history_cli(capsys, session_id: int) -> None:
    """`staysim history --json` (run after the app, which owns stdout while it runs)."""
    capsys.readouterr()
    assert cli(["history", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["id"] == session_id and listed[0]["status"] == "finished"
    assert QUESTION in [t["text"] for t in listed[0]["turns"]]


async def test_offline_flow(capsys):
    app = make_app(backend=choose_backend("offline"), library=load_library(), lang="nl")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pick(pilot, "stille-senior")
        await say(pilot, QUESTION)
        await say(pilot, "Het klinkt alsof je trots bent op dat werk.")
        await say(pilot, "Ja maar dat klopt niet, je krijgt zeker opslag.")
        said = texts(app.screen)
        assert said[1] == ("manager", QUESTION)
        assert said[2][0] == "employee" and said[2][1]
        session_id = await scorecard_review_history(pilot)
    listed_by_history_cli(capsys, session_id)


async def test_llm_flow_with_failure_retry_stop_and_literal_markup(fake_openai_env, capsys):
    fake_openai_env.reply_text = "Nou, [bold]eerlijk[/bold] gezegd [/] weet ik het niet."
    settings = load_settings().model_copy(update={"max_attempts": 1, "backoff_base": 0})
    backend = choose_backend("openai", settings=settings)
    app = make_app(backend=backend, library=load_library(), lang="nl")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert fake_openai_env.url.split("//")[1] in str(
            app.screen.query_one("#backend-line", Static).render()
        )
        await pick(pilot, "stille-senior")
        await say(pilot, QUESTION)
        assert texts(app.screen)[-1] == (
            "employee",
            "Nou, [bold]eerlijk[/bold] gezegd [/] weet ik het niet.",
        )
        last = list(app.screen.query(TurnView))[-1]
        assert shown_turn(last) == "Nou, [bold]eerlijk[/bold] gezegd [/] weet ik het niet."

        fake_openai_env.fail(500)
        await say(pilot, "Wat maakt je werk betekenisvol?")
        notice = list(app.screen.query(TurnView))[-1]
        assert notice.speaker == "notice" and "500" in notice.text
        assert texts(app.screen)[-2] == ("manager", "Wat maakt je werk betekenisvol?")
        fake_openai_env.reply_text = "Het dashboard voor betaalzorg, denk ik."
        await pilot.press("ctrl+r")
        await wait_idle(pilot)
        assert texts(app.screen)[-1] == ("employee", "Het dashboard voor betaalzorg, denk ik.")

        fake_openai_env.never_end()
        app.screen.query_one("#say", Input).value = "Wat zou je hier doen blijven?"
        # Submit without waiting for idle (pilot.press would wait for the whole reply).
        await app.screen.query_one("#say", Input).action_submit()
        assert isinstance(app.screen, PracticeScreen)
        for _ in range(100_000):
            await asyncio.sleep(0)
            if app.screen.current is not None and app.screen.current.text:
                break
        partial = app.screen.current
        assert partial is not None and partial.text
        await pilot.press("escape")
        await wait_idle(pilot)
        kept = list(app.screen.query(TurnView))[-1]
        assert kept is partial and kept.text and "het halve antwoord blijft staan" in kept.status
        assert len(kept.text) < 4000
        assert isinstance(app.screen, PracticeScreen)
        session = app.store.load_session(app.screen.session.session_id)
        assert session is not None
        saved = session.turns[-1]
        assert saved.status == "interrupted" and kept.text.startswith(saved.text[:10])
        session_id = await scorecard_review_history(pilot)
    listed_by_history_cli(capsys, session_id)
