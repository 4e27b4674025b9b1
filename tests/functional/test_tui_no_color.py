"""NO_COLOR: the app renders in greys only, and without it, in colour."""

import re

from tui_helpers import say, scripted_app

COLOUR = re.compile(r"(?:fill|color)[:=]\s*\"?#([0-9a-fA-F]{6})")
# The screenshot's window frame (traffic lights, default text), not the app's output.
FRAME = {"28c840", "febc2e", "ff5f57", "c5c8c6"}


def colours(svg: str) -> set[str]:
    return {c.lower() for c in COLOUR.findall(svg)} - FRAME


def is_grey(hex_colour: str) -> bool:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
    return max(r, g, b) - min(r, g, b) <= 2


async def _practice_screenshot(tmp_path) -> str:
    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await say(pilot, "Ja maar dat klopt niet")
        return app.export_screenshot()


async def test_no_color_renders_greys_only(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    found = colours(await _practice_screenshot(tmp_path))
    assert found and all(is_grey(c) for c in found), sorted(c for c in found if not is_grey(c))


async def test_without_no_color_there_is_colour(tmp_path):
    found = colours(await _practice_screenshot(tmp_path))
    assert any(not is_grey(c) for c in found)
