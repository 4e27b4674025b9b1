"""A streamed reply spoken sentence by sentence, off the caller's thread, and interruptible."""

import time

import numpy as np

from simulator.voice.audio import Clip
from simulator.voice.errors import VoiceError
from simulator.voice.player import RecordingPlayer
from simulator.voice.speaker import Speaker, split_sentences


class Synth:
    """One second of a tone per sentence; remembers what it was asked."""

    def __init__(self, fail: bool = False) -> None:
        self.texts: list[str] = []
        self.fail = fail

    def synthesise(self, text: str, language: str, voice: str | None = None) -> Clip:
        if self.fail:
            raise VoiceError("the speech server answered 500")
        self.texts.append(text)
        return Clip(samples=np.full(16000, 1000, dtype=np.int16), rate=16000)


def test_sentences_are_split_where_they_end():
    assert split_sentences("Goed. Dat is fijn! En ver") == (["Goed.", "Dat is fijn!"], "En ver")
    assert split_sentences("3.5 uur") == ([], "3.5 uur")
    assert split_sentences('"Echt?" zei ik. ') == (['"Echt?"', "zei ik."], "")


def test_each_sentence_is_spoken_as_soon_as_it_is_complete():
    synth, player = Synth(), RecordingPlayer()
    speaker = Speaker(synth, player, "nl")
    speaker.feed("Dat is ")
    speaker.feed("een goede vraag. Daar ")
    time.sleep(0.2)
    assert synth.texts == ["Dat is een goede vraag."]
    assert player.first_play_at is not None
    speaker.feed("moet ik over nadenken")
    speaker.finish()
    assert speaker.wait(2)
    assert synth.texts == ["Dat is een goede vraag.", "Daar moet ik over nadenken"]
    assert speaker.seconds == 2.0
    assert not speaker.speaking


def test_an_interruption_stops_the_voice_and_is_timed():
    synth, player = Synth(), RecordingPlayer(pace=1.0)
    done: list[bool] = []
    speaker = Speaker(synth, player, "nl", on_done=lambda: done.append(True))
    speaker.feed("Een. Twee. Drie. ")
    time.sleep(0.3)
    assert speaker.interrupt()
    assert speaker.wait(2)
    assert done == [True]
    assert player.stops == 1
    assert len(player.played) == 1
    assert speaker.interrupted_at is not None and speaker.ended_at == speaker.interrupted_at
    # About 0.3 s of the first one-second sentence was played; the rest was cut off.
    assert 0.5 < speaker.cut_off < 0.9
    assert 0.1 < speaker.seconds < 1.0
    assert not speaker.interrupt()


def test_a_synthesis_failure_is_reported_once_and_ends_the_voice():
    errors: list[VoiceError] = []
    speaker = Speaker(Synth(fail=True), RecordingPlayer(), "nl", on_error=errors.append)
    speaker.feed("Een. Twee. ")
    speaker.finish()
    assert speaker.wait(2)
    assert [str(e) for e in errors] == ["the speech server answered 500"]
