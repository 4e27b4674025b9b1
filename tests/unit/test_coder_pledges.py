"""An outcome the manager does not control, vowed, is a hollow promise and never the manager's
own step; asking, raising or fetching something about it is a step. Lines from a play-test."""

import pytest

from simulator.scoring import build_scorecard, code_utterance


@pytest.mark.parametrize(("lang", "prev", "text"), [
    ("en", "Let's get through Q3 first.", "Great. So you keep doing what you're doing, and "
     "I'll sort the promotion."),
    ("en", "No, it's okay.", "Haha fair. But seriously is money an issue? Because I can get you "
     "a 10% raise next cycle, I'll push it through myself"),
    ("en", None, "I'll sort the promotion."),
    ("nl", "Ik weet niet of ik hier nog verder kan groeien.",
     "Ik geef je die vaste aanstelling, echt."),
])
def test_a_vowed_outcome_is_a_promise_and_no_step(lang, prev, text):
    coded = code_utterance(text, lang, prev)
    assert "promise" in coded.codes, coded.codes
    promised = [e for e in coded.evidence if e.code == "promise"]
    assert all(e.span == text[e.start:e.end] for e in promised)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'll get you the team lead job description by Monday and we'll go through it "
     "together."),
    ("en", "I'll ask HR how your salary compares and come back to you on Friday."),
    ("nl", "Ik regel een gesprek met HR over je salaris, en ik kom vrijdag bij je terug."),
])
def test_a_step_about_pay_or_a_role_is_no_promise(lang, text):
    assert "promise" not in code_utterance(text, lang).codes


def test_a_promised_promotion_ticks_no_action_of_the_managers_own():
    turns = [("employee", "Let's get through Q3 first."),
             ("manager", "Great. So you keep doing what you're doing, and I'll sort the "
                         "promotion."),
             ("employee", "Okay.")]
    card = build_scorecard(turns, language="en")
    assert card.actions is not None and not card.actions.manager


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ik ga die promotie voor je regelen."),
    ("nl", "Ik kan je een opslag geven."),
    ("nl", "Ik maak je teamleider."),
    ("en", "I'll push your promotion through myself."),
])
def test_a_vowed_outcome_in_other_shapes_is_a_promise(lang, text):
    assert "promise" in code_utterance(text, lang).codes


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ik geef je geen promotie, dat ligt niet bij mij."),
    ("en", "I'll give you the budget for the team outing."),
    ("en", "I'll give you the contract on Monday so you can read it."),
    ("nl", "Ik bezorg je het contract voor vrijdag, dan kun je het lezen."),
])
def test_what_is_the_managers_to_give_or_refuse_is_no_pledge(lang, text):
    from simulator.scoring.acts import acts_in

    assert not acts_in(text, lang, ("pledge",))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'll get you the promotion criteria by Friday."),
    ("en", "You'll get the salary bands for your role from me tomorrow."),
    ("en", "You'll have the bonus scheme in your inbox next week."),
    ("en", "I'll make sure you get the minutes of the pay review by Monday."),
    ("nl", "Ik zorg dat je vrijdag de promotiecriteria hebt."),
    ("nl", "Je krijgt volgende week de procedure voor een vast contract van me."),
    ("nl", "Morgen heb je de salarisschalen van me."),
])
def test_the_papers_about_an_outcome_handed_over_are_a_step_and_no_promise(lang, text):
    """What is written about a raise or a promotion (the criteria, the pay bands, the
    procedure) is the manager's to hand over; with a date it is their own step."""
    codes = code_utterance(text, lang).codes
    assert "promise" not in codes, codes
    assert "commitment" in codes, codes


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "You'll get the promotion next year, I'm sure of it."),
    ("en", "I'll make sure you get the raise."),
    ("nl", "Je krijgt volgend jaar die opslag, echt."),
    ("nl", "Ik zorg dat je die promotie krijgt."),
    # A good ending vowed, at the end of a longer turn.
    ("nl", "Goed. Dan spreken we af dat jij in de stand-ups wat meer van je laat horen. Ik zorg "
           "er in elk geval voor dat het allemaal goedkomt, dat beloof ik je."),
])
def test_the_outcome_itself_stays_a_promise(lang, text):
    assert "promise" in code_utterance(text, lang).codes
