"""Failure messages from the catalogue: every key the code raises with exists in Dutch and
English and gets the values its text needs; rendered in the user's language when raised."""

import ast
import re
import string
from pathlib import Path

import pytest

from simulator.errors import ActionableError, decimal, message
from simulator.locale import area, area_names, messages

ROOT = Path(__file__).resolve().parents[2] / "simulator"
# The calls that take a message key first: message(key, ...), SomeError.of(key, ...).
KEYED = ("message", "of")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _choices(node: ast.expr) -> list[str]:
    """The literal strings an expression can be: "a", or "a" if x else "b"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _choices(node.body) + _choices(node.orelse)
    return []


def _assigned(function: ast.AST) -> dict[str, list[str]]:
    """The literal strings each local name is given in a function (`key = "a" if x else "b"`)."""
    names: dict[str, list[str]] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and _choices(node.value):
                names.setdefault(target.id, []).extend(_choices(node.value))
    return names


def keyed_calls() -> list[tuple[str, str, set[str] | None, bool]]:
    """(where, key or key prefix, keyword names or None when some come from **, is a prefix)
    of every keyed call in the code, and of every sound_error(exc, key); a key held in a
    local name counts with each literal the function gives that name."""
    found = []
    for path in ROOT.rglob("*.py"):
        if "locale" in path.relative_to(ROOT).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        local = {id(call): _assigned(f) for f in functions for call in ast.walk(f)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _name(node.func)
            if name == "sound_error" and len(node.args) == 2:
                first = node.args[1]
            elif name in KEYED:
                first = node.args[0]
            else:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            spread = any(k.arg is None for k in node.keywords)
            given = None if spread else {k.arg for k in node.keywords if k.arg}
            if isinstance(first, ast.Name):
                for key in local.get(id(node), {}).get(first.id, []):
                    found.append((where, key, given, False))
            elif _choices(first):
                found.extend((where, key, given, False) for key in _choices(first))
            elif isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
                found.append((where, str(first.values[0].value), given, True))
    return found


ERROR_AREAS = [name for name in area_names() if name.startswith("errors_")]


def test_every_key_raised_with_exists_and_gets_its_values():
    nl, en = messages("nl"), messages("en")
    calls = keyed_calls()
    assert len(calls) > 50
    for where, key, given, prefix in calls:
        keys = [k for k in nl if k.startswith(key)] if prefix else [key]
        assert keys, f"{where}: no key starts with {key!r}"
        for each in keys:
            assert each in nl and each in en, f"{where}: {each!r} is not in the catalogue"
            if given is not None:
                missing = _fields(nl[each]) - given
                assert not missing, f"{where}: {each} needs {sorted(missing)}"


def test_every_error_message_in_the_catalogue_is_used():
    used = {key for _, key, _, prefix in keyed_calls() if not prefix}
    prefixes = [key for _, key, _, prefix in keyed_calls() if prefix]
    source = "\n".join(
        p.read_text(encoding="utf-8") for p in ROOT.rglob("*.py") if "locale" not in p.parts
    )
    for name in ERROR_AREAS:
        for key in area(name)["nl"]:
            named = key in used or f'"{key}"' in source or any(key.startswith(p) for p in prefixes)
            assert named, f"{key} is in the catalogue but no code uses it"


@pytest.mark.parametrize("name", ERROR_AREAS)
def test_error_areas_are_keyed_by_their_name_and_written_in_both_languages(name):
    texts = area(name)
    for key, dutch in texts["nl"].items():
        assert key.startswith(f"{name}."), key
        # Words to translate: what is left without the values, options and variable names.
        words = re.findall(r"[a-z]{3,}", re.sub(r"\{\w+\}|--[\w-]+|\w*[A-Z_]{3,}\w*", "", dutch))
        assert dutch != texts["en"][key] or not words, f"{key}: not translated"
        assert "\n" not in dutch and "\n" not in texts["en"][key], f"{key}: one line"


def test_a_message_is_rendered_in_the_language_of_the_moment(monkeypatch):
    monkeypatch.setenv("STAYSIM_LANG", "nl")
    dutch = ActionableError.of("errors_engine.empty_reply", retryable=True)
    assert str(dutch) == dutch.message == "de server stuurde een leeg antwoord"
    assert dutch.retryable
    assert message("errors_voice.no_speech", name="a.wav", seconds=decimal(2.0, 1)) == (
        "a.wav: geen spraak gevonden (2,0 s geluid)"
    )
    assert "2,5 s" in message("errors_voice.timeout", where="x", seconds=2.5)
    monkeypatch.setenv("STAYSIM_LANG", "en")
    english = ActionableError.of("errors_engine.empty_reply")
    assert english.message == "the server sent an empty reply" and not english.retryable
    assert "within 2.5s" in message("errors_voice.timeout", where="x", seconds=2.5)
    # Already raised, a message keeps the language it was raised in.
    assert dutch.message == "de server stuurde een leeg antwoord"
