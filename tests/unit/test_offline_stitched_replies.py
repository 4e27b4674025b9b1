"""The review's stitched replies (monteur-na-reorganisatie): each one coherent reply now."""

from engine_helpers import Coded
from offline_helpers import Talk, pieces

MONTEUR = "monteur-na-reorganisatie"
HELLO = "Hoi Jeroen, fijn dat je er bent."


def test_a_closed_question_on_the_team_gets_one_coherent_reply():
    talk = Talk(MONTEUR)
    talk.say(HELLO)
    reply = talk.say("Heb je het naar je zin in het team?")
    lines = talk.persona.lines
    assert len(pieces(talk, reply)) == 1, reply
    assert reply in lines.short_yes + lines.guarded["energy"] + lines.reactions["closed_question"]
    # After a reproach the reaction is the whole answer, not a reaction plus an energy line.
    talk.say("Ja maar, dat valt toch wel mee? Iedereen moet wennen aan de nieuwe planning.")
    reply = talk.say("Heb je het verder nog naar je zin in het team?")
    assert len(pieces(talk, reply)) == 1, reply
    assert reply not in lines.guarded["energy"] + lines.open["energy"], reply


def test_a_closed_question_without_a_theme_is_not_answered_with_the_last_theme():
    talk = Talk(MONTEUR)
    talk.say(HELLO)
    talk.say("Waar krijg je energie van in je werk?")
    reply = talk.say("Je kan ook wat positiever zijn, hoor. Is er verder nog iets?")
    assert len(pieces(talk, reply)) == 1, reply
    assert not talk.contains_only(reply, "energy"), reply
    assert talk.decision.theme is None


def test_a_promise_of_a_raise_gets_the_money_line_and_stays_cool():
    talk = Talk(MONTEUR)
    talk.say(HELLO)
    before = talk.director.trust
    reply = talk.say("ik zorg dat je volgend jaar opslag krijgt. Blijf je dan?")
    assert reply == "Het gaat mij niet om geld, dat snap je toch wel?"
    assert talk.director.trust < before


def test_a_promise_without_money_gets_another_sceptical_line_and_nothing_after_it():
    talk = Talk(MONTEUR)
    talk.say(HELLO)
    reply = talk.say("Ik beloof je dat de planning volgende maand goed is. Oké?")
    assert reply in talk.persona.lines.reactions["promise"], reply
    assert "geld" not in reply


def test_do_you_agree_gets_a_fitting_reply_not_a_fact_fragment():
    cool, warm = Talk(MONTEUR), Talk(MONTEUR)
    for talk in (cool, warm):
        talk.say(HELLO)
        talk.say("Welke belemmeringen staan goed werk in de weg?")
    warm.director.state.trust = 0.8
    cool_reply = cool.say("Ben je het met me eens?")
    assert cool_reply in cool.persona.lines.filler, cool_reply
    assert "Ga door" not in cool_reply and cool.decision.theme is None
    warm_reply = warm.say("Ben je het met me eens?")
    assert warm_reply in warm.persona.lines.short_yes + warm.persona.lines.reactions["reflection"]
    assert not warm_reply.lower().startswith("nee")


def test_an_imposed_target_gets_a_cool_reaction_and_costs_trust():
    talk = Talk(MONTEUR)
    talk.say(HELLO)
    talk.director.state.trust = 0.5
    reply = talk.say("Goed, dan spreken we af dat jij je cijfers omhoog krijgt. Succes.")
    # A reproach at low trust is answered in kind (hostile), else with the cool reaction.
    assert reply in [*talk.persona.lines.reactions["appraisal"], *talk.persona.lines.hostile], reply
    assert "concreet" not in reply
    assert talk.director.trust < 0.5
    assert talk.decision.reaction == "appraisal"


def test_an_imposed_target_in_english_is_read_as_appraisal():
    talk = Talk("overlooked-lead")
    talk.say("Hi Priya, thanks for making the time.")
    talk.say("So we agree that you'll get your numbers up next quarter.")
    assert talk.decision.reaction == "appraisal"


def test_a_commitment_to_what_the_employee_asked_for_is_acknowledged_not_asked_again():
    ride = "Ik neem zelf de actie om volgende week dinsdag een dag met je mee te rijden in de bus."
    for codes in (None, ["reflection", "commitment"], ["commitment"]):
        talk = Talk(MONTEUR)
        talk.say(HELLO)
        talk.director.state.trust = 0.9
        asked = talk.say("Wat is één ding dat ik als leidinggevende anders kan doen?")
        assert "mee" in asked  # "Rij eens een dag mee."
        if codes is None:
            reply = talk.say(ride)
        else:
            coded = Coded(text=ride, codes=codes, themes=["manager"])
            reply = talk.actor.compose(talk.director.step(coded), ride)
        assert reply in talk.persona.lines.reactions["commitment"], (codes, reply)
        assert "Rij" not in reply


def test_a_three_part_proposal_gets_a_reaction_to_the_proposal():
    talk = Talk(MONTEUR)
    talk.say(HELLO)
    talk.director.state.trust = 0.7
    reply = talk.say(
        "Zullen we het zo doen: jij belt Kees over de voorraad, ik rij dinsdag met je mee, en "
        "samen gaan we met de planner om tafel?"
    )
    lines = talk.persona.lines
    assert reply in lines.reactions["commitment"] + lines.short_yes, reply
    assert len(pieces(talk, reply)) == 1

