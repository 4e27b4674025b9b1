"""Questions typed as in a chat, without their question mark: read as the questions they are,
quoted as typed; a statement typed without its full stop stays a statement."""

import pytest

from simulator.scoring import code_utterance
from simulator.scoring.draft import typed_question


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("en", "do you still enjoy the job", "closed_question"),
    ("en", "Is the workload too much for you at the moment", "closed_question"),
    ("en", "how do you feel about the new rota", "open_question"),
    ("en", "Okay, and what would you change if you could", "open_question"),
    ("nl", "vind je het nog leuk hier", "closed_question"),
    ("nl", "Oké, heb je het nog naar je zin bij ons", "closed_question"),
    ("nl", "wat zou je willen leren het komende jaar", "open_question"),
])
def test_a_question_typed_without_its_mark_is_a_question(lang, text, code):
    coded = code_utterance(text, lang)
    assert code in coded.codes, coded.codes
    for e in coded.evidence:  # quoted from what was typed, never past its end
        assert e.end <= len(text) and e.span == text[e.start:e.end]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Dan heb je tenminste regelmaat"),
    ("nl", "Nou, in je eentje red je dat niet"),
    ("nl", "Ik zet het maandag op de agenda van het MT"),
    ("en", "So what you're after is a free weekend every month"),
    ("en", "I'll put it on the agenda for Monday"),
    ("en", "Thanks for telling me"),
])
def test_a_statement_typed_without_its_full_stop_asks_nothing(lang, text):
    assert not typed_question(text, lang)
    coded = code_utterance(text, lang)
    assert not {"open_question", "closed_question"} & set(coded.codes), coded.codes


def test_a_turn_that_ends_in_a_mark_is_read_as_written():
    assert not typed_question("Do you still enjoy the job.", "en")
    assert not typed_question("Vind je het nog leuk?", "nl")
