"""The screens' words for keys and Textual's own commands, from the locale catalogue."""

from __future__ import annotations

import dataclasses
from typing import Any

from simulator.language import ui_language as ui_language  # the screens' import
from simulator.locale import has, lang_of, t

__all__ = ["key_text", "lang_of", "localise_binding", "localise_bindings", "system_text", "t"]


def key_text(scope: str, action: str, lang: str) -> tuple[str, str] | None:
    """A screen's own words for a key, else the app's (`app.help` on a screen is `help`)."""
    for key in (f"keys.{scope}.{action}", f"keys.app.{action.removeprefix('app.')}"):
        if has(key):
            return t(key, lang), t(f"{key}.tip", lang)
    return None


def system_text(title: str, lang: str) -> tuple[str, str] | None:
    """Dutch words for one of Textual's own palette commands; English keeps Textual's."""
    key = f"system.{title}"
    if lang_of(lang) != "nl" or not has(key):
        return None
    return t(key, lang), t(f"{key}.tip", lang)


def localise_binding(binding: Any, scope: str, lang: str) -> Any:
    found = key_text(scope, binding.action, lang)
    if found is None:
        return binding
    return dataclasses.replace(binding, description=found[0], tooltip=found[1])


def localise_bindings(node: Any, scope: str, lang: str) -> None:
    """Swap the descriptions and tooltips of a screen's or app's bindings for `lang`.

    Textual reads `BINDINGS` once per class into `_bindings`; the footer, the palette and
    the help all read from there, so one per-instance swap localises all three."""
    for key, bindings in node._bindings.key_to_bindings.items():
        node._bindings.key_to_bindings[key] = [
            localise_binding(b, scope, lang) for b in bindings
        ]
