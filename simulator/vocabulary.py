"""The eight stay-interview themes: one definition for the domain models and the scorer."""

from typing import Literal, get_args

# Plain typing only: the scorer imports this without pulling in pydantic.
Theme = Literal[
    "energy", "meaning", "change", "leave", "obstacles", "growth", "recognition", "manager"
]
THEMES: tuple[str, ...] = get_args(Theme)
