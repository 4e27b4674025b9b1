"""The recorder and player behind their interfaces: pushed frames, a WAV file, no sound card."""

import time
import wave
from pathlib import Path

import numpy as np
import pytest

from simulator.voice.audio import Clip
from simulator.voice.errors import VoiceError
from simulator.voice.player import RecordingPlayer, SoundDevicePlayer
from simulator.voice.recorder import (
    RATE,
    FileRecorder,
    FrameRecorder,
    SoundDeviceRecorder,
    as_int16,
    level_of,
)

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")


def tone(seconds: float, amplitude: int = 8000, rate: int = RATE) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amplitude * np.sin(2 * np.pi * 220 * t)).astype(np.int16)


def test_frames_pushed_while_recording_make_the_clip():
    recorder = FrameRecorder()
    recorder.push(tone(0.1))  # before start: a closed microphone hears nothing
    recorder.start()
    assert recorder.recording
    for _ in range(5):
        recorder.push(tone(0.02))
    assert recorder.level() > 0.5
    assert len(recorder.so_far().samples) == 5 * 320
    clip = recorder.stop()
    assert not recorder.recording
    assert recorder.level() == 0.0
    assert clip.rate == RATE
    assert len(clip.samples) == 5 * 320
    assert clip.samples.dtype == np.int16


def test_the_level_follows_the_loudness():
    assert level_of(np.zeros(320, dtype=np.int16)) == 0.0
    quiet, loud = level_of(tone(0.02, 100)), level_of(tone(0.02, 20000))
    assert 0.0 < quiet < loud <= 1.0


def test_float_and_stereo_frames_become_mono_int16():
    stereo = np.stack([np.full(4, 0.5), np.full(4, -0.5)], axis=1)
    block = as_int16(stereo)
    assert block.dtype == np.int16 and block.shape == (4,)
    assert int(block[0]) == 16383


def test_a_new_recording_starts_empty():
    recorder = FrameRecorder()
    recorder.start()
    recorder.push(tone(0.1))
    recorder.stop()
    recorder.start()
    assert len(recorder.stop().samples) == 0


def test_a_wav_file_is_heard_in_real_time_then_silence(tmp_path: Path):
    path = tmp_path / "turn.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(tone(0.2).tobytes())
    recorder = FileRecorder(path)
    recorder.start()
    time.sleep(0.4)
    clip = recorder.stop()
    assert 0.3 <= len(clip.samples) / RATE <= 0.6
    # The file first, then silence: a VAD hears the speech end.
    assert np.abs(clip.samples[: RATE // 10]).max() > 1000
    assert np.abs(clip.samples[int(0.25 * RATE) :]).max() == 0


def test_without_portaudio_the_sound_card_recorder_says_so_in_one_line():
    try:
        import sounddevice  # noqa: F401
    except OSError:
        pass
    else:
        pytest.skip("PortAudio is installed here; its absence cannot be shown")
    with pytest.raises(VoiceError) as raised:
        SoundDeviceRecorder().start()
    assert "PortAudio" in str(raised.value) and "\n" not in str(raised.value)
    with pytest.raises(VoiceError):
        SoundDevicePlayer().play(Clip(samples=tone(0.1), rate=RATE))


def test_the_recording_player_keeps_what_it_played_and_can_be_stopped():
    import threading

    player = RecordingPlayer(pace=1.0)
    clip = Clip(samples=tone(2.0), rate=RATE)
    played: list[float] = []
    thread = threading.Thread(target=lambda: played.append(player.play(clip)))
    thread.start()
    time.sleep(0.2)
    player.stop()
    thread.join(timeout=2)
    assert player.first_play_at is not None
    assert player.played == [clip]
    assert player.stops == 1
    assert 0.1 < played[0] < 1.0
