"""Speech segments of tones and silence, and the timing of a turn from them."""

import pytest

from simulator.voice.audio import Clip
from simulator.voice.errors import VoiceError
from simulator.voice.timing import speaking_seconds, time_turn
from simulator.voice.vad import Segment, segments, speech_segments

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")


def test_silence_then_a_tone_then_silence_is_one_segment_where_the_tone_is():
    clip = Clip.silence(1.0).then(Clip.tone(2.0), Clip.silence(1.0))
    [segment] = segments(clip)
    assert segment.start == pytest.approx(1.0, abs=0.06)
    assert segment.end == pytest.approx(3.0, abs=0.06)


def test_a_short_breath_stays_inside_the_turn_and_a_long_silence_splits_it():
    breath = Clip.tone(1.0).then(Clip.silence(0.3), Clip.tone(1.0))
    assert len(segments(breath)) == 1
    assert speaking_seconds(segments(breath)) == pytest.approx(2.3, abs=0.1)
    apart = Clip.tone(1.0).then(Clip.silence(1.5), Clip.tone(0.5))
    first, second = segments(apart)
    assert second.start - first.end == pytest.approx(1.5, abs=0.1)
    assert speaking_seconds([first, second]) == pytest.approx(1.5, abs=0.1)


def test_a_click_is_not_speech_and_quiet_noise_is_silence():
    click = Clip.silence(1.0).then(Clip.tone(0.03), Clip.silence(1.0))
    assert segments(click) == []
    hum = Clip.tone(2.0, level=0.001)
    assert segments(hum) == []


def test_a_clip_at_another_rate_is_measured_in_its_own_seconds():
    clip = Clip.silence(0.5, rate=44_100).then(Clip.tone(1.0, rate=44_100))
    [segment] = segments(clip)
    assert segment.start == pytest.approx(0.5, abs=0.06)
    assert segment.seconds == pytest.approx(1.0, abs=0.06)


def test_no_speech_is_one_line_naming_the_clip():
    with pytest.raises(VoiceError, match=r"^turn 3: no speech detected \(2\.0s of audio\)$"):
        speech_segments(Clip.silence(2.0), "turn 3")


def test_a_turn_times_the_silence_before_it_and_an_interruption():
    found = [Segment(1.5, 3.0), Segment(4.0, 5.0)]
    timing = time_turn(found, other_stopped_at=0.0)
    assert (timing.seconds, timing.pause, timing.interrupted) == (2.5, 1.5, False)
    # The employee spoke on until 2 s into the recording; the manager began at 1.5 s.
    late = time_turn(found, other_stopped_at=2.0)
    assert late.pause == -0.5 and late.interrupted
    assert time_turn(found).pause is None
