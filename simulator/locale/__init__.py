"""staysim's own words in Dutch and English: one catalogue, `t(key, lang, **values)`.

The messages live in `simulator/locale/areas/`, one small module per area of the app, each
with an `NL` and an `EN` dict holding the same keys and the same `{placeholders}`. Every
module in that folder is part of the catalogue: to add an area, add a file there (keys
prefixed with the area's name); nothing else needs registering. The catalogue is plain
Python dicts, read once on first use.
"""

from __future__ import annotations

import importlib
import os
from functools import cache
from typing import Any

from simulator.language import LANGS

AREAS_PACKAGE = "simulator.locale.areas"


def lang_of(value: str | None) -> str:
    """A supported language: nl or en; anything else falls back to Dutch, staysim's first."""
    return value if value in LANGS else "nl"


def area_names() -> list[str]:
    """The catalogue's area modules, by name: every `.py` file in `areas/` (a directory
    listing, cheaper at startup than pkgutil)."""
    folder = os.path.join(os.path.dirname(__file__), "areas")
    return sorted(
        entry.name[:-3]
        for entry in os.scandir(folder)
        if entry.name.endswith(".py") and not entry.name.startswith("_")
    )


def area(name: str) -> dict[str, dict[str, str]]:
    """One area's messages: {"nl": {...}, "en": {...}}."""
    module = importlib.import_module(f"{AREAS_PACKAGE}.{name}")
    return {"nl": module.NL, "en": module.EN}


@cache
def messages(lang: str) -> dict[str, str]:
    """Every message in `lang`, all areas merged."""
    merged: dict[str, str] = {}
    for name in area_names():
        merged.update(area(name)[lang_of(lang)])
    return merged


def has(key: str) -> bool:
    return key in messages("nl")


def t(key: str, lang: str, **values: Any) -> str:
    """The text for `key` in `lang`, with `values` filled in; a missing key shows itself."""
    text = messages(lang_of(lang)).get(key)
    if text is None:
        text = messages("nl").get(key, key)
    return text.format(**values) if values else text


def number(value: float, lang: str, places: int | None = None) -> str:
    """A decimal the way the language writes it: 1,33 in Dutch, 1.33 in English; `places`
    fixed, or as few as the value needs."""
    text = f"{value:g}" if places is None else f"{value:.{places}f}"
    return text.replace(".", ",") if lang == "nl" else text


def plural(key: str, count: int, lang: str, **values: Any) -> str:
    """`key_one` for a count of one, else `key_many`, with `count` among the values."""
    return t(f"{key}_one" if count == 1 else f"{key}_many", lang, count=count, **values)


@cache
def numbered(prefix: str, lang: str) -> tuple[str, ...]:
    """A list of alternatives: the texts of `prefix` followed by 0, 1, 2, ... ("suggest.open."),
    in order, up to the first number the catalogue does not hold."""
    found: list[str] = []
    while has(f"{prefix}{len(found)}"):
        found.append(t(f"{prefix}{len(found)}", lang))
    return tuple(found)


def section(prefix: str, lang: str) -> dict[str, str]:
    """The messages under `prefix` ("cli.score."), keyed by the rest of their key."""
    return {
        key.removeprefix(prefix): text
        for key, text in messages(lang_of(lang)).items()
        if key.startswith(prefix)
    }
