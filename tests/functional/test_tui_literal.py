"""Markup in file names and field values is text in the app: no links, nothing vanishes."""

from textual.widgets import DataTable
from textual.widgets._toast import Toast
from tui_helpers import wait_idle

from simulator import paths
from simulator.engine import choose_backend
from simulator.library import load_library
from simulator.tui.app import make_app

HOSTILE = """\
id: markup-test
title: "[bold]x[/italic]"
language: nl
persona: "[@click=app.quit]CLICK-ME"
difficulty: easy
briefing: "[red]briefing[/red] [link=x]y[/link]"
objectives: ["[@click=app.quit]doel"]
"""


def test_literal_keeps_markup_as_text_and_drops_controls():
    from simulator.tui.literal import literal

    content = literal("[@click=app.quit]CLICK-ME [bold]x[/italic] \x1b]0;t\x07 \u202eok", "bold")
    assert content.plain == "[@click=app.quit]CLICK-ME [bold]x[/italic]  ok"
    assert all(not getattr(span.style, "meta", None) for span in content.spans)


async def test_markup_in_a_scenario_file_is_shown_as_text_in_the_picker_warning():
    folder = paths.home() / "scenarios"
    folder.mkdir(parents=True)
    (folder / "[@click=app.quit]x.yaml").write_text(HOSTILE, encoding="utf-8")
    library = load_library()
    assert library.problems, "the unknown persona is reported"
    app = make_app(backend=choose_backend("offline"), library=library, lang="nl")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_idle(pilot)
        toasts = list(app.screen.query(Toast))
        assert toasts, "the warning is shown, not swallowed by bad markup"
        rendered = "".join(toast.render().plain for toast in toasts).replace("\n", "")
        assert "[@click=app.quit]CLICK-ME" in rendered
        assert "[@click=app.quit]x.yaml" in rendered
        for toast in toasts:
            assert not any("@click" in str(span.style) for span in toast.render().spans)
        assert app.screen.query_one(DataTable).row_count > 0
        assert app.is_running
