"""An unfinished session is offered on the picker; export says where it went or why not."""

from textual.widgets import Static
from tui_helpers import finish, say, scripted_app, until

from simulator.engine import PracticeSession, choose_backend
from simulator.library import load_library
from simulator.store import Store
from simulator.tui.app import make_app
from simulator.tui.screens.picker import PickerScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.screens.scorecard import ScorecardScreen
from simulator.tui.widgets.turn import TurnView

QUESTION = "Wat geeft je op dit moment energie in je werk?"


async def _left_unfinished(store: Store, library, manager_turns: int = 1) -> int:
    """A session as a crash leaves it: turns on disk, never finished."""
    scenario = library.scenarios["stille-senior"]
    session = PracticeSession.start(
        store, scenario, library.persona_for(scenario), choose_backend("offline")
    )
    for _ in range(manager_turns):
        async for _chunk in session.reply(QUESTION):
            pass
    return session.session_id


def _app(store: Store, library):
    return make_app(store=store, library=library, backend=choose_backend("offline"), lang="nl")


def _banner(screen) -> Static:
    return screen.query_one("#unfinished-banner", Static)


async def test_the_picker_offers_to_continue_an_unfinished_session(tmp_path):
    library = load_library()
    store = Store.open(tmp_path / "s.db")
    await _left_unfinished(store, library, manager_turns=0)  # nothing said: not offered
    session_id = await _left_unfinished(store, library)
    app = _app(store, library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen) and picker.unfinished is not None
        assert picker.unfinished.id == session_id
        banner = _banner(picker)
        assert banner.display
        text = str(banner.render())
        assert "Onafgemaakt gesprek: De stille senior" in text and "1 beurt van jou" in text
        assert "c verder" in text and "s scoren" in text and "x negeren" in text
        await pilot.press("c")
        await pilot.pause()
        practice = app.screen
        assert isinstance(practice, PracticeScreen)
        assert practice.session.session_id == session_id
        assert QUESTION in [v.text for v in practice.query(TurnView)]
        await say(pilot, "Wat zou je willen veranderen?")
        saved = store.load_session(session_id)
        assert saved is not None
        assert [t.text for t in saved.turns if t.speaker == "manager"] == [
            QUESTION,
            "Wat zou je willen veranderen?",
        ]
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen) and not _banner(app.screen).display


async def test_the_picker_scores_an_unfinished_session_with_one_key(tmp_path):
    library = load_library()
    store = Store.open(tmp_path / "s.db")
    session_id = await _left_unfinished(store, library, manager_turns=2)
    app = _app(store, library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "2 beurten van jou" in str(_banner(app.screen).render())
        await pilot.press("s")
        await pilot.pause()
        card_screen = app.screen
        assert isinstance(card_screen, ScorecardScreen) and card_screen.session_id == session_id
        saved = store.load_session(session_id)
        assert saved is not None
        assert saved.ended is not None and saved.score == card_screen.card.score
        assert [line.text for line in card_screen.card.transcript].count(QUESTION) == 2
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen) and not _banner(app.screen).display
    # Scored, it is finished: the next start offers nothing.
    app = _app(store, library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.unfinished is None and not _banner(app.screen).display


async def test_ignoring_hides_the_offer_and_its_keys(tmp_path):
    library = load_library()
    store = Store.open(tmp_path / "s.db")
    await _left_unfinished(store, library)
    app = _app(store, library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.check_action("score_unfinished", ())
        await pilot.press("x")
        await pilot.pause()
        assert not _banner(app.screen).display
        assert not app.screen.check_action("score_unfinished", ())
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert store.unfinished_sessions(), "ignoring leaves the session as it was"


def _recorded(app) -> list[tuple[str, dict]]:
    notes: list[tuple[str, dict]] = []
    original = app.notify

    def notify(message, **kwargs):
        notes.append((str(message), kwargs))
        return original(message, **kwargs)

    app.notify = notify
    return notes


async def test_export_names_the_full_path_of_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("STAYSIM_HOME", "relative-home")
    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(80, 24)) as pilot:
        notes = _recorded(app)
        await pilot.pause()
        await say(pilot, "Wat geeft je energie?")
        await finish(pilot)
        await pilot.press("e")
        screen = app.screen
        assert isinstance(screen, ScorecardScreen)
        await until(pilot, lambda: screen.exported is not None and bool(notes))
        expected = tmp_path / "relative-home" / "exports" / f"session-{screen.session_id}.md"
        assert screen.exported == expected and expected.is_file()
        assert expected.stat().st_mode & 0o777 == 0o600, "an export is personal: owner only"
        message, kwargs = notes[-1]
        assert message == str(expected) and kwargs["title"] == "Geëxporteerd"


async def test_an_export_that_cannot_be_written_says_so_and_the_scorecard_stays(
    tmp_path, monkeypatch
):
    home = tmp_path / "home"
    home.mkdir()
    (home / "exports").write_text("a file where the folder should be")
    monkeypatch.setenv("STAYSIM_HOME", str(home))
    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(80, 24)) as pilot:
        notes = _recorded(app)
        await pilot.pause()
        await say(pilot, "Wat geeft je energie?")
        await finish(pilot)
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, ScorecardScreen) and app.screen.exported is None
        message, kwargs = notes[-1]
        assert kwargs["title"] == "Exporteren mislukt" and kwargs["severity"] == "error"
        assert message.startswith(f"Kan {home / 'exports'}") and "niet schrijven" in message
        assert "Traceback" not in message
