"""What a question asks about, also where the learned layer finds no theme: the keyword
lexicon backs it up for a question, in its inflected forms, and knows a day's leave and a late
evening from leaving."""

import pytest

from simulator.engine.asking import read_turn
from simulator.scoring import code_utterance


@pytest.mark.parametrize("text", [
    "Wat zou kunnen maken dat je weggaat?",
    "Wat zou de reden zijn dat je bij ons weggaat?",
    "Een mail en een cijfer, en je wilt me gewoon op de afdeling zien. "
    "Wat zou kunnen maken dat je weggaat?",
])
def test_a_question_about_leaving_asks_about_leaving(text):
    coded = code_utterance(text, "nl")
    assert "leave" in coded.themes
    assert read_turn(coded, "nl").asked == ("leave",)


@pytest.mark.parametrize("text", [
    "Why have you stayed late so often?",
    "Have you taken your annual leave yet?",
    "Why do you leave early on Fridays?",
])
def test_a_late_evening_or_a_day_off_is_no_question_about_leaving(text):
    assert "leave" not in code_utterance(text, "en").themes
