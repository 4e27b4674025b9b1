"""The offline employee follows the question's content and the last reply's topic, and
meets reproaches and promises coolly (round 4 review)."""

import pytest
from offline_helpers import OPENING, Talk

YVONNE = "ongeziene-verpleegkundige"


def fact_lines(talk: Talk, fact_id: str) -> list[str]:
    """The fact's own lines and those of its deeper layers: a follow-up may reach either."""
    fact = talk.persona.fact(fact_id)
    return [*fact.lines, *(line for layer in fact.layers for line in layer.lines)]


def test_a_question_naming_a_shared_fact_deepens_it_whatever_its_theme():
    talk = Talk()
    talk.say(OPENING)
    talk.director.state.trust = 0.6
    talk.say("Wat maakt je werkweek leuk?")
    talk.say("Wat geeft je nog meer energie?")
    assert "joris-begeleiden" in talk.director.revealed
    # Worded as a meaning question, but it is about Joris: more of Joris, not Betaalzorg.
    reply = talk.say("Waarom is het coachen van Joris voor jou zo waardevol?")
    assert talk.decision.focus == "joris-begeleiden" and talk.decision.reveal is None
    assert "Betaalzorg" not in reply and "betaalzorg" not in talk.director.revealed
    assert any(line in reply for line in fact_lines(talk, "joris-begeleiden")) or any(
        line in reply for line in talk.persona.lines.open["energy"]
    ), reply


def test_a_question_naming_a_hidden_fact_reveals_that_fact():
    talk = Talk()
    talk.say(OPENING)
    talk.director.state.trust = 0.5
    reply = talk.say("Hoe betekenisvol is het begeleiden van Joris voor jou?")
    assert talk.decision.reveal is not None and talk.decision.reveal.id == "joris-begeleiden"
    assert "Betaalzorg" not in reply


def test_a_disclosure_never_tells_the_same_fact_twice():
    talk = Talk()
    talk.say("Hoi Sanne.")
    talk.director.state.trust = 0.8
    reply = talk.say("Op welke momenten merk je dat je hier gewaardeerd wordt?")
    assert talk.decision.reveal is not None
    lines = fact_lines(talk, talk.decision.reveal.id)
    assert sum(line in reply for line in lines) == 1, reply


def test_a_reflection_continues_the_topic_of_the_last_reply():
    talk = Talk("overlooked-lead")
    talk.say("Hi Priya, thanks for coming.")
    talk.director.state.trust = 0.8
    talk.say("What could I do differently as your manager?")
    shared = talk.decision.reveal
    assert shared is not None and shared.theme == "manager"
    # A reflection that gives back what she said (the roadmap session, keeping quiet since).
    reply = talk.say("So when you raised the research findings in the roadmap session, I moved "
                     "on in front of the PMs, and you've kept quiet since.")
    assert talk.decision.focus == shared.id and talk.decision.reveal is None
    assert "Research Thursdays" not in reply
    # An acknowledgement, then more on the roadmap story or the manager theme, nothing else.
    lines = talk.persona.lines
    acks = [*lines.reactions["reflection"], *lines.shrug, *lines.confirm]
    ack = [r for r in acks if reply.startswith(r)]
    rest = reply[len(ack[0]) :] if ack else reply
    assert rest.strip() and talk.contains_only(rest, "manager"), reply


def test_gossip_and_reproaches_get_a_cool_reaction_never_a_fact():
    for text in (
        "Collega's zeggen dat je na je dienst altijd meteen vertrekt. Hoe zit dat?",
        "Hoe kan het dat jouw verslagen altijd te laat zijn?",
        "Ik hoor van collega's dat je in het overleg nooit meer wat zegt. Waarom?",
    ):
        talk = Talk(YVONNE)
        talk.say("Hoi Yvonne.")
        talk.director.state.trust = 0.6  # even warm: a reproach gets no disclosure
        reply = talk.say(text)
        cool = [*talk.persona.lines.reactions["appraisal"], *talk.persona.lines.hostile]
        assert talk.decision.reveal is None, (text, reply)
        assert any(reply.startswith(line) for line in cool), (text, reply)


def test_a_promise_without_beloof_gets_scepticism_never_agreement():
    for text in (
        "Ik zorg ervoor dat je vanaf januari geen invaldiensten meer hebt, echt. Afgesproken?",
        "Ik zal ervoor zorgen dat je die CCU-opleiding krijgt, dat regel ik wel.",
        "Dat beloof ik je. Goed?",
    ):
        talk = Talk(YVONNE)
        talk.say("Hoi Yvonne.")
        talk.director.state.trust = 0.6
        reply = talk.say(text)
        assert "promise" in talk.decision.codes and "commitment" not in talk.decision.codes
        assert not talk.decision.proposal
        assert reply in talk.persona.lines.reactions["promise"], (text, reply)
        assert "Afgesproken" not in reply


