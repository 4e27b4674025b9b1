"""The rule book: every rule fires on its examples and not on its counter-examples."""

import pytest
import yaml

from simulator.scoring.rulebook import (
    RULES_DIR,
    RuleBookError,
    book,
    evidence_ids,
    lexicon,
    parse,
    pattern,
    rules_for,
)
from simulator.scoring.rules import rule_evidence

LANGS = ("nl", "en")
RULES = [rule for lang in LANGS for rule in book(lang).rules.values()]


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_each_rule_fires_on_its_examples_and_not_on_its_counter_examples(rule):
    # The procedure matches case-insensitively, mostly on the lower-cased sentence.
    for example in rule.examples:
        assert rule.pattern.search(example.lower()), f"{rule.id} misses: {example}"
    for counter in rule.counter_examples:
        assert not rule.pattern.search(counter.lower()), f"{rule.id} fires on: {counter}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_files_validate_and_ids_are_unique(lang):
    raw = yaml.safe_load((RULES_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))
    ids = [r["id"] for r in raw["rules"]] + [d["id"] for d in raw["derived"]]
    assert len(ids) == len(set(ids))
    assert all(i.startswith(lang + ".") for i in ids)
    assert len(book(lang).rules) == len(raw["rules"])


@pytest.mark.parametrize("lang", LANGS)
def test_the_coders_evidence_names_rule_book_ids(lang):
    known = evidence_ids(lang)
    for rule in book(lang).rules.values():
        for text in rule.examples:
            for item in rule_evidence(text, lang, None):
                assert item.rule in known, f"{item.rule} (from {text!r}) is not in the rule book"


def test_lookups():
    assert pattern("nl", "nl.promise.outcome-promise").search("Ik beloof het je.")
    assert [r.name for r in rules_for("en", "check")] == ["check"]  # a concept, one rule
    assert "the" in lexicon("en", "stop")


def _one_rule(**changes):
    rule = {"id": "nl.defensive.defence", "code": "defensive", "precedence": 1,
            "pattern": "ja maar", "examples": ["Ja maar.", "ja maar nee"],
            "counter_examples": ["Ja."]}
    rule.update(changes)
    return rule


@pytest.mark.parametrize(("rules", "message"), [
    ([_one_rule(), _one_rule()], "rule nl.defensive.defence: duplicate id"),
    ([_one_rule(code="grumpy")], "rule nl.defensive.defence: unknown code 'grumpy'"),
    ([_one_rule(examples=["Ja maar."])], "rule nl.defensive.defence: needs at least 2 examples"),
    ([_one_rule(counter_examples=[])], "needs at least 1 counter-examples"),
    ([_one_rule(pattern="ja (maar")], "rule nl.defensive.defence: pattern does not compile"),
    ([_one_rule(pattern="{{nothing}}")], "unknown fragment {{nothing}}"),
    # Lines join without a separator: "ja\nmaar" would be "jamaar".
    ([_one_rule(pattern="ja\nmaar")], "a line break joins two words"),
    ([_one_rule(pattern="(?:ja |nou\n)? maar")], "a line break joins two words"),
])
def test_a_bad_rule_is_refused_naming_file_and_rule(rules, message):
    with pytest.raises(RuleBookError) as error:
        parse({"lang": "nl", "rules": rules}, "nl", "rules/nl.yaml")
    assert str(error.value).startswith("rules/nl.yaml: ")
    assert message in str(error.value)
