"""Findings that teach something: a formula reflection named, quoted, with what to say instead;
no closed-question finding for a bare "Deal?" after the promise that is the real fault."""

import pytest

from simulator.scoring import build_scorecard

STORY = "Sinds Bas weg is draai ik eigenlijk om de week storingsdienst."


def _formulas(turns):
    card = build_scorecard(turns, language="nl")
    return [f for f in card.findings if f.code == "formula_reflection"]


def test_a_formula_is_quoted_with_their_own_words_to_give_back_instead():
    found = _formulas([("employee", STORY),
                       ("manager", "Dat klinkt alsof dat belangrijk voor je is.")])
    assert len(found) == 1
    assert found[0].quote == "Dat klinkt alsof dat belangrijk voor je is."
    assert "sinds Bas weg is draai je eigenlijk om de week storingsdienst" in found[0].tip


def test_the_habit_is_shown_twice_not_listed_in_full():
    turns = [("employee", STORY)]
    for said in ("Dat klinkt alsof dat belangrijk voor je is.", "Ik hoor dat het je raakt.",
                 "Dat klinkt lastig.", "Ik hoor je."):
        turns += [("manager", said), ("employee", "Ja. Nou ja.")]
    assert len(_formulas(turns)) == 2


def test_a_reflection_that_gives_back_what_was_said_or_asks_on_is_no_formula():
    assert not _formulas([("employee", STORY),
                          ("manager", "Dus je draait om de week storingsdienst sinds Bas weg is.")])
    assert not _formulas([("employee", STORY),
                          ("manager", "Dat klinkt lastig. Wat betekent dat voor je thuis?")])


def test_a_bare_deal_after_a_promise_is_no_closed_question_finding():
    # "Deal?" asks for a yes to the promise; the promise is the fault, and a tip to ask "How
    # are you really doing?" instead of "Deal?" would teach nothing.
    turns = [("employee", "Why do you ask?"),
             ("manager", "Look, you're really important to us. I guarantee you'll get the Head "
                         "of Design title by summer. Deal?"),
             ("employee", "That's kind.")]
    codes = [f.code for f in build_scorecard(turns, language="en").findings]
    assert "promise" in codes and "closed_question" not in codes


def test_asking_whether_the_frame_is_all_right_is_no_closed_question_finding():
    # From a play-test: the tip turned "Is that ok?" into "How do you see that yourself?".
    turns = [("employee", "Hi. I saw the invite said 'stay interview'. Should I be worried?"),
             ("manager", "Hi Priya, thanks for making time. This isn't about a project or a "
                         "review, I just want to understand what keeps you here and what might "
                         "not. Is that ok?"),
             ("employee", "Okay.")]
    assert "closed_question" not in [f.code for f in build_scorecard(turns, "en").findings]


@pytest.mark.parametrize(("lang", "prev", "said"), [
    ("en", "I've been doing every weekend shift since March.", "Is that ok?"),
    ("en", "I've been doing every weekend shift since March.", "Does that work for you?"),
    ("en", "Why do you ask?", "I'll sort the promotion. Staying then?"),
])
def test_a_closed_question_that_asks_something_is_still_a_finding(lang, prev, said):
    # Found in review: asking whether it is all right counts as good practice only after an
    # offer (a frame, a proposal, a task), and only a bare "Deal?" hides behind a promise.
    turns = [("employee", prev), ("manager", said), ("employee", "Ok.")]
    assert "closed_question" in [f.code for f in build_scorecard(turns, lang).findings]


@pytest.mark.parametrize(("lang", "prev", "said"), [
    ("en", "I'm really frustrated about being passed over for the lead role.",
     "You're frustrated."),
    ("en", "It's been hard.", "That sounds hard."),
    ("nl", "Tja.", "Dat klinkt lastig."),
    ("en", "What do you want from me?", "I hear you."),
])
def test_their_own_word_given_back_or_nothing_told_is_no_formula_finding(lang, prev, said):
    turns = [("employee", prev), ("manager", said), ("employee", "Ja.")]
    assert "formula_reflection" not in [f.code for f in build_scorecard(turns, lang).findings]


@pytest.mark.parametrize(("lang", "said", "summary"), [
    ("nl", "Ik wil meer ruimte en minder overleg.",
     "Als ik het samenvat: je wilt meer ruimte en minder overleg. Heb ik iets belangrijks gemist?"),
    ("nl", "Ik wil meer ruimte en minder overleg.",
     "Dus meer ruimte en minder overleg. Zeg ik het zo goed?"),
    ("en", "I want more room and fewer meetings.",
     "Let me check I've got this: you want more room and fewer meetings. Is that a fair picture?"),
    ("en", "I want more room and fewer meetings.",
     "So, more room and fewer meetings. Did I miss anything important?"),
])
def test_checking_a_summary_is_no_closed_question_finding(lang, said, summary):
    card = build_scorecard([("employee", said), ("manager", summary)], language=lang)
    assert not [f for f in card.findings if f.code == "closed_question"]
