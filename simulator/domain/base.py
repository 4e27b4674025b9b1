"""Shared pydantic base: strict models that reject unknown fields."""

from typing import Literal

from pydantic import BaseModel, ConfigDict

Language = Literal["nl", "en"]
Difficulty = Literal["easy", "medium", "hard"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
