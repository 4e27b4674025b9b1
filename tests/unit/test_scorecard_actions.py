"""Agreed actions: an own concrete step, the manager's step, a joint step and a date, nl and en."""

import pytest

from simulator.scoring import build_scorecard

ASK = {"nl": "Wat neem jij je zelf voor als eerste stap, de komende twee weken?",
       "en": "What would you like to take on yourself as a first step in the next two weeks?"}


def _actions(turns, lang):
    return build_scorecard(turns, language=lang).actions


@pytest.mark.parametrize(("lang", "reply"), [
    ("nl", "Ik zet zelf de ad-hocverzoeken een week lang op een rij."),
    ("nl", "ik vraag Bas of hij de storingsdienst met me wil ruilen"),
    ("nl", "Mijn eerste stap is een gesprek met HR over de opleiding architectuur."),
    ("en", "I'll keep a list of the ad-hoc requests for a week."),
    ("en", "i'm going to ask Bas to swap the on-call weekend with me"),
])
def test_an_own_concrete_step_in_reply_counts(lang, reply):
    turns = [("manager", ASK[lang]), ("employee", reply)]
    assert _actions(turns, lang).employee is True


@pytest.mark.parametrize(("lang", "reply"), [
    ("nl", "Ik ga meteen aan mijn actie beginnen."),
    ("nl", "Even denken."),
    ("nl", "Ik weet het nog niet, ik ga er eens over nadenken."),
    ("en", "I'll start on my action right away."),
    ("en", "I'll think about it."),
    ("en", "Not sure yet."),
])
def test_a_vague_phrase_is_no_employee_action(lang, reply):
    turns = [("manager", ASK[lang]), ("employee", reply)]
    assert _actions(turns, lang).employee is False


def test_a_closing_line_without_an_agreed_step_is_no_action():
    turns = [
        ("manager", "Loopt alles nog?"), ("employee", "Ja."),
        ("manager", "Oké, dan laten we het hierbij. Ben je verder tevreden?"),
        ("employee", "Goed. Dan ga ik meteen aan mijn actie beginnen."),
    ]
    assert _actions(turns, "nl").model_dump() == {
        "employee": False, "manager": False, "together": False, "follow_up": False}


@pytest.mark.parametrize(("lang", "proposal", "reply", "expected"), [
    ("nl", "Zou jij de ad-hocverzoeken een week willen bijhouden?", "Ja, dat doe ik.", True),
    ("nl", "Zou jij de ad-hocverzoeken een week willen bijhouden?", "Nee, liever niet.", False),
    ("en", "Would you be willing to keep a list of the ad-hoc requests?", "Sure, will do.", True),
    ("en", "Would you be willing to keep a list of the ad-hoc requests?", "Maybe.", False),
])
def test_a_proposed_step_counts_once_accepted(lang, proposal, reply, expected):
    turns = [("manager", proposal), ("employee", reply)]
    assert _actions(turns, lang).employee is expected


@pytest.mark.parametrize(("lang", "turn", "together", "follow_up"), [
    ("nl", "Zullen we samen de verzoeken van marketing via het bord laten lopen, en dat samen "
           "bij de refinement voorstellen?", True, False),
    ("nl", "Zullen we over drie weken, op donderdag de 14e, kijken hoe het staat?", False, True),
    ("nl", "Spreken we af dat we over een maand weer zitten?", False, True),
    ("en", "Shall we put the marketing requests on the board together?", True, False),
    ("en", "Shall we meet again in three weeks, on Thursday the 14th, to see where we are?",
     False, True),
    # A step proposed together with a date is the moment to come back, in whatever words.
    ("nl", "Zullen we over twee weken kijken wat het heeft opgeleverd?", False, True),
    ("en", "Shall we see in two weeks what it has brought?", False, True),
])
def test_joint_proposals_count_and_raise_no_closed_question(lang, turn, together, follow_up):
    turns = [("manager", turn), ("employee", "Ja, prima." if lang == "nl" else "Yes, fine.")]
    card = build_scorecard(turns, language=lang)
    assert card.actions.together is together
    assert card.actions.follow_up is follow_up
    assert card.actions.manager is False  # a joint step is not the manager's own step
    assert card.metrics.closed_questions == 0
    assert not [f for f in card.findings if f.code == "closed_question"]


