"""WAV files for voice tests: espeak-ng speech of a script's lines, tones and silence."""

import shutil
import subprocess
from pathlib import Path

import fake_audio
import pytest

from simulator.voice.audio import Clip

ESPEAK = shutil.which("espeak-ng")
needs_espeak = pytest.mark.skipif(
    ESPEAK is None, reason="espeak-ng is not installed (apt install espeak-ng), so no speech WAVs"
)


def spoken(text: str, language: str = "nl") -> Clip:
    """espeak-ng speaking `text`, as a clip."""
    assert ESPEAK is not None
    done = subprocess.run(
        [ESPEAK, "-v", language, "-b", "1", "--stdin", "--stdout"],
        input=text.encode("utf-8"), capture_output=True, check=True, timeout=60,
    )
    return Clip.from_wav_bytes(done.stdout, "espeak-ng")


def write_turns(
    folder: Path, lines: list[str], server: object, language: str = "nl",
    silence_before: float = 1.0,
) -> list[float]:
    """One WAV per line (silence, the spoken line, a short tail of silence), each line
    registered with the fake server as the transcript of its WAV; the spoken seconds."""
    folder.mkdir(parents=True, exist_ok=True)
    seconds: list[float] = []
    for number, line in enumerate(lines, start=1):
        speech = spoken(line, language)
        clip = Clip.silence(silence_before, speech.rate).then(speech, Clip.silence(0.3))
        clip.write_wav(folder / f"{number:02d}.wav")
        server.transcripts[fake_audio.sample_key(clip)] = line  # type: ignore[attr-defined]
        seconds.append(speech.seconds)
    return seconds
