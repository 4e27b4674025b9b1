"""The gate before a rule's regex: a necessary check that never changes what the regex finds."""

import re
from typing import Any

import pytest

from simulator.scoring.gate import Gated, alternatives, literals
from simulator.scoring.rulebook import book
from simulator.scoring.themes import _PATTERNS

LANGS = ("nl", "en")


def _texts(lang: str) -> list[str]:
    rules = book(lang).rules.values()
    texts = [text for rule in rules for text in (*rule.examples, *rule.counter_examples)]
    # Cased and run together too: the gate reads the text folded, as IGNORECASE matches.
    return texts + [text.upper() for text in texts[::7]] + [" ".join(texts[i:i + 3])
                                                           for i in range(0, len(texts), 11)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_gated_pattern_finds_what_its_regex_finds(lang):
    texts = _texts(lang)
    patterns: list[Any] = [rule.pattern for rule in book(lang).rules.values()]
    patterns += [Gated(p) for p in _PATTERNS[lang].values()]
    closed = 0
    for gated in patterns:
        plain = re.compile(gated.pattern, gated.flags)
        for text in texts:
            found, wanted = gated.search(text), plain.search(text)
            assert (found and found.span()) == (wanted and wanted.span()), (gated.pattern, text)
            closed += not gated._open(text)
    # The gate does its work: most rules are not run on most texts.
    assert closed > len(patterns) * len(texts) // 2


def test_every_required_part_of_a_pattern_is_a_group_of_literals():
    rx = re.compile(r"\bik (?:zorg|regel)(?: er)? dat (?:je|jij)\b", re.IGNORECASE)
    groups = {frozenset(g) for g in literals(rx) or ()}
    # The regex parser takes the shared "j" of "je|jij" out in front: " dat j" is required.
    assert groups == {frozenset({"ik "}), frozenset({"zorg", "regel"}), frozenset({" dat j"})}
    gated = Gated(rx)
    # "ik" and "dat" but neither "zorg" nor "regel": the regex is not run.
    assert not gated._open("Ik denk dat je gelijk hebt.")
    assert gated.search("Ik zorg er wel dat je het krijgt.") is None  # every word there, no match
    found = gated.search("Ik zorg er dat je het krijgt.")
    assert found is not None and found.group() == "Ik zorg er dat je"
    found = gated.search("Ik regel dat jij het krijgt.")
    assert found is not None and found.group() == "Ik regel dat jij"


def test_an_alternative_is_read_by_its_rarest_required_part():
    # " dat " is no rarer than "zorg": the branch asks for one of its alternatives' words.
    rx = re.compile(r"\b(?:ik (?:zorg|regel) dat|nooit meer)", re.IGNORECASE)
    assert literals(rx) == (("nooit meer", "regel", "zorg"),)


def test_a_pattern_without_required_literals_is_never_gated():
    assert literals(re.compile(r"\w+\?$", re.IGNORECASE)) is None
    assert literals(re.compile(r"ja maar")) is None  # case-sensitive: not gated
    assert Gated(re.compile(r"(?:a|bc)d?", re.IGNORECASE))._open("xyz")


def test_a_branch_is_also_read_alternative_by_alternative():
    # "de " lets every Dutch text through the first check; no alternative is whole without
    # a digit or a weekday, so the regex does not run.
    rx = re.compile(r"\b(?:vandaag|(?:op )?maandag|de \d{1,2}(?:e|ste))\b", re.IGNORECASE)
    vandaag, maandag, date = alternatives(rx) or ()
    assert vandaag == (("vandaag",),) and maandag == (("maandag",),)
    assert date[0] == ("de ",) and set("0123456789") <= set(date[1])
    gated = Gated(rx)
    assert not gated._open("Ik zie de planning niet zitten.")
    assert gated._open("Ik zie je de 3e.")
    found = gated.search("Zullen we maandag verder praten?")
    assert found is not None and found.group() == "maandag"
    assert alternatives(re.compile(r"\b(?:vandaag|\w+\?)", re.IGNORECASE)) is None


def test_every_unicode_digit_and_the_turkish_i_open_the_gate_as_the_regex_matches():
    # "\\d" matches any decimal digit; IGNORECASE takes i, I, İ and ı for one letter.
    date = Gated(re.compile(r"voor \d+ oktober", re.IGNORECASE))
    assert date.search("Ik laat het je voor １ oktober weten.") is not None
    assert date.search("voor ٣ oktober") is not None
    step = Gated(re.compile("ik zorg", re.IGNORECASE))
    for text in ("İK ZORG ervoor", "ık zorg ervoor", "Ik zorg ervoor"):
        assert step.search(text) is not None, text


def test_literals_found_before_a_pattern_was_added_are_not_taken_for_all_there_are():
    text = "We bellen de vakbond morgen op."
    first = Gated(re.compile(r"morgen", re.IGNORECASE))
    assert first.search(text) is not None  # the text's literals, read with the book so far
    later = Gated(re.compile(r"\bde vakbond\b", re.IGNORECASE))  # a pattern added after
    assert later.search(text) is not None


def test_a_pattern_added_while_a_text_is_read_does_not_close_its_gate(monkeypatch):
    # Thread A reads a text's literals with the automaton it has; meanwhile thread B adds a
    # pattern. What A found is kept for its own generation of the book only.
    from simulator.scoring import gate

    text = "Ik bel morgen de ondernemingsraad zelf even op."
    Gated(re.compile(r"morgen", re.IGNORECASE)).search("morgen")  # the automaton is built
    added: list[Gated] = []
    found = gate._BOOK.find

    def find_while_another_is_added(folded: str) -> frozenset[str]:
        seen = found(folded)  # A, with the automaton of its generation
        if not added:
            added.append(Gated(re.compile(r"\bondernemingsraad\b", re.IGNORECASE)))  # B
        return seen

    monkeypatch.setattr(gate._BOOK, "find", find_while_another_is_added)
    assert Gated(re.compile(r"morgen", re.IGNORECASE)).search(text) is not None
    assert added and added[0].search(text) is not None
