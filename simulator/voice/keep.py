"""Audio kept on request (--keep-audio): STAYSIM_HOME/audio/session-N/, one WAV a turn."""

from pathlib import Path

from simulator import paths
from simulator.voice.audio import Clip
from simulator.voice.errors import VoiceError


def audio_dir(session_id: int) -> Path:
    return paths.home() / "audio" / f"session-{session_id}"


def keep(session_id: int, index: int, speaker: str, clip: Clip) -> Path:
    """Write one turn's audio, owner-only; VoiceError in one line if the disk refuses."""
    folder = audio_dir(session_id)
    path = folder / f"{index:03d}-{speaker}.wav"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.write_bytes(clip.wav_bytes())
        path.chmod(0o600)
    except OSError as exc:
        reason = exc.strerror or exc
        raise VoiceError.of("errors_voice.cannot_keep", path=path, reason=reason) from None
    return path
