"""Lines a manager typed while playing the app, after the employee turn they answer: what the
coder must read in them. Two acts in one turn (thanks, then what was heard; a reflection, then an
invitation; a step, then a question), a reflection that opens with "dus", and the manager's own
step at the close."""

import pytest

from simulator.scoring import code_utterance

RECRUITER_NL = ("Ik ga eerlijk zijn. Vorige week belde er een recruiter. Fintech in Amsterdam, "
                "lead data engineer. En ik heb niet meteen nee gezegd. Dat doe ik normaal wel.")
RECRUITER_EN = "A recruiter called last week. Fintech, lead role. I didn't say no straight away."
UNNAMED = ("Bij de kwartaalpresentatie stond mijn migratieplan op het scherm. Mijn plaatjes, mijn "
           "cijfers. Mijn naam viel niet. En ik zat er gewoon bij, op de tweede rij.")
MOVED = "Our one-to-ones have been moved four times in the last few months."
BAD_WEEK = "Oh, I don't know. Everyone has the odd bad week."
ASK_FIRST = ("I'd like you to ask me before deciding what I can't take on. I might say no. But I "
             "might say yes.")


@pytest.mark.parametrize(("lang", "prev", "text", "want", "never"), [
    pytest.param("nl", RECRUITER_NL, "Fijn dat je dat gewoon zegt. Er ligt dus echt een andere "
                 "deur open, en dat je twijfelt zegt iets over hoe het hier nu voelt.",
                 {"reflection"}, {"defensive"}, id="nl-thanks-then-reflection"),
    pytest.param("nl", RECRUITER_NL, "Er ligt dus echt een andere deur open.", {"reflection"},
                 {"defensive"}, id="nl-dus-reflection"),
    pytest.param("nl", UNNAMED, "Jouw werk werd gepresenteerd en jij bleef onbenoemd op de tweede "
                 "rij. Dat moet gestoken hebben.", {"reflection"}, {"affirmation"},
                 id="nl-feeling-named"),
    pytest.param("en", RECRUITER_EN, "Thanks for telling me. So there is a real option out there.",
                 {"reflection"}, {"defensive"}, id="en-thanks-then-reflection"),
    pytest.param("en", MOVED, "My step: I will put our one-to-ones in the diary and keep them "
                 "there.", {"commitment"}, {"promise"}, id="en-my-step"),
    pytest.param("en", MOVED, "I'll make sure our one-to-ones stay fixed every two weeks and I "
                 "won't move them again.", {"commitment"}, {"promise"}, id="en-make-sure-own"),
    # Two acts in one turn, where the learned layer reading the whole turn hears only one.
    pytest.param("en", BAD_WEEK, "The odd bad week, and Wednesday evenings with the laptop open. "
                 "I'd like to understand what a bad week looks like for you.",
                 {"reflection", "open_question"}, set(), id="en-reflection-then-invitation"),
    pytest.param("en", ASK_FIRST, "I'll raise the ownership of the finance system at Monday's "
                 "MT, and I'll make sure our one-to-ones happen every fortnight. What would you "
                 "like to take on yourself?", {"commitment", "open_question"}, {"promise"},
                 id="en-step-then-question"),
    # An open question after two sentences that say why it is asked.
    pytest.param("en", "Hi. I saw the invite said 'stay interview'. Should I be worried?",
                 "No, not at all. I just realised we never talk about how things are going for "
                 "you, only about deadlines. So, honestly, what parts of the job still give you "
                 "a kick these days?", {"open_question"}, {"closed_question"},
                 id="en-question-after-reasons"),
    pytest.param("nl", "Nou. Ik kreeg een uitnodiging voor een 'blijfgesprek'. Gaat het over "
                 "mijn cijfers?", "Hoi Jeroen, fijn dat je even tijd hebt. Ik wil het vandaag "
                 "eens niet over planning hebben, maar over jou. Hoe bevalt het werk je sinds de "
                 "reorganisatie?", {"open_question"}, {"closed_question"},
                 id="nl-how-do-you-like-it"),
])
def test_a_played_line_is_coded_for_what_it_does(lang, prev, text, want, never):
    coded = code_utterance(text, lang, prev)
    assert want <= set(coded.codes), coded.codes
    assert not never & set(coded.codes), coded.codes
