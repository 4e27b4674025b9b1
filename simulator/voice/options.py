"""The speech settings of one run: the config file and environment, then the flags."""

from typing import Any

from pydantic import ValidationError

from simulator.config import ConfigError, Settings, load_settings
from simulator.invalid import field_problem
from simulator.voice.errors import VoiceError

FLAGS = ("stt", "tts", "stt_model", "tts_voice", "keep_audio")


def voice_settings(args: Any) -> Settings:
    """Settings with `--stt`, `--tts`, `--stt-model`, `--tts-voice` and `--keep-audio` over
    STAYSIM_STT, STAYSIM_TTS and config.json; a bad value is one line naming its source."""
    overrides = {name: getattr(args, name, None) for name in FLAGS}
    for name, value in overrides.items():
        if value is None:
            continue
        try:
            Settings.model_validate({name: value})
        except ValidationError as exc:
            flag = "--" + name.replace("_", "-")
            raise VoiceError(f"{flag}: {field_problem(dict(exc.errors()[0]))}") from None
    try:
        return load_settings(**overrides)
    except ConfigError as exc:
        raise VoiceError(exc.message) from None
