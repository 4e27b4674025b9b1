"""The picker at small terminals: every bundled scenario in view, or a hint that more follow;
roles cut with an ellipsis, never mid-word without a sign; history labels whole."""

import pytest
from textual.widgets import DataTable, Static
from tui_helpers import scripted_app

from simulator.library import load_library
from simulator.tui.screens.picker_table import clip


def _cells(table: DataTable) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_every_bundled_scenario_is_in_view(tmp_path, size):
    library = load_library(include_user=False)
    app = scripted_app(tmp_path, library=library)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        visible = table.scrollable_content_region.height - table.header_height
        assert table.row_count == len(library.scenarios) == 7
        assert visible >= table.row_count
        assert "↓" not in str(app.screen.query_one("#filter-line", Static).render())


async def test_rows_below_the_fold_are_announced(tmp_path):
    app = scripted_app(tmp_path, library=load_library(include_user=False))
    async with app.run_test(size=(80, 16)) as pilot:
        await pilot.pause()
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        hidden = app.screen.hidden_rows()
        assert 0 < hidden < table.row_count
        line = str(app.screen.query_one("#filter-line", Static).render())
        assert f"↓ nog {hidden}" in line


@pytest.mark.parametrize("width", [100, 120, 160])
async def test_roles_fit_or_end_in_an_ellipsis(tmp_path, width):
    library = load_library(include_user=False)
    app = scripted_app(tmp_path, library=library)
    async with app.run_test(size=(width, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.with_role
        table = screen.query_one(DataTable)
        roles = {p.name: p.role for p in library.personas.values()}
        widths = sum(column.get_render_width(table) for column in table.columns.values())
        assert widths <= width
        for row in _cells(table):
            role = roles[row[3]]
            assert row[4] == role or (row[4].endswith("…") and role.startswith(row[4][:-1]))
        if width == 160:
            assert all(not row[4].endswith("…") for row in _cells(table))


def test_clip():
    assert clip("Senior financial controller", 12) == "Senior fina…"
    assert clip("UX lead", 12) == "UX lead"


@pytest.mark.parametrize("size", [(160, 48), (100, 30)])
async def test_history_dimension_labels_are_never_cut(tmp_path, size):
    from simulator.scoring import build_scorecard

    app = scripted_app(tmp_path)
    pairs = [("manager", "Wat geeft je energie?"), ("employee", "De puzzels.")]
    for _ in range(2):
        sid = app.store.create_session("tess-basis", "offline", None, "nl")
        for speaker, text in pairs:
            app.store.append_turn(sid, speaker, text)
        app.store.finish_session(sid, build_scorecard(pairs, language="nl"))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        await pilot.pause()
        rows = [str(w.render()) for w in app.screen.query(".dim-row")]
        assert any(row.startswith("Niet verdedigen of beoordelen") for row in rows)
        assert len(rows) == 7


@pytest.mark.parametrize(("lang", "label"), [("nl", "Luisteren"), ("en", "Listening")])
async def test_history_dimension_labels_follow_the_app_not_the_session(tmp_path, lang, label):
    from simulator.scoring import build_scorecard

    app = scripted_app(tmp_path, lang=lang)
    for session_lang, pairs in (
        ("nl", [("manager", "Wat geeft je energie?"), ("employee", "De puzzels.")]),
        ("en", [("manager", "What gives you energy?"), ("employee", "The puzzles.")]),
    ):
        sid = app.store.create_session("tess-basis", "offline", None, session_lang)
        for speaker, text in pairs:
            app.store.append_turn(sid, speaker, text)
        app.store.finish_session(sid, build_scorecard(pairs, language=session_lang))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        await pilot.pause()
        rows = [str(w.render()) for w in app.screen.query(".dim-row")]
        assert len(rows) == 7 and rows[0].startswith(label)
        other = "Listening" if lang == "nl" else "Luisteren"
        assert not any(row.startswith(other) for row in rows)


@pytest.mark.parametrize(("lang", "size"), [("nl", (80, 24)), ("en", (80, 24)), ("nl", (160, 48))])
async def test_history_table_fits_with_status_and_turns_whole(tmp_path, lang, size):
    app = scripted_app(tmp_path, lang=lang, library=load_library(include_user=False))
    for scenario in ("part-time-carer", "ongeziene-verpleegkundige"):
        sid = app.store.create_session(scenario, "offline", None, "nl")
        app.store.append_turn(sid, "manager", "Wat houdt je hier?")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        widths = sum(column.get_render_width(table) for column in table.columns.values())
        assert widths <= table.scrollable_content_region.width
        unfinished = "onafgemaakt" if lang == "nl" else "unfinished"
        titles = {s.title for s in app.library.scenarios.values()}
        for row in _cells(table):
            assert row[4:] == [unfinished, "1"]
            assert row[2] in titles or (row[2].endswith("…") and len(row[2]) >= 12)
        if size[0] >= 160:
            assert all(row[2] in titles for row in _cells(table))


@pytest.mark.parametrize(("lang", "said"), [
    ("nl", ["onafgemaakt", "afgerond", "niet gehaald", "gehaald"]),
    ("en", ["unfinished", "finished", "not passed", "passed"]),
])
async def test_history_status_says_whether_a_scored_session_passed(tmp_path, lang, said):
    from simulator.domain.scorecard import Actions, Metrics, Scorecard

    app = scripted_app(tmp_path, lang=lang, library=load_library(include_user=False))
    # Oldest first: passed, not passed, a card saved before it said whether it passed, unfinished.
    for passed in (True, False, None, "open"):
        sid = app.store.create_session("part-time-carer", "offline", None, "en")
        app.store.append_turn(sid, "manager", "What keeps you here?")
        if passed != "open":
            card = Scorecard(scenario="part-time-carer", language="en", score=70,
                             metrics=Metrics(manager_talk_share=0.3), actions=Actions(),
                             pass_score=70, passed=passed)
            app.store.finish_session(sid, card)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert [row[4] for row in _cells(table)] == said
        widths = sum(column.get_render_width(table) for column in table.columns.values())
        assert widths <= table.scrollable_content_region.width
