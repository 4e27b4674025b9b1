"""An open question in a sentence of its own, where the whole turn's reading hears none: it
counts when it is the question left for the employee to answer, and not when the turn argues,
judges or offers, or talks on after it."""

import pytest

from simulator.scoring import code_utterance

BONUS = "I was the only one who did not get the bonus."


@pytest.mark.parametrize(("text", "prev"), [
    ("So the early shifts look family-friendly on paper, but in practice they're the worst ones "
     "for you. Which days are the hardest?", "The early shifts are meant to suit parents."),
    ("We've only got twenty minutes today, I'm afraid, the auditors are in. How would you like "
     "to use them?", None),
])
def test_the_question_that_ends_the_turn_counts(text, prev):
    assert "open_question" in code_utterance(text, "en", prev).codes


@pytest.mark.parametrize(("text", "prev"), [
    ("Why would I lie to you about this? The budget just isn't there this year.", None),
    ("The whole team was in the same boat. Why should you be treated differently?", BONUS),
    ("I hear that. What if I ask Sam to cover your Friday afternoons for a while?", None),
    ("How about I buy the coffees today? My treat, you've earned it.", None),
    ("Okay, where was I? Right, the new rota for the spring.", None),
])
def test_a_rhetorical_question_an_offer_or_a_question_talked_past_is_no_open_question(text, prev):
    assert "open_question" not in code_utterance(text, "en", prev).codes


def test_the_order_of_the_sentences_does_not_decide():
    advice_first = code_utterance("Take the afternoon off tomorrow, seriously. Where do you want "
                                  "to be in a year?", "en")
    assert "open_question" not in advice_first.codes
