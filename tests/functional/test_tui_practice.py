"""Pilot tests of the practice screen: streaming, literal text, stop, failure and retry."""

from textual.binding import Binding
from textual.widgets import Input
from tui_helpers import Script, finish, say, scripted_app, shown, texts, until, wait_idle

from simulator.tui.i18n import key_text
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.screens.scorecard import ScorecardScreen
from simulator.tui.widgets.meters import MetersPanel
from simulator.tui.widgets.turn import TurnView


async def test_a_question_shows_the_manager_line_and_the_streamed_reply(tmp_path):
    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.focused is app.screen.query_one("#say", Input)
        await say(pilot, "Wat geeft je energie?")
        assert texts(app.screen)[-2:] == [
            ("manager", "Wat geeft je energie?"),
            ("employee", "Goed dat je vraagt."),
        ]
        assert app.screen.query_one("#say", Input).value == ""
        # The input keeps focus after the reply, so the manager can go on typing.
        assert app.screen.focused is app.screen.query_one("#say", Input)
        manager = [v for v in app.screen.query(TurnView) if v.speaker == "manager"][-1]
        assert manager.codes == ["open_question"]
        saved = app.store.load_session(app.screen.session.session_id)
        assert [t.text for t in saved.turns][-2:] == [
            "Wat geeft je energie?",
            "Goed dat je vraagt.",
        ]


async def test_markup_in_a_reply_or_a_question_is_shown_literally(tmp_path):
    reply = ["Dat is [bold]x[/bold] ", "en [/] en [red", "] klaar"]
    app = scripted_app(tmp_path, Script(replies=[reply]), scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await say(pilot, "Wat bedoel je met [/] of [b]dit[/b]?")
        views = list(app.screen.query(TurnView))
        assert views[-1].text == "Dat is [bold]x[/bold] en [/] en [red] klaar"
        assert shown(views[-1]) == "Dat is [bold]x[/bold] en [/] en [red] klaar"
        assert shown(views[-2]) == "Wat bedoel je met [/] of [b]dit[/b]?"


async def test_escape_stops_the_reply_and_keeps_the_partial_text(tmp_path):
    script = Script(replies=[["Nou, ", "eigenlijk ", "wil ", "ik ", "iets ", "zeggen."]], delay=0.2)
    app = scripted_app(tmp_path, script, scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.query_one("#say", Input).value = "Hoe gaat het echt?"
        await pilot.press("enter")
        await pilot.pause(0.5)
        assert app.screen.busy
        await pilot.press("escape")
        await wait_idle(pilot)
        reply = list(app.screen.query(TurnView))[-1]
        assert reply.speaker == "employee"
        assert reply.text.startswith("Nou, ") and reply.text != "Nou, eigenlijk wil ik iets zeggen."
        assert "het halve antwoord blijft staan" in reply.status
        saved = app.store.load_session(app.screen.session.session_id)
        assert saved.turns[-1].text == reply.text
        assert saved.turns[-1].status == "interrupted"


async def test_typed_text_is_kept_while_a_reply_is_coming(tmp_path):
    script = Script(replies=[["een ", "twee ", "drie"]], delay=0.2)
    app = scripted_app(tmp_path, script, scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.query_one("#say", Input).value = "Eerste vraag?"
        await pilot.press("enter")
        await pilot.pause(0.1)
        app.screen.query_one("#say", Input).value = "Tweede vraag?"
        await pilot.press("enter")
        assert app.screen.query_one("#say", Input).value == "Tweede vraag?"
        await wait_idle(pilot)
        assert [t for s, t in texts(app.screen) if s == "manager"] == ["Eerste vraag?"]


async def test_a_server_failure_shows_a_message_and_retry_answers(tmp_path):
    app = scripted_app(tmp_path, Script(fail_times=1), scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await say(pilot, "Wat houdt je hier?")
        notice = list(app.screen.query(TurnView))[-1]
        assert notice.speaker == "notice"
        assert "500" in notice.text and "ctrl+r" in notice.status
        assert texts(app.screen)[-2] == ("manager", "Wat houdt je hier?")
        assert app.is_running
        await pilot.press("ctrl+r")
        await wait_idle(pilot)
        assert texts(app.screen)[-1] == ("employee", "Goed dat je vraagt.")


async def test_meters_can_be_hidden_for_a_no_hints_run(tmp_path):
    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await say(pilot, "Ja maar dat klopt niet")
        meters = app.screen.query_one(MetersPanel)
        assert meters.display
        assert meters.flags == [(2, "defensive")]  # shown from 1: the opening is turn 1
        await pilot.press("ctrl+t")
        assert not meters.display
        manager = [v for v in app.screen.query(TurnView) if v.speaker == "manager"][-1]
        assert not manager.query_one(".codes").display


async def test_ctrl_f_finishes_and_opens_the_scorecard(tmp_path):
    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+f")
        assert isinstance(app.screen, PracticeScreen), "nothing said yet: nothing to score"
        await say(pilot, "Wat geeft je energie?")
        session_id = app.screen.session.session_id
        await finish(pilot)
        assert isinstance(app.screen, ScorecardScreen)
        assert app.store.load_session(session_id).score == 64


async def test_the_command_palette_offers_every_binding_of_the_screen(tmp_path):
    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for binding in PracticeScreen.BINDINGS:
            assert isinstance(binding, Binding)
            if binding.action.endswith("command_palette"):
                continue
            found = key_text("practice", binding.action, "nl")
            assert found is not None and found[0] in titles
        assert {"Thema", "Hulp", "Stoppen"} <= titles
        assert not {"Finish", "Theme", "Focus Next"} & titles, "Dutch only, and only ours"
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Afronden")
        await say(pilot, "Wat geeft je energie?")
        await command.callback()
        await until(pilot, lambda: isinstance(app.screen, ScorecardScreen))


async def test_the_command_palette_searches_in_the_screen_s_language(tmp_path):
    from textual.command import CommandPalette
    from textual.widgets import Input

    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette))
        assert app.screen.query_one(Input).placeholder == "Zoek een opdracht…"


async def test_every_flag_shows_newest_first_with_a_count(tmp_path):
    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        meters = app.screen.query_one(MetersPanel)
        meters.flag(12, ["defensive", "open_question"])
        meters.flag(14, ["advice"])
        meters.flag(16, ["appraisal", "promise"])
        meters.flag(16, ["appraisal"])  # the same turn coded again is not a new flag
        await pilot.pause()
        lines = str(meters.query_one("#meter-flags").render()).splitlines()
        assert lines == [
            "beurt 16: beoordelend, loze belofte",
            "beurt 14: ongevraagd advies",
            "beurt 12: verdedigend",
        ]
        assert str(meters.query_one("#meter-flags-title").render()) == "Signalen (4)"
        # The newest flag is in view in the panel, not below its fold.
        newest = meters.query_one("#meter-flags")
        assert newest.region.y < meters.region.bottom
