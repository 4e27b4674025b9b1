"""Conversational acts from the rule book: what the director and the scorecard read of a turn."""

from collections.abc import Iterable
from functools import cache
from re import Pattern

from simulator.scoring.rulebook import book, pattern
from simulator.scoring.words import plain_text

_MANAGER = ("turn", "both")
_EMPLOYEE = ("employee", "both")


@cache
def _rules(lang: str, scopes: tuple[str, ...]) -> tuple[tuple[str, Pattern[str]], ...]:
    rules = sorted((r for r in book(lang).rules.values() if r.kind == "act" and r.scope in scopes),
                   key=lambda r: r.precedence)
    return tuple((r.name, r.pattern) for r in rules)


_ANY = ("turn", "both", "employee", "sentence")


@cache
def _named(lang: str, names: frozenset[str],
           scopes: tuple[str, ...] = _ANY) -> tuple[tuple[str, Pattern[str]], ...]:
    return tuple((n, p) for n, p in _rules(lang, scopes) if n in names)


def _found(text: str, rules: Iterable[tuple[str, Pattern[str]]]) -> tuple[str, ...]:
    text = plain_text(text)  # an employee's or a model's "I’m" reads as "I'm"
    found: dict[str, None] = {}
    for name, rx in rules:
        if name not in found and rx.search(text):
            found[name] = None
    return tuple(found)


def rule_acts(text: str, lang: str) -> tuple[str, ...]:
    """The acts of a manager's turn, each once, in the rule book's order of precedence."""
    acts = _found(text, _rules(lang, _MANAGER))
    # An outcome promised anywhere in the turn is a promise, whatever the sentence around it.
    outcome = pattern(lang, f"{lang}.promise.outcome-promise")
    if "promised" not in acts and outcome.search(plain_text(text)):  # as _found reads it
        acts += ("promised",)
    return acts


def employee_acts(text: str, lang: str, names: Iterable[str]) -> tuple[str, ...]:
    """Which of the named acts an employee's turn performs: agreeing, a step of their own, a
    date, a signal."""
    return _found(text, _named(lang, frozenset(names), _EMPLOYEE))


def acts_in(text: str, lang: str, names: Iterable[str]) -> tuple[str, ...]:
    """Which of the named acts a part of a turn (a sentence, the question asked) performs."""
    return _found(text, _named(lang, frozenset(names)))
