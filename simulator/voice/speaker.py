"""A reply spoken while it streams: each finished sentence synthesised and played in turn."""

from __future__ import annotations

import queue
import re
import threading
import time
from collections.abc import Callable
from typing import Any

from simulator.voice.errors import VoiceError
from simulator.voice.player import Player

# A sentence ends at . ! ? or … followed by white space; the rest waits for more text.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+")


def split_sentences(text: str) -> tuple[list[str], str]:
    """The whole sentences in `text`, and the unfinished rest."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        sentence = text[start : match.end()].strip()
        if sentence:
            sentences.append(sentence)
        start = match.end()
    return sentences, text[start:]


class Speaker:
    """Speaks one reply. `feed` the streamed text, `finish` at its end; `interrupt` stops
    it. Synthesis and playing run in a thread of their own, never on the caller's (the
    event loop): sentence after sentence, each played as soon as it is synthesised."""

    def __init__(
        self,
        synthesiser: Any,
        player: Player,
        language: str,
        voice: str | None = None,
        *,
        on_error: Callable[[VoiceError], object] | None = None,
        on_done: Callable[[], object] | None = None,
    ) -> None:
        self.synthesiser = synthesiser
        self.player = player
        self.language = language
        self.voice = voice
        self.on_error = on_error
        self.on_done = on_done
        self.first_audio_at: float | None = None
        self.ended_at: float | None = None
        self.seconds = 0.0  # what was actually played
        self.interrupted_at: float | None = None
        self.cut_off = 0.0  # seconds of the sentence being played that an interruption cut
        self._playing: tuple[float, float] | None = None  # (started, seconds) of that clip
        self._rest = ""
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._cancelled = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="speaker")
        self._thread.start()

    @property
    def speaking(self) -> bool:
        """Until the last sentence is played, or the reply is interrupted."""
        return not self._done.is_set()

    def feed(self, chunk: str) -> None:
        sentences, self._rest = split_sentences(self._rest + chunk)
        for sentence in sentences:
            self._queue.put(sentence)

    def finish(self) -> None:
        """The reply is complete (or stopped): speak what is left, then end."""
        if self._rest.strip():
            self._queue.put(self._rest.strip())
        self._rest = ""
        self._queue.put(None)

    def interrupt(self) -> bool:
        """Stop speaking now; True if it was still speaking."""
        if not self.speaking:
            return False
        self.interrupted_at = time.monotonic()
        playing = self._playing
        if playing is not None:
            self.cut_off = max(0.0, playing[0] + playing[1] - self.interrupted_at)
        self._cancelled.set()
        self._queue.put(None)
        self.player.stop()
        return True

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def _run(self) -> None:
        try:
            while not self._cancelled.is_set():
                sentence = self._queue.get()
                if sentence is None or self._cancelled.is_set():
                    break
                self._say(sentence)
        except VoiceError as exc:
            if self.on_error is not None:
                self.on_error(exc)
        finally:
            self.ended_at = self.interrupted_at or time.monotonic()
            self._done.set()
            if self.on_done is not None:
                self.on_done()

    def _say(self, sentence: str) -> None:
        clip = self.synthesiser.synthesise(sentence, self.language, self.voice)
        if self._cancelled.is_set() or len(clip.samples) == 0:
            return
        now = time.monotonic()
        if self.first_audio_at is None:
            self.first_audio_at = now
        self._playing = (now, clip.seconds)
        try:
            self.seconds += self.player.play(clip)
        finally:
            self._playing = None
