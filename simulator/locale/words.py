"""The scorecard's words from ids and values: code and theme names, tips, pass blockers,
dimensions and what earns each agreed action. Plain functions over the catalogue, so the
coder can use them without loading the scorecard's models."""

from __future__ import annotations

from typing import Any

from simulator.locale import has, lang_of, number, plural, t

ACTION_NAMES = ("employee", "manager", "together", "follow_up")


def code_label(code: str, lang: str) -> str:
    """The code's name; an unknown id is shown readably."""
    key = f"label.code.{code}"
    return t(key, lang) if has(key) else code.replace("_", " ")


def theme_label(theme: str, lang: str) -> str:
    """The theme's name; an unknown id is shown as it is."""
    key = f"label.theme.{theme}"
    return t(key, lang) if has(key) else theme


def tip_text(tip_id: str, values: dict[str, Any], lang: str) -> str:
    """A tip in `lang`, with its values; a theme id among them is named in `lang`."""
    if not tip_id:
        return ""
    filled = dict(values)
    if "theme" in filled:
        filled["theme"] = theme_label(str(filled["theme"]), lang)
    return t(f"tip.{tip_id}", lang, **filled)


def blocker_text(code: str, values: dict[str, Any], lang: str) -> str:
    """Why the session does not pass yet, in `lang`."""
    if "needs" in values:
        return t(f"blocker.{code}.{values['needs']}", lang)
    if "count" in values:
        rest = {k: v for k, v in values.items() if k != "count"}
        return plural(f"blocker.{code}", int(values["count"]), lang, **rest)
    return t(f"blocker.{code}", lang, **values)


def dimension_words(name: str, value: Any, values: dict[str, Any], lang: str) -> dict[str, str]:
    """A dimension's label, goal, measured value in words, and what to practise next."""
    lang = lang_of(lang)
    return {
        "label": t(f"dim.{name}", lang),
        "goal": t(f"dim.{name}.goal", lang, **values),
        "shown": _shown(name, value, values, lang),
        "focus": t(f"dim.{name}.focus", lang),
    }


def measured_words(name: str, value: Any, values: dict[str, Any], lang: str) -> str:
    """What was measured, in words, without the short-conversation note: a card that shows it
    once for all its rows."""
    return _shown(name, value, {k: v for k, v in values.items() if k not in ("turns", "full")},
                  lang_of(lang))


def _shown(name: str, value: Any, values: dict[str, Any], lang: str) -> str:
    key = f"dim.{name}.shown"
    filled = {**values, "value": value}
    if values.get("basis") == "seconds":  # talk share in seconds of speech, not words
        key += "_seconds"
        filled.update(_seconds_shown(values, lang))
    if name == "reflections":
        filled["reflections"] = plural("dim.reflections.count", values["count"], lang)
        if "generic" in values and value is not None:  # older saved cards lack the count
            key += "_judged"
            filled["own"] = values["count"] - values["accurate"] - values["generic"]
        if value is not None:
            filled["ratio"] = number(value, lang, 2)
    if value is None and has(f"{key}_none"):
        text = t(f"{key}_none", lang, **filled)
    elif has(f"{key}_one"):
        text = plural(key, value, lang)
    else:
        text = t(key, lang, **filled)
    if "turns" in values:
        text += t("dim.short_note", lang, turns=values["turns"], full=values["full"])
    return text


def _seconds_shown(values: dict[str, Any], lang: str) -> dict[str, str]:
    """The speaking seconds of a voice session, in tenths only while they matter."""
    manager, total = float(values.get("manager") or 0), float(values.get("total") or 0)
    digits = 0 if total >= 20 else 1

    return {"manager": number(manager, lang, digits), "total": number(total, lang, digits)}


def actions_help(lang: str) -> dict[str, str]:
    """What earns each agreed action."""
    return {name: t(f"action.{name}.help", lang) for name in ACTION_NAMES}
