"""The app's own words in Dutch and English, the language rules, and one source for goals."""

import pytest
from textual.binding import Binding
from textual.dom import DOMNode
from tui_helpers import say, scripted_app

from simulator.scoring.scorecard import TALK_SHARE_GOOD
from simulator.tui.app import StaysimApp
from simulator.tui.i18n import key_text, t, ui_language
from simulator.tui.screens.help import HelpScreen
from simulator.tui.screens.history import HistoryScreen
from simulator.tui.screens.picker import PickerScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.screens.review import ReviewScreen
from simulator.tui.screens.scorecard import ScorecardScreen
from simulator.tui.widgets.meters import MetersPanel

SCOPES: dict[str, type[DOMNode]] = {
    "app": StaysimApp,
    "picker": PickerScreen,
    "practice": PracticeScreen,
    "scorecard": ScorecardScreen,
    "review": ReviewScreen,
    "history": HistoryScreen,
    "help": HelpScreen,
}


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "nl"),
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "C.UTF-8"}, "nl"),
        ({"LANG": "POSIX"}, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "nl_NL.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "STAYSIM_LANG": "nl"}, "nl"),
        ({"LANG": "nl_NL.UTF-8", "STAYSIM_LANG": "EN"}, "en"),
        ({"LANG": "en_US.UTF-8", "STAYSIM_LANG": "fr"}, "en"),
    ],
)
def test_the_ui_language_follows_staysim_lang_then_the_locale(env, expected):
    assert ui_language(env) == expected


def test_every_binding_has_words_in_both_languages():
    for lang in ("nl", "en"):
        for scope, owner in SCOPES.items():
            for binding in owner.BINDINGS:
                assert isinstance(binding, Binding)
                found = key_text(scope, binding.action, lang)
                assert found and found[0], (lang, scope, binding.action)


async def test_an_english_app_speaks_english_but_a_dutch_session_stays_dutch(tmp_path):
    app = scripted_app(tmp_path, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        picker = app.screen
        footer = {b.binding.description for b in picker.active_bindings.values()}
        assert {"Language", "Level", "History", "Help"} <= footer
        assert not {"Taal", "Niveau", "Hulp"} & footer
        assert "Enter starts" in str(picker.query_one("#filter-line").render())
        assert "easy" in [str(c) for c in picker.query_one("DataTable").get_row_at(0)]
        await pilot.press("enter")
        await pilot.pause()
        practice = app.screen
        assert isinstance(practice, PracticeScreen) and practice.lang == "nl"
        footer = {b.binding.description for b in practice.active_bindings.values()}
        assert {"Afronden", "Stop", "Opnieuw", "Meters", "Hulp", "Opdrachten"} <= footer
        assert not {"Help", "Commands", "Finish"} & footer, "one language in the footer"
        titles = {c.title for c in app.get_system_commands(practice)}
        assert {"Afronden", "Verlaten", "Thema"} <= titles
        await say(pilot, "Wat geeft je energie?")
        meters = str(practice.query_one("#meter-values").render())
        assert "Jij praat 30%" in meters


async def test_the_talk_share_goal_is_the_scorecards_own(tmp_path):
    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await say(pilot, "Wat geeft je energie?")
        meters = str(app.screen.query_one(MetersPanel).query_one("#meter-values").render())
        goal = f"≤ {TALK_SHARE_GOOD:.0%}"
        assert t("meters.goal", "nl", goal=goal) in meters
    from simulator.domain.scorecard import Actions, Metrics
    from simulator.scoring.scorecard import dimensions

    listening = dimensions(Metrics(manager_talk_share=0.2), 0, Actions(), "nl")[0]
    assert listening["name"] == "listening" and goal in listening["goal"]
