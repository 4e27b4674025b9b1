"""Pilot tests of the picker, scorecard, review, history and help screens."""

from textual.binding import Binding
from textual.widgets import DataTable, OptionList, Static
from tui_helpers import finish, say, scripted_app

from simulator.locale import messages
from simulator.tui.screens.help import HelpScreen, help_text
from simulator.tui.screens.history import HistoryScreen
from simulator.tui.screens.picker import PickerScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.screens.review import ReviewScreen
from simulator.tui.screens.scorecard import ScorecardScreen


def shown(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_picker_lists_scenarios_with_briefing_backend_and_filters(tmp_path):
    app = scripted_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PickerScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == 1
        assert [str(c) for c in table.get_row_at(0)] == [
            "Een eerste blijfgesprek met Tess",
            "nl",
            "makkelijk",
            "Tess Jansen",
            "Verpleegkundige",
        ]
        assert "Tess werkt vier jaar" in shown(screen, "#briefing")
        assert "Open vragen stellen" in shown(screen, "#briefing")
        assert "scripted (test)" in shown(screen, "#backend-line")
        assert "--backend" in shown(screen, "#backend-line")
        await pilot.press("l")
        assert "taal nl" in shown(screen, "#filter-line") and table.row_count == 1
        await pilot.press("l")
        assert "taal en" in shown(screen, "#filter-line") and table.row_count == 0
        assert "Geen scenario past" in shown(screen, "#briefing")
        await pilot.press("l", "d", "d")
        assert "niveau gemiddeld" in shown(screen, "#filter-line") and table.row_count == 0
        await pilot.press("d", "d")
        assert table.row_count == 1
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.session.scenario.id == "tess-basis"
        assert "Tess Jansen" in shown(app.screen, "#persona-line")
        assert "Verpleegkundige" in shown(app.screen, "#persona-line")


async def test_scorecard_shows_score_dimensions_findings_facts_and_actions(tmp_path):
    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await say(pilot, "Ja maar [b]dat[/b] klopt niet")
        await finish(pilot)
        screen = app.screen
        assert isinstance(screen, ScorecardScreen)
        assert "Score 64 / 100" in shown(screen, "#score-line")
        assert "gehaald" in shown(screen, "#score-line")
        dims = shown(screen, "#card-dimensions")
        assert "Listening" in dims and "70 / 60" in dims
        findings = "\n".join(str(w.render()) for w in screen.query("#card-findings Static"))
        assert "verdedigend" in findings and "“ja maar”" in findings
        assert "Vat eerst samen." in findings
        facts = shown(screen, "#card-facts")
        persona = app.library.personas["tess"]
        assert f"1 van {len(persona.facts)} ontdekt" in facts
        assert f"✓ {persona.facts[0].label}" in facts
        for fact in persona.facts[1:]:
            assert f"✗ {fact.label}" in facts
        actions = [str(w.render()) for w in screen.query("#card-actions > Static")]
        assert "[x] Een actie voor de medewerker" in actions
        assert "[ ] Een datum om erop terug te komen" in actions
        # Under each missing agreement, and only there, what would have counted.
        helps = [str(w.render()) for w in screen.query("#card-actions > .action-help")]
        missing = [a for a in actions if a.startswith("[ ]")]
        assert len(helps) == len(missing) >= 1
        follow_up = actions.index("[ ] Een datum om erop terug te komen")
        assert actions[follow_up + 1].startswith("Een vervolgmoment telt met een concrete datum")
        medewerker = actions.index("[x] Een actie voor de medewerker")
        assert not actions[medewerker + 1].startswith("Een actie voor de medewerker telt")

        await pilot.press("e")
        await pilot.pause()
        exported = list((app.store.path.parent).glob("*")) + list(
            __import__("simulator.paths", fromlist=["home"]).home().glob("exports/*.md")
        )
        md = [p for p in exported if p.suffix == ".md"]
        assert md and "dat" in md[0].read_text(encoding="utf-8")

        await pilot.press("r")
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewScreen)
        turns = review.query_one(OptionList)
        assert turns.option_count == 3
        assert turns.highlighted == 1, "review opens on the first own turn"
        evidence = shown(review, "#evidence")
        assert "Ja maar [b]dat[/b] klopt niet" in evidence
        assert "[verdedigend]" in evidence and "Vat eerst samen." in evidence
        await pilot.press("up")
        assert "Kies een beurt van jou" in shown(review, "#evidence")
        await pilot.press("n")
        assert turns.highlighted == 1

        await pilot.press("escape")
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert len(app.store.list_sessions()) == 2


