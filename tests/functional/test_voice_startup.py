"""Startup without voice imports no audio library, and no voice module at all."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AUDIO = ("sounddevice", "webrtcvad", "_webrtcvad", "faster_whisper", "ctranslate2",
         "espeakng_loader", "simulator.voice.audio", "simulator.voice.vad")

CHILD = f"""
import asyncio, sys
from simulator.cli import build_parser
from simulator.config import load_settings
from simulator.tui.app import make_app

build_parser().parse_args(["practice"])
load_settings()

async def main():
    app = make_app(lang="nl")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    print(" ".join(m for m in {AUDIO!r} if m in sys.modules) or "none")

asyncio.run(main())
"""


def test_the_app_starts_without_importing_an_audio_library():
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "none"
