"""Shared vocabulary: the eight stay-interview themes, and what a speech voice name may be."""

from typing import Literal, get_args

# Plain typing only: the scorer imports this without pulling in pydantic.
Theme = Literal[
    "energy", "meaning", "change", "leave", "obstacles", "growth", "recognition", "manager"
]
THEMES: tuple[str, ...] = get_args(Theme)

# A text-to-speech voice name ("alloy", "nl", "en-us+f3", "dutch-mbrola-3"): no leading dash,
# so it can never be read as an option by espeak-ng.
VOICE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}$"