async def test_history_lists_sessions_with_charts_and_opens_them(tmp_path):
    app = scripted_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        for question in ("Wat geeft je energie?", "Wat zou je doen vertrekken?"):
            app.start_practice("tess-basis")
            await pilot.pause()
            await say(pilot, question)
            await finish(pilot)
            await pilot.press("escape")
        app.start_practice("tess-basis")
        await pilot.pause()
        await say(pilot, "Onafgemaakt?")
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("h")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == 3
        first = [str(c) for c in table.get_row_at(0)]
        # Beside the charts at 120 wide the title gives way to status and turns.
        assert first[2] == "Een eerste blijfgesprek met…"
        assert first[3:5] == ["-", "onafgemaakt"]
        # A scored session says whether it passed, in the status column.
        assert [str(c) for c in table.get_row_at(1)][3:5] == ["64", "gehaald"]
        assert "2 gesprekken" in shown(screen, "#score-chart-title")
        chart = str(screen.query_one("#score-chart").render())
        assert "100 │" in chart and "█" in chart
        # The scorecards carry English labels; the Dutch app names the dimensions in Dutch.
        assert "Luisteren" in str(screen.query(".dim-row").first().render())

        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ScorecardScreen)
        assert app.screen.session_id == screen.sessions[1].id
        await pilot.press("escape", "r")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("escape", "up", "c")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.session.session_id == screen.sessions[0].id
        assert [t.text for t in app.screen.session.turns][-1] == "Goed dat je vraagt."
        assert "Onafgemaakt?" in [v.text for v in app.screen.query("TurnView")]


async def test_help_lists_the_keys_of_every_screen(tmp_path):
    app = scripted_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = help_text(app.screen)
        for scope in ("picker", "practice", "scorecard", "review", "history"):
            words = messages("nl")
            for key, description in words.items():
                if key.startswith(f"keys.{scope}.") and not key.endswith(".tip"):
                    assert description in text and words[f"{key}.tip"] in text
        assert "ctrl+f" in text and "OPENAI_BASE_URL" in text and "STAYSIM_LANG" in text
        assert "Finish" not in text
        await pilot.press("escape")
        assert isinstance(app.screen, PickerScreen)


async def test_every_binding_has_a_description():
    for screen in (PickerScreen, PracticeScreen, ScorecardScreen, ReviewScreen, HistoryScreen):
        for binding in screen.BINDINGS:
            assert isinstance(binding, Binding)
            assert binding.description, (screen.__name__, binding.key)


def test_the_review_underlines_each_evidence_span_in_the_turn():
    from simulator.scoring import code_utterance
    from simulator.tui.screens.review import marked

    text = "Ja maar dat klopt niet. Wat geeft je energie?"
    coded = code_utterance(text, "nl", None)
    assert {"defensive", "open_question"} <= set(coded.codes)
    content = marked(text, list(coded.evidence))
    assert content.plain == text
    underlined = {
        text[span.start : span.end] for span in content.spans if "underline" in str(span.style)
    }
    for item in coded.evidence:
        assert text[item.start : item.end] in underlined
    assert marked("[b]x[/b]", []).plain == "[b]x[/b]"


def test_missing_agreements_explain_in_the_scorecards_own_words():
    from simulator.domain.scorecard import Actions, Metrics, Scorecard
    from simulator.tui.widgets.card_facts import actions_view

    card = Scorecard(
        scenario="overlooked-lead",
        language="en",
        score=40,
        metrics=Metrics(manager_talk_share=0.4),
        actions=Actions(employee=True, manager=True, together=False, follow_up=False),
        actions_help={"together": "Joint: propose it and hear a yes.", "follow_up": "A date."},
    )
    lines = [str(w.render()) for w in actions_view(card, "en")]
    assert lines[-4:] == [
        "[ ] An action together",
        "Joint: propose it and hear a yes.",
        "[ ] A date to come back to it",
        "A date.",
    ]
    assert len(lines) == 7
