"""The locale catalogue: both languages complete, the same placeholders, every used key."""

import ast
import importlib
import string
from pathlib import Path

import pytest

from simulator.locale import area, area_names, has, messages, numbered, plural, t

ROOT = Path(__file__).resolve().parents[2] / "simulator"


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("name", area_names())
def test_every_area_has_the_same_keys_and_placeholders_in_both_languages(name):
    texts = area(name)
    assert texts["nl"], name
    assert texts["nl"].keys() == texts["en"].keys(), set(texts["nl"]) ^ set(texts["en"])
    for key, text in texts["nl"].items():
        assert fields(text) == fields(texts["en"][key]), key


def test_no_key_is_defined_in_two_areas():
    seen: dict[str, str] = {}
    for name in area_names():
        for key in area(name)["nl"]:
            assert key not in seen, f"{key} in both {seen[key]} and {name}"
            seen[key] = name
    assert len(messages("nl")) == len(seen) == len(messages("en"))


def test_every_area_file_stays_small():
    folder = Path(importlib.import_module("simulator.locale.areas").__path__[0])
    for path in folder.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 300, path.name


def test_t_fills_in_values_falls_back_to_dutch_and_shows_a_missing_key():
    assert t("card.turn", "en", turn=3) == "turn 3"
    assert t("card.turn", "nl", turn=3) == "beurt 3"
    assert t("card.turn", "fr", turn=3) == "beurt 3"
    assert t("no.such.key", "en") == "no.such.key"
    assert plural("history.sessions", 1, "en") == "1 session"
    assert plural("history.sessions", 4, "nl") == "4 gesprekken"


def test_numbered_reads_a_list_of_alternatives_in_order():
    assert numbered("tip.promise.", "en") == (t("tip.promise.0", "en"), t("tip.promise.1", "en"))
    assert numbered("tip.promise.", "nl")[1] == t("tip.promise.1", "nl")
    assert numbered("no.such.list.", "nl") == ()


def used_keys() -> tuple[set[str], set[str]]:
    """The keys the code names: literal first arguments of `t`/`plural`, the first key of a
    `numbered` list and string constants shaped like a key of a known area, plus the
    prefixes of keys built with an f-string."""
    prefixes = {key.split(".")[0] for key in messages("nl")}
    literal: set[str] = set()
    partial: set[str] = set()
    trees = [
        ast.parse(path.read_text(encoding="utf-8"))
        for path in ROOT.rglob("*.py")
        if "locale" not in path.relative_to(ROOT).parts
    ]
    # Textual action names ("app.help") look like keys; they are the bindings' first words.
    actions = {
        arg.value
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _name(node.func) == "Binding"
        for arg in node.args
        if isinstance(arg, ast.Constant)
    }
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) == "numbered" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    literal.add(first.value + "0")  # a list starts at 0
            elif isinstance(node, ast.Call) and _name(node.func) in ("t", "plural") and node.args:
                first = node.args[0]
                if isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
                    partial.add(str(first.values[0].value))
                elif isinstance(first, ast.Constant) and isinstance(first.value, str):
                    literal.add(first.value + ("_one" if _name(node.func) == "plural" else ""))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if _shaped(node.value, prefixes) and node.value not in actions:
                    literal.add(node.value)
    return literal, partial


def _shaped(text: str, prefixes: set[str]) -> bool:
    """Like a key: dotted words of a known area, not an f-string's leading piece."""
    words = text.split(".")
    plain = all(w.replace("_", "").isalnum() for w in words)
    return len(words) > 1 and words[0] in prefixes and plain


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def test_every_key_the_code_uses_exists():
    literal, partial = used_keys()
    assert len(literal) > 100 and partial
    # A plural's base key ("history.sessions") stands for its _one and _many forms.
    assert sorted(k for k in literal if not has(k) and not has(f"{k}_one")) == []
    keys = messages("nl")
    assert sorted(p for p in partial if not any(k.startswith(p) for k in keys)) == []


def test_every_figure_of_the_scorecard_has_a_name_in_the_exports():
    from simulator.domain.scorecard import Metrics
    from simulator.export.labels import METRIC_LABELS

    for lang in ("nl", "en"):
        assert sorted(set(Metrics.model_fields) - set(METRIC_LABELS[lang])) == [], lang