def test_a_reaction_presupposing_criticism_waits_for_a_criticism():
    talk = Talk(YVONNE)
    talk.say("Hoi Yvonne.")
    replies = [
        talk.say(text)
        for text in (
            "Ja maar, dat valt toch wel mee?",
            "Nou, dat is ook niet helemaal eerlijk van je.",
            "Daar ben ik het niet mee eens, hoor.",
            "Dat ligt toch niet aan mij?",
        )
    ]
    assert talk.director.revealed == []
    assert not any("aan te vallen" in reply for reply in replies), replies


def test_a_follow_up_on_a_lukewarm_word_explores_what_weighs():
    talk = Talk(YVONNE)
    talk.say("Hoi Yvonne.")
    talk.director.state.trust = 0.35
    reply = talk.say("Wat maakt dat het voor jou maar 'gaat wel' is?")
    assert talk.decision.theme == "obstacles", talk.decision
    positive = talk.lines_of("energy") | talk.lines_of("meaning")
    assert not any(line in reply for line in positive), reply


def test_an_announced_leave_question_is_answered_not_agreed_to():
    for text in (
        "Ik vraag het je gewoon: denk je erover om te vertrekken?",
        "Ik ga het maar eerlijk vragen: zit je aan weggaan te denken?",
    ):
        talk = Talk(YVONNE)
        talk.say("Hoi Yvonne.")
        reply = talk.say(text)
        assert "commitment" not in talk.decision.codes and not talk.decision.proposal
        assert reply not in talk.persona.lines.reactions["commitment"], reply
        # Low trust: guarded about leaving, not a yes and not the secret.
        assert talk.decision.reveal is None
        assert reply in talk.persona.lines.guarded["leave"], (text, reply)


def test_tell_me_more_deepens_the_story_just_told_not_another_fact():
    talk = Talk("overlooked-lead")
    talk.say("Hi Priya.")
    talk.director.state.trust = 0.8
    talk.say("What could I do differently as your manager?")
    shared = talk.decision.reveal
    assert shared is not None
    for text in ("Could you say a bit more about that?", "How do you mean?"):
        before = talk.director.revealed
        reply = talk.say(text)
        assert talk.director.revealed == before, (text, reply)
        assert talk.contains_only(reply, shared.theme), (text, reply)
    assert shared.lines[1] in " ".join(talk.actor.spoken)


def test_a_reflection_of_a_burden_is_not_answered_with_what_gives_energy():
    talk = Talk("overlooked-lead")
    talk.say("Hi Priya.")
    talk.director.state.trust = 0.6
    talk.say("What do you look forward to most in a working day?")
    talk.say("Are you busy this week?")
    reply = talk.say("It sounds like something about it still bothers you.")
    upbeat = talk.lines_of("energy") | talk.lines_of("meaning")
    assert not any(line in reply for line in upbeat), reply
    assert talk.decision.reveal is None or talk.decision.reveal.theme not in ("energy", "meaning")


def test_a_told_fact_is_not_told_again_in_other_words():
    # Jeroen's two lines on his brother-in-law tell one event twice ("Mijn zwager begint voor
    # zichzelf" / "Mijn zwager gaat voor zichzelf beginnen"): after the first, a follow-up
    # hears more of it or something else, never the same event as if new.
    talk = Talk("monteur-na-reorganisatie")
    talk.say("Hoi Jeroen, fijn dat je er bent.")
    talk.director.state.trust = 1.0
    fact = talk.persona.fact("zwager-eigen-bedrijf")
    for text in ("Wat zou er moeten gebeuren waardoor je overweegt om hier weg te gaan?",
                 "Kun je daar meer over vertellen?", "Wat maakt dat je erover twijfelt?",
                 "Vertel eens meer over je zwager en dat bedrijf."):
        talk.say(text)
    spoken = talk.actor.spoken
    assert fact.lines[0] in spoken or fact.lines[1] in spoken
    assert not (fact.lines[0] in spoken and fact.lines[1] in spoken), spoken


@pytest.mark.parametrize("step", [
    "I'll talk to the PMs and get back to you.", "I'll look into it and come back to you.",
    "I'll raise it with the leadership team.", "Let me find out what's possible.",
    "I'll check with HR what the options are.", "I'll put something in the diary.",
])
def test_only_a_dated_step_is_called_concrete(step):
    talk = Talk("overlooked-lead")
    talk.say("Hi Priya.")
    talk.director.state.trust = 0.8
    talk.say("What could I do differently as your manager?")
    reply = talk.say(step)
    assert "concrete" not in reply.lower(), reply
