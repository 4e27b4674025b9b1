"""Each voice failure is one line in the conversation, and the session goes on in text."""

import fake_audio
import fake_openai as fake
import numpy as np
import pytest
from test_tui_voice import SPOKEN, notices, record, setup_for, speech, voice_app
from textual.widgets import Input
from tui_helpers import texts, until, wait_idle

from simulator.voice.errors import VoiceError
from simulator.voice.recorder import FrameRecorder, SoundDeviceRecorder, sound_error

# Under an English user interface: the Dutch practice room still words each failure in Dutch.
pytestmark = pytest.mark.usefixtures("english")

fake_openai = fake.fake_openai


def one_line(notice: str) -> bool:
    return "\n" not in notice and "Traceback" not in notice


async def typing_still_works(pilot) -> None:
    screen = pilot.app.screen
    screen.query_one("#say", Input).value = "Wat geeft je energie?"
    await pilot.press("enter")
    await wait_idle(pilot)
    assert [t for t in texts(screen) if t[0] != "notice"][-2:] == [
        ("manager", "Wat geeft je energie?"),
        ("employee", "Goed dat je vraagt."),
    ]


class NoMicrophone(FrameRecorder):
    def start(self) -> None:
        raise sound_error(ValueError("No input device matching ''"), "errors_voice.no_microphone")


async def test_no_microphone(tmp_path, fake_openai):
    setup = setup_for(fake_openai)
    setup.recorder = NoMicrophone()
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.voice.on)
        await pilot.press("ctrl+l")
        await until(pilot, lambda: len(notices(screen)) == 1)
        [notice] = notices(screen)
        assert notice == "Kan niet opnemen: no microphone found: No input device matching ''"
        assert screen.voice.on and not screen.voice.recording
        await typing_still_works(pilot)


async def test_portaudio_missing(tmp_path, fake_openai):
    try:
        import sounddevice  # noqa: F401
    except OSError:
        pass
    else:
        pytest.skip("PortAudio is installed here; its absence cannot be shown")
    setup = setup_for(fake_openai)
    setup.recorder = SoundDeviceRecorder()
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.voice.on)
        await pilot.press("ctrl+l")
        await until(pilot, lambda: len(notices(screen)) == 1)
        [notice] = notices(screen)
        assert notice.startswith("Kan niet opnemen: PortAudio ontbreekt") and one_line(notice)
        await typing_still_works(pilot)


async def test_no_speech_detected(tmp_path, fake_openai):
    setup = setup_for(fake_openai)
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.voice.on)
        await record(pilot, setup, np.zeros(16000, dtype=np.int16))
        await until(pilot, lambda: len(notices(screen)) == 1)
        assert notices(screen) == ["Niet uitgeschreven: geen spraak gehoord in de opname"]
        # Nothing was sent to the server, and there is nothing to retry.
        assert not any("/audio/" in r.path for r in fake_openai.requests)
        assert screen.voice.pending is None
        await typing_still_works(pilot)


async def test_the_speech_server_down_keeps_the_clip_for_a_retry(tmp_path, fake_openai):
    setup = setup_for(fake_openai)
    fake_openai.transcript_text = SPOKEN
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.voice.on)
        fake_openai.fail(500)
        await record(pilot, setup, speech())
        await until(pilot, lambda: len(notices(screen)) == 1)
        [notice] = notices(screen)
        assert notice.startswith("Niet uitgeschreven: de spraakserver op ")
        assert notice.endswith("gaf een fout (500); probeer het later opnieuw") and one_line(notice)
        hint = screen.query(".notice .status").last()
        assert "ctrl+r" in str(hint.render())
        assert screen.voice.pending is not None
        # ctrl+r sends the kept recording again: no re-recording.
        await pilot.press("ctrl+r")
        say = screen.query_one("#say", Input)
        await until(pilot, lambda: say.value == SPOKEN)
        calls = [r for r in fake_openai.requests if r.path.endswith("/transcriptions")]
        files = [
            fake_audio.form_parts(c.headers["content-type"], c.raw)["file"] for c in calls
        ]
        assert len(files) == 2 and files[0] == files[1]
        assert screen.voice.pending is None


async def test_a_slow_speech_server(tmp_path, fake_openai):
    setup = setup_for(fake_openai)
    setup.settings = setup.settings.model_copy(update={"speech_timeout": 0.5})
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.voice.on)
        fake_openai.slow_first_byte(3.0)
        await record(pilot, setup, speech())
        await until(pilot, lambda: len(notices(screen)) == 1)
        [notice] = notices(screen)
        assert "gaf binnen 0,5 s geen antwoord; draait de server?" in notice and one_line(notice)
        assert screen.voice.pending is not None
        await typing_still_works(pilot)


async def test_no_speech_server_at_all(tmp_path, fake_openai):
    setup = setup_for(fake_openai)
    setup.settings = setup.settings.model_copy(update={"base_url": "http://127.0.0.1:9/v1"})
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.voice.on)
        await record(pilot, setup, speech())
        await until(pilot, lambda: len(notices(screen)) == 1)
        [notice] = notices(screen)
        assert "kan de spraakserver op" in notice and one_line(notice)
        await typing_still_works(pilot)


async def test_a_speech_synthesis_error(tmp_path, fake_openai):
    setup = setup_for(fake_openai, tts="openai")
    fake_openai.fail(500)  # for the opening line, the first thing spoken
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: len(notices(screen)) == 1)
        [notice] = notices(screen)
        assert notice.startswith("Kan het antwoord niet uitspreken: de spraakserver op ")
        assert one_line(notice)
        assert not screen.voice.out.speaking and screen.voice.on
        await typing_still_works(pilot)
        # The next reply is spoken again.
        await until(pilot, lambda: len(setup.player.played) == 1)


async def test_voice_that_cannot_start_says_why_and_stays_off(tmp_path, fake_openai):
    setup = setup_for(fake_openai)
    setup.settings = setup.settings.model_copy(update={"stt": "local", "stt_model": None})
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: len(notices(screen)) == 1)
        [notice] = notices(screen)
        assert notice.startswith(
            "Spraak kan niet aan: STAYSIM_STT=local heeft STAYSIM_STT_MODEL nodig")
        assert not screen.voice.on
        await typing_still_works(pilot)


def test_voice_errors_are_one_line():
    assert str(sound_error(OSError("a\n  b"), "x")) == "x: a b"
    assert isinstance(sound_error(OSError(), "x"), VoiceError)


async def test_no_loudspeaker_is_said_once(tmp_path, fake_openai):
    try:
        import sounddevice  # noqa: F401
    except OSError:
        pass
    else:
        pytest.skip("PortAudio is installed here; its absence cannot be shown")
    setup = setup_for(fake_openai, tts="openai")
    setup.player = None  # the sound card's player
    app = voice_app(tmp_path, setup)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: len(notices(screen)) == 1)
        [notice] = notices(screen)
        assert notice.startswith("Kan het antwoord niet uitspreken: PortAudio ontbreekt")
        await typing_still_works(pilot)
        await typing_still_works(pilot)
        assert len(notices(screen)) == 1
        assert screen.voice.on  # recording and transcribing go on
