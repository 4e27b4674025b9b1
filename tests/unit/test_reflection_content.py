"""Reflections judged on content: what a reflection gives back, apart from the question after
it, with Dutch compounds meeting their parts, and a reflection in the manager's own words told
apart from a formula."""

from simulator.scoring.content import quality, reflecting_part

SAID_NL = "Ik zit de hele dag aan de telefoon met klantgesprekken en kom niet meer aan bouwen toe."
SAID_EN = "The migration was brutal but I kind of loved it."


def test_the_question_after_a_reflection_is_not_what_it_gives_back():
    turn = "That must be tough. What obstacles does your team run into at the moment?"
    assert reflecting_part(turn) == "That must be tough."
    # A question that shares a word with their turn does not make the formula before it accurate.
    judged = quality(turn, "en", ["Our team is short again and I keep covering."], False)
    assert judged.generic and not judged.accurate


def test_a_reflection_spoken_as_a_question_is_judged_whole():
    turn = "Je mist de klantgesprekken van vroeger?"
    assert reflecting_part(turn) == turn
    assert quality(turn, "nl", ["De gesprekken met klanten, daar kreeg ik energie van."],
                   False).accurate


def test_a_dutch_compound_meets_its_part():
    judged = quality("Je bent de hele dag gesprekken aan het voeren.", "nl", [SAID_NL], False)
    assert judged.accurate and "gesprekken" in judged.echoed


def test_their_meaning_in_the_managers_own_words_is_specific_not_generic():
    judged = quality("Sounds like you enjoy a really hard problem.", "en", [SAID_EN], False)
    assert not judged.generic and not judged.accurate
    formula = quality("I hear what you're saying.", "en", [SAID_EN], False)
    assert formula.generic


def test_a_summary_that_names_next_to_nothing_is_generic():
    empty = ("Als ik het samenvat: er gaat veel goed, maar er zijn ook dingen die beter kunnen. "
             "Wat wil jij als eerste doen?")
    assert quality(empty, "nl", [SAID_NL], False, summary=True).generic
    named = "Als ik het samenvat: je bent de hele dag aan het bellen en het bouwen schiet erbij in."
    judged = quality(named, "nl", [SAID_NL], False, summary=True)
    assert judged.accurate and not judged.generic