def test_a_declined_joint_proposal_is_not_agreed():
    turns = [("manager", "Zullen we samen je ontwikkelplan opstellen?"),
             ("employee", "Nee, liever niet.")]
    assert _actions(turns, "nl").together is False


@pytest.mark.parametrize(("lang", "step"), [
    ("nl", "Mooi. Mijn stap: ik zet onze één-op-één vast in de agenda en verschuif hem niet meer."),
    ("nl", "Ik zorg dat onze één-op-één elke twee weken vaststaat en ik verschuif hem niet meer"),
    ("en", "My step: I'll book our one-to-ones for the next three months and I won't move them."),
])
def test_the_managers_own_step_counts_whichever_layer_found_it(lang, step):
    # The coder's commitment, from a rule or from the model, in a sentence where the manager
    # speaks of themself: the manager's action on the card.
    turns = [("manager", ASK[lang]), ("employee", "Oké."), ("manager", step),
             ("employee", "Goed." if lang == "nl" else "Good.")]
    assert _actions(turns, lang).manager is True


def test_their_wish_to_decide_together_given_back_is_no_joint_action():
    turns = [("employee", "Ik wil gewoon dat we samen kiezen wat er af mag."),
             ("manager", "Dat is een terechte. Ik gooi het over de schutting en zeg nooit wat er "
                         "af mag. En jij wil dat we samen kiezen."),
             ("employee", "Ja. Precies.")]
    assert not build_scorecard(turns, language="nl").actions.together


def test_a_joint_step_offered_and_taken_is_a_joint_action():
    turns = [("employee", "Ik wil gewoon dat we samen kiezen wat er af mag."),
             ("manager", "Zullen we maandag samen de lijst doorlopen en kiezen wat er af gaat?"),
             ("employee", "Ja, graag.")]
    assert build_scorecard(turns, language="nl").actions.together


def test_their_wish_given_back_and_taken_up_is_a_joint_action():
    turns = [("employee", "Ik wil gewoon dat we samen kiezen wat er af mag."),
             ("manager", "Je wilt samen kiezen, dan gaan we dat samen doen."),
             ("employee", "Ja, graag.")]
    assert build_scorecard(turns, language="nl").actions.together


@pytest.mark.parametrize(("lang", "step", "counts"), [
    ("nl", "Ik ga donderdag naar de directie met de lijst van roosterwijzigingen.", True),
    ("nl", "Maandag stap ik naar het MT met jouw voorstel.", True),
    ("en", "I'm going to the directors on Thursday with the list of rota changes.", True),
    # Where the manager will be on a date is no step of theirs.
    ("nl", "Ik ga volgende week op vakantie.", False),
    ("en", "I'll be on holiday next week.", False),
])
def test_a_dated_step_of_the_managers_own_counts(lang, step, counts):
    turns = [("manager", ASK[lang]), ("employee", "Oké." if lang == "nl" else "Okay."),
             ("manager", step), ("employee", "Goed." if lang == "nl" else "Good.")]
    assert _actions(turns, lang).manager is counts


@pytest.mark.parametrize(("lang", "turn"), [
    ("en", "Thanks for sharing that with me. Let's keep the conversation going and check in "
           "again soon."),
    ("nl", "Dank je. Laten we er binnenkort weer eens over praten."),
])
def test_a_vague_soon_agrees_nothing(lang, turn):
    turns = [("employee", "Ik wil meer ruimte." if lang == "nl" else "I want more room."),
             ("manager", turn), ("employee", "Oké." if lang == "nl" else "Okay.")]
    actions = _actions(turns, lang)
    assert not actions.together and not actions.follow_up


def test_a_dated_meeting_to_see_how_it_goes_is_a_follow_up():
    turns = [("manager", "Let's sit down again on Thursday the 14th to see how it goes."),
             ("employee", "Yes, fine.")]
    assert _actions(turns, "en").follow_up is True
