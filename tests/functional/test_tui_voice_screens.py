"""Voice around the practice screen: its keys, the picker's line, the command, lean startup."""

import subprocess
import sys
from pathlib import Path

import fake_openai as fake
import pytest
from test_tui_voice import voice_app
from tui_helpers import finish, scripted_app, until

from simulator.cli import main
from simulator.tui.screens.help import help_text
from simulator.tui.voice import VoiceSetup, pause_before, voice_line

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

fake_openai = fake.fake_openai
ROOT = Path(__file__).resolve().parents[2]


async def test_the_voice_keys_are_in_the_help_and_the_palette(tmp_path):
    app = scripted_app(tmp_path, scenario_id="tess-basis", lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        # The palette speaks the session's language, the help the app's.
        titles = [c.title for c in app.get_system_commands(screen)]
        assert "Spraak" in titles and "Praat" in titles
        await pilot.press("f1")
        await pilot.pause()
        words = help_text(app.screen)
        assert "ctrl+o" in words and "Switch voice on or off" in words
        assert "ctrl+l" in words and "Start recording your turn" in words


async def test_the_voice_key_switches_voice_on_and_off(tmp_path, fake_openai):
    setup = VoiceSetup(settings=fake.fake_settings(fake_openai.url, "sk-test"), on=False)
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.pause()
        assert not screen.voice.on
        await pilot.press("ctrl+o")
        await until(pilot, lambda: screen.voice.on)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: not screen.voice.on)


def test_the_picker_line_names_the_speech_backends(fake_openai):
    settings = fake.fake_settings(fake_openai.url, "sk-test", tts="espeak", tts_voice="nl+f3")
    line = voice_line(VoiceSetup(settings=settings), "en")
    assert line == "Voice on · speech to text openai · whisper-1 · spoken replies espeak · nl+f3"
    off = voice_line(None, "nl")
    assert off.startswith("Spraak uit · spraak-naar-tekst openai · whisper-1 · uitspreken uit")


def test_the_pause_before_a_spoken_turn():
    assert pause_before(0.4, -1.0, None) == 1.4  # silence since the employee stopped
    assert pause_before(0.4, None, None) is None  # nothing spoken before
    assert pause_before(0.4, None, 0.8) == -0.8  # cut the employee off
    assert pause_before(0.4, None, 0.0) == -0.01  # cut off a reply still coming


def test_a_voice_input_that_is_no_wav_is_a_usage_error(tmp_path, capsys):
    bad = tmp_path / "turn.wav"
    bad.write_text("not audio", encoding="utf-8")
    code = main(["practice", "--voice-input", str(bad)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"staysim: --voice-input: {bad}")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


CHILD = """
import asyncio, sys
from simulator.tui.app import make_app

async def main():
    app = make_app(scenario_id="{scenario}", lang="nl")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        print(type(app.screen).__name__)
    audio = ("sounddevice", "webrtcvad", "faster_whisper", "simulator.voice.audio",
             "simulator.voice.recorder", "simulator.voice.player", "simulator.voice.speaker")
    print(" ".join(m for m in audio if m in sys.modules) or "none")

asyncio.run(main())
"""


@pytest.mark.slow
def test_practice_without_voice_imports_no_audio_library():
    from simulator.library import load_library

    scenario = sorted(load_library().scenarios)[0]
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(scenario=scenario)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-2:] == ["PracticeScreen", "none"]


async def test_the_scorecard_and_review_show_the_seconds_of_spoken_turns(tmp_path, fake_openai):
    from test_tui_voice import setup_for, speak_turn
    from textual.widgets import OptionList, Static

    from simulator.tui.screens.review import ReviewScreen

    setup = setup_for(fake_openai)
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.voice.on)
        await speak_turn(pilot, setup, 1.0)
        await until(pilot, lambda: not screen.busy and len(screen.session.turns) == 3)
        await finish(pilot)
        talk = str(app.screen.query_one("#card-talk-time", Static).render())
        seconds = screen.session.turns[1].seconds
        assert seconds is not None and 0.7 <= seconds <= 1.0
        assert talk.startswith("Spreektijd")
        assert f" 2 Jij: {seconds:.1f} s".replace(".", ",") in talk
        assert "(de antwoorden werden niet uitgesproken)" in talk
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        option = app.screen.query_one(OptionList).get_option_at_index(1)
        assert f"({seconds:.1f} s)".replace(".", ",") in str(option.prompt)


async def test_keep_audio_keeps_the_recording_of_a_sent_spoken_turn(tmp_path, fake_openai):
    from test_tui_voice import setup_for, speak_turn

    from simulator.voice.audio import Clip
    from simulator.voice.keep import audio_dir

    setup = setup_for(fake_openai, keep_audio=True)
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.voice.on)
        await speak_turn(pilot, setup, 0.6)
        folder = audio_dir(screen.session.session_id)
        await until(pilot, lambda: folder.exists() and any(folder.iterdir()))
        [kept] = list(folder.iterdir())
        assert kept.name == f"{screen.session.turns[1].index:03d}-manager.wav"
        assert Clip.read_wav(kept).seconds == 0.6
        assert kept.stat().st_mode & 0o777 == 0o600


async def test_without_keep_audio_nothing_is_stored(tmp_path, fake_openai, staysim_home):
    from test_tui_voice import setup_for, speak_turn

    setup = setup_for(fake_openai)
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.voice.on)
        await speak_turn(pilot, setup, 0.6)
        await until(pilot, lambda: not screen.busy and len(screen.session.turns) == 3)
    assert not (staysim_home / "audio").exists()
