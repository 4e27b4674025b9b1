"""A question after a reflection asks about its own theme: the reflection before it does not
swallow it, neither for the coverage on the scorecard nor for what the employee answers."""

import pytest

from simulator.engine.asking import read_turn
from simulator.scoring import code_utterance

TURNS = [
    ("en", "Brushed aside in front of the people you need to influence. "
           "What might make you consider leaving?"),
    ("en", "So the rota has been eating your weekends for months. "
           "What would make you think about going somewhere else?"),
    ("nl", "Je voelt je voorbijgelopen bij de nieuwe planning. "
           "Wat zou ervoor zorgen dat je hier weggaat?"),
    ("nl", "Dat gesprek met de roosteraar zit je nog steeds dwars. "
           "Wat zou je doen besluiten om te vertrekken?"),
]


@pytest.mark.parametrize(("lang", "text"), TURNS)
def test_the_question_s_theme_counts_for_the_turn(lang, text):
    assert "leave" in code_utterance(text, lang).themes


@pytest.mark.parametrize(("lang", "text"), TURNS)
def test_the_employee_is_asked_what_the_question_asks(lang, text):
    turn = read_turn(code_utterance(text, lang), lang)
    assert turn.question
    assert turn.asked == ("leave",)
