"""Voice in the practice screen: frames fed to the recorder, speech on the local fake server."""

import asyncio

import fake_audio
import fake_openai as fake
import numpy as np
from textual.widgets import Input
from tui_helpers import Script, scripted_app, texts, until, wait_idle

from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.voice import VoiceSetup
from simulator.tui.widgets.turn import TurnView
from simulator.tui.widgets.voice_bar import VoiceBar
from simulator.voice.player import RecordingPlayer
from simulator.voice.recorder import FrameRecorder

fake_openai = fake.fake_openai

SPOKEN = "Wat geeft je energie in je werk?"


def speech(seconds: float = 0.8) -> np.ndarray:
    return fake_audio.voiced(seconds)


def setup_for(server: fake.FakeOpenAI, *, tts: str = "none", pace: float = 0.0, **extra):
    settings = fake.fake_settings(
        server.url, "sk-test", stt="openai", tts=tts, max_attempts=1, speech_timeout=5.0, **extra
    )
    return VoiceSetup(
        settings=settings,
        recorder=FrameRecorder(),
        player=RecordingPlayer(pace=pace),
        end_of_speech=False,
    )


def voice_app(tmp_path, setup, script: Script | None = None):
    return scripted_app(tmp_path, script, scenario_id="tess-basis", voice=setup)


def notices(screen) -> list[str]:
    return [f"{v.display_name}: {v.text}" for v in screen.query(TurnView).filter(".notice")]


async def record(pilot, setup, frames: np.ndarray) -> None:
    """Press the talk key, speak the frames, press it again."""
    await pilot.press("ctrl+l")
    await until(pilot, lambda: setup.recorder.recording)
    for start in range(0, len(frames), 320):
        setup.recorder.push(frames[start : start + 320])
    await pilot.press("ctrl+l")


async def speak_turn(pilot, setup, seconds: float) -> None:
    """Speak a turn of `seconds`, wait for its transcription in the input, send it."""
    from textual.widgets import Input

    await record(pilot, setup, speech(seconds))
    say = pilot.app.screen.query_one("#say", Input)
    await until(pilot, lambda: say.value != "")
    await pilot.press("enter")


async def test_talking_shows_the_indicator_then_an_editable_turn_that_enter_sends(
    tmp_path, fake_openai
):
    setup = setup_for(fake_openai)
    fake_openai.transcript_text = SPOKEN
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        bar = screen.query_one(VoiceBar)
        await until(pilot, lambda: bar.state == "ready")
        await pilot.press("ctrl+l")
        await until(pilot, lambda: setup.recorder.recording)
        setup.recorder.push(speech(0.5))
        await until(pilot, lambda: "▮" in str(bar.render()))
        assert bar.state == "recording" and bar.has_class("-recording")
        assert "●" in str(bar.render())
        await pilot.press("ctrl+l")
        say = screen.query_one("#say", Input)
        await until(pilot, lambda: say.value == SPOKEN)
        assert bar.state == "ready"
        assert fake_openai.requests[-1].path == "/v1/audio/transcriptions"
        # Editable before it is sent: the manager corrects a word, then Enter sends.
        say.value = SPOKEN.replace("werk", "baan")
        await pilot.press("enter")
        await wait_idle(pilot)
        assert texts(screen)[-2:] == [
            ("manager", "Wat geeft je energie in je baan?"),
            ("employee", "Goed dat je vraagt."),
        ]
        seconds, pause = screen.session.timings[screen.session.turns[-2].index]
        assert 0.3 <= seconds <= 0.5  # the VAD's speech, of the 0.5 s recorded
        assert pause is None  # the employee's opening was not spoken: no silence to time
        # Typing goes on working in the same session.
        say.value = "En verder?"
        await pilot.press("enter")
        await wait_idle(pilot)
        assert texts(screen)[-2][1] == "En verder?"
        assert screen.session.turns[-2].index not in screen.session.timings


async def test_escape_discards_the_transcribed_turn(tmp_path, fake_openai):
    setup = setup_for(fake_openai)
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.voice.on)
        await record(pilot, setup, speech())
        say = screen.query_one("#say", Input)
        await until(pilot, lambda: say.value == fake_audio.DEFAULT_TRANSCRIPT)
        await pilot.press("escape")
        await pilot.pause()
        assert say.value == ""
        assert screen.voice.draft is None
        assert [t for t in texts(screen) if t[0] == "manager"] == []


async def test_the_reply_is_spoken_and_talking_interrupts_it(tmp_path, fake_openai):
    setup = setup_for(fake_openai, tts="openai", pace=1.0)
    script = Script(replies=[["Nou. ", "Het werk zelf ", "is fijn. ", "Maar de uren niet."]])
    app = voice_app(tmp_path, setup, script)
    player = setup.player
    assert isinstance(player, RecordingPlayer)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.voice.on)
        # The opening line is spoken first; then the question.
        await until(pilot, lambda: len(player.played) == 1 and not screen.voice.out.speaking)
        screen.query_one("#say", Input).value = "Hoe gaat het?"
        await pilot.press("enter")
        await until(pilot, lambda: len(player.played) >= 2)
        bar = screen.query_one(VoiceBar)
        await until(pilot, lambda: bar.state == "speaking")
        assert "/v1/audio/speech" in [r.path for r in fake_openai.requests]
        # The manager starts talking while the employee still speaks: an interruption.
        await record(pilot, setup, speech())
        await until(pilot, lambda: screen.voice.draft is not None)
        assert player.stops >= 1
        # An interruption: a negative pause, minus the employee's speech cut off (of a
        # sentence of at most 2 s).
        assert -2.0 <= screen.voice.draft.pause < 0


async def test_escape_stops_the_voice(tmp_path, fake_openai):
    setup = setup_for(fake_openai, tts="openai", pace=5.0)
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.voice.on)
        # Esc stops the opening line while it is spoken.
        await until(pilot, lambda: screen.voice.out.speaking)
        await pilot.press("escape")
        await until(pilot, lambda: not screen.voice.out.speaking)
        assert setup.player.stops == 1
        screen.query_one("#say", Input).value = "Hoe gaat het?"
        await pilot.press("enter")
        await until(pilot, lambda: screen.voice.out.speaking and not screen.busy)
        await pilot.press("escape")
        await until(pilot, lambda: not screen.voice.out.speaking)
        assert setup.player.stops == 2
        assert screen.voice.out.speaker.interrupted_at is not None
        assert texts(screen)[-1] == ("employee", "Goed dat je vraagt.")


async def test_a_silence_after_the_reply_is_timed(tmp_path, fake_openai):
    setup = setup_for(fake_openai, tts="openai")
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.voice.out.ended_at is not None)
        opening = screen.session.turns[0]
        assert screen.session.timings[opening.index] == (
            fake_audio.speech_seconds(opening.text),
            None,
        )
        screen.query_one("#say", Input).value = "Hoe gaat het?"
        await pilot.press("enter")
        await until(pilot, lambda: len(setup.player.played) == 2)
        await until(pilot, lambda: not screen.voice.out.speaking)
        await asyncio.sleep(0.3)
        await record(pilot, setup, speech())
        await until(pilot, lambda: screen.voice.draft is not None)
        assert screen.voice.draft.pause >= 0.3
        # The employee's spoken seconds were stored with their turn.
        reply = screen.session.turns[-1]
        assert screen.session.timings[reply.index] == (
            fake_audio.speech_seconds("Goed dat je vraagt."),
            None,
        )
