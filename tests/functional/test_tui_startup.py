"""The first screen loads neither the director nor the coder: they come with a session."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import asyncio, sys
from simulator.tui.app import make_app
from simulator.tui.screens.picker import PickerScreen

async def main():
    app = make_app(lang="nl")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
    heavy = ("simulator.engine.director", "simulator.engine.session", "simulator.scoring.coder",
             "simulator.scoring.lexicon", "openai", "httpx")
    print(" ".join(m for m in heavy if m in sys.modules) or "none")

asyncio.run(main())
"""


def test_the_picker_imports_neither_director_nor_coder():
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "none"
