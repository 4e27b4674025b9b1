"""A tag question carries the code of the statement it closes (training/GUIDELINES.md): a tag
that sympathises gives back, one that argues defends, owning a mistake is neither, and a tag
that asks to confirm a fact is a closed question. Lines the coder does not pass yet are in
tests/known_coder_misses.txt."""

import pytest

from simulator.scoring.coder import code_utterance
from simulator.scoring.features import features

# (lang, the employee's turn, the manager's tag)
SYMPATHY = [
    ("nl", "Mijn moeder lag de hele maand maart in het ziekenhuis en ik draaide gewoon vroege "
           "diensten.", "Dat valt ook niet mee, hè?"),
    ("nl", "Ik doe eigenlijk gewoon wat me gezegd wordt.",
     "Niemand heeft je ooit echt gevraagd wat jij wilt, hè?"),
    ("en", "My mum was in hospital the whole of March and I was still doing the early shifts.",
     "That can't have been easy, can it?"),
    ("en", "I spend half my Friday on timesheets.", "That's not much fun, is it?"),
]
ARGUING = [
    ("nl", "Die weekenddiensten slopen me.", "Het is maar twee zaterdagen per maand, hè?"),
    ("nl", "Mij wordt hier nooit iets gegund.",
     "Ik heb je vorig jaar toch voorgedragen voor die rol, of niet?"),
    ("en", "The weekend shifts are killing me.", "It's only two Saturdays a month, isn't it?"),
    ("en", "Another firm offered me more money.",
     "Come on, you're not really going to throw it all in for a bit more money, are you?"),
]
OWNED = [
    ("nl", "Ik weet nooit waar ik bij jou aan toe ben.",
     "Dat heb ik je ook niet makkelijk gemaakt, hè?"),
    ("en", "I never know where I stand with you.", "I haven't made that easy for you, have I?"),
]
CHECKS = [
    ("nl", "Ik zie best op tegen de overstap.", "Je begint maandag op de nieuwe lijn, toch?"),
    ("en", "I'm a bit nervous about the move.", "You start on the new line on Monday, don't you?"),
]


def _codes(lang: str, prev: str, text: str) -> list[str]:
    return code_utterance(text, lang, prev).codes


@pytest.mark.parametrize(("lang", "prev", "text"), SYMPATHY)
def test_a_tag_that_sympathises_gives_back_and_defends_nothing(lang, prev, text):
    codes = _codes(lang, prev, text)
    assert "reflection" in codes and "defensive" not in codes, codes


@pytest.mark.parametrize(("lang", "prev", "text"), ARGUING)
def test_a_tag_that_argues_is_a_defence(lang, prev, text):
    assert "defensive" in _codes(lang, prev, text)


@pytest.mark.parametrize(("lang", "prev", "text"), OWNED)
def test_owning_a_mistake_with_a_tag_is_no_defence(lang, prev, text):
    assert "defensive" not in _codes(lang, prev, text)


@pytest.mark.parametrize(("lang", "prev", "text"), CHECKS)
def test_a_tag_that_asks_to_confirm_a_fact_is_a_closed_question(lang, prev, text):
    assert "closed_question" in _codes(lang, prev, text)


@pytest.mark.parametrize(("lang", "text", "ending"), [
    ("nl", "Dat valt ook niet mee, hè?", "q:tag"),
    ("en", "That can't have been easy, can it?", "q:tag"),
    ("en", "I backed you up, didn't I?", "q:tag"),
    ("nl", "Wat valt je niet mee?", "q:end"),
    ("en", "What's the problem, is it the rota?", "q:end"),
    ("en", "That can't have been easy.", "q:none"),
])
def test_the_learned_layer_tells_a_closing_tag_from_a_question(lang, text, ending):
    assert {f for f in features(text, lang, None, []) if f.startswith("q:")} == {ending}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("nl", "Dat valt ook niet mee, hè?", {"ne:pos", "ne:pos:none"}),
    ("nl", "Ik heb het je niet makkelijk gemaakt.", {"ne:pos", "ne:pos:i"}),
    ("nl", "Zo erg is het nou ook weer niet.", {"ne:neg", "ne:neg:none"}),
    ("en", "That can't have been easy, can it?", {"ne:pos", "ne:pos:none"}),
    ("en", "It's not that bad, you'll get used to it.", {"ne:neg", "ne:neg:none"}),
    ("nl", "Je doet het goed.", set()),
    ("en", "Not now, it's a bad moment.", set()),
])
def test_a_negated_evaluation_is_a_feature_with_whom_it_is_about(lang, text, expected):
    # The words that tell sympathy from playing it down: a pleasant word negated gives back
    # how hard it is, a grave word negated makes it smaller.
    assert {f for f in features(text, lang, None, []) if f.startswith("ne:")} == expected
