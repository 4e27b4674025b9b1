"""`staysim serve` in a real headless browser: a conversation from the picker to the
scorecard, its export downloaded by the browser, and a screenshot."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import sync_playwright
from serve_helpers import served, wait_until

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
TURNS = [
    "What gives you energy in your work these days?",
    "It sounds like the roadmap session still weighs on you. What happened there for you?",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium is not installed "
                       "(Debian: apt-get install chromium)"),
]


def _rows(database: Path, query: str) -> list[tuple[Any, ...]]:
    if not database.exists():
        return []
    try:
        with sqlite3.connect(database) as connection:
            return connection.execute(query).fetchall()
    except sqlite3.OperationalError:  # the app is still creating its tables
        return []


def _turns(database: Path) -> int:
    rows = _rows(database, "SELECT count(*) FROM turns WHERE status = 'complete'")
    return int(rows[0][0]) if rows else 0


class Drawn:
    """The text the app drew in the browser: the websocket's frames, escape codes removed."""

    ESCAPES = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")

    def __init__(self, page: Any) -> None:
        self.page = page
        self.raw = bytearray()
        self.seen = 0

    def on_socket(self, socket: Any) -> None:
        socket.on("framereceived", self.add)

    def add(self, payload: str | bytes) -> None:
        if isinstance(payload, bytes):
            self.raw += payload

    def new_text(self, since: int | None = None) -> str:
        start = self.seen if since is None else since
        return self.ESCAPES.sub("", self.raw[start:].decode("utf-8", "replace"))

    def pause(self, seconds: float) -> None:
        """Playwright's sync API delivers events only inside its own calls."""
        self.page.wait_for_timeout(seconds * 1000)

    def wait_for(self, text: str) -> None:
        """Wait until the app draws `text` after the last wait."""
        try:
            wait_until(lambda: text in self.new_text(), what=f"the app to show {text!r}",
                       pause=self.pause)
        except AssertionError as exc:
            raise AssertionError(f"{exc}; it drew: {self.new_text()[-3000:]!r}") from None
        self.seen = len(self.raw)


def test_a_conversation_in_the_browser_reaches_the_scorecard(tmp_path):
    data = tmp_path / "visitors"
    downloads: list[Any] = []
    with served(data) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        context = browser.new_context(
            viewport={"width": 1000, "height": 640}, locale="en-GB", accept_downloads=True
        )
        # Nothing but the local server: the test reaches no other address.
        context.route(re.compile(r"^(?!(http|ws)://127\.0\.0\.1:).*"), lambda r: r.abort())
        context.on("page", lambda popup: popup.on("download", lambda d: downloads.append(d)))
        page = context.new_page()
        drawn = Drawn(page)
        page.on("websocket", drawn.on_socket)
        page.goto(url + "/")
        page.wait_for_selector("body.-first-byte", timeout=30_000)
        token = next(c["value"] for c in context.cookies() if c["name"] == "staysim_visitor")
        database = data / token / "staysim.db"
        drawn.wait_for("Enter starts")
        page.click("#terminal")  # the keyboard's focus
        page.keyboard.press("Enter")  # the picker: start the first scenario
        drawn.wait_for("Type what you say")
        for number, line in enumerate(TURNS, start=1):
            page.keyboard.type(line)
            page.keyboard.press("Enter")
            wait_until(lambda n=number: _turns(database) == 1 + 2 * n, what=f"reply {number}",
                       pause=drawn.pause)

        page.keyboard.press("Control+f")  # finish: the scorecard
        drawn.wait_for("Dimensions")
        [(score,)] = _rows(database, "SELECT score FROM sessions WHERE ended IS NOT NULL")
        assert "pass mark" in drawn.new_text(since=0)
        page.keyboard.press("e")  # export: a download in the browser, not a file on the server
        wait_until(lambda: downloads, what="the export's download", pause=drawn.pause)
        download = downloads[0]
        report = Path(download.path()).read_text(encoding="utf-8")
        shot = tmp_path / "scorecard.png"
        page.screenshot(path=str(shot))
        browser.close()

    assert download.suggested_filename == "session-1.md"
    assert TURNS[0] in report and TURNS[1] in report and f"{score}/100" in report
    assert not (data / token / "exports").exists()
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    if target := os.environ.get("STAYSIM_SCREENSHOT"):  # docs/ is refreshed from here
        shutil.copyfile(shot, target)
