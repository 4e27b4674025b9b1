"""Audio clips: WAV in and out with the standard library, and WAVs that are not WAVs."""

import io
import wave

import numpy as np
import pytest

from simulator.voice.audio import Clip
from simulator.voice.errors import VoiceError

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")


def _wav(frames: bytes, width: int, channels: int, rate: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(frames)
    return buffer.getvalue()


def test_a_clip_survives_a_wav_round_trip(tmp_path):
    clip = Clip.tone(0.5, rate=16_000)
    path = tmp_path / "turn.wav"
    clip.write_wav(path)
    back = Clip.read_wav(path)
    assert back.rate == 16_000
    assert back.seconds == pytest.approx(0.5)
    assert np.array_equal(back.samples, clip.samples)


def test_stereo_8_24_and_32_bit_wavs_become_mono_16_bit():
    stereo = np.array([[1000, 3000], [-2000, -4000]], dtype="<i2").tobytes()
    assert Clip.from_wav_bytes(_wav(stereo, 2, 2)).samples.tolist() == [2000, -3000]
    assert Clip.from_wav_bytes(_wav(bytes([128, 255, 0]), 1, 1)).samples.tolist() == [
        0, 127 << 8, -128 << 8
    ]
    # 24-bit little-endian: 0x123456 and -1 keep their top 16 bits.
    assert Clip.from_wav_bytes(_wav(b"\x56\x34\x12\xff\xff\xff", 3, 1)).samples.tolist() == [
        0x1234, -1
    ]
    value = np.array([0x12345678], dtype="<i4").tobytes()
    assert Clip.from_wav_bytes(_wav(value, 4, 1)).samples.tolist() == [0x1234]


def test_a_streamed_wav_with_a_placeholder_size_is_read_to_its_end():
    data = bytearray(Clip.tone(0.25, rate=8000).wav_bytes())
    data[40:44] = (0x7FFFF000).to_bytes(4, "little")  # as espeak-ng --stdout writes it
    assert Clip.from_wav_bytes(bytes(data)).seconds == pytest.approx(0.25)


@pytest.mark.parametrize(
    "data",
    [b"", b"hello, I am a text file\n", b"RIFF\x10\x00\x00\x00WAVEfmt ", b"\x00" * 100],
)
def test_bytes_that_are_no_wav_give_one_line_naming_the_file(data):
    with pytest.raises(VoiceError) as caught:
        Clip.from_wav_bytes(data, "turns/01.wav")
    assert caught.value.message.startswith("turns/01.wav: not a WAV file (")
    assert "\n" not in caught.value.message


def test_a_missing_file_or_a_folder_is_one_line(tmp_path):
    with pytest.raises(VoiceError, match=r"nope\.wav: no such file$"):
        Clip.read_wav(tmp_path / "nope.wav")
    with pytest.raises(VoiceError, match="is a folder"):
        Clip.read_wav(tmp_path)


def test_resampling_keeps_the_length_in_seconds():
    clip = Clip.tone(1.0, rate=22_050)
    assert clip.resampled(16_000).seconds == pytest.approx(1.0, abs=1e-3)
    assert clip.then(Clip.silence(0.5, rate=8000)).seconds == pytest.approx(1.5, abs=1e-3)
