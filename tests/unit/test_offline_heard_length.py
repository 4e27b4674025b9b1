"""An employee who feels heard talks more: a story told to a manager who listened comes at
spoken length, a guarded or unheard one stays short."""

from offline_helpers import OPENING, Talk

from simulator.engine.offline import OfflineActor
from simulator.engine.reply import HEARD_MAX_WORDS
from simulator.library import load_library

STORAGE = "Wat staat goed werk op dit moment het meest in de weg?"
# Sanne's own words about the on-call rota given back, as a responsive manager would.
STORAGE_HEARD = (
    "Sinds Bas weg is draai jij om de week storingsdienst, vorige maand drie weekenden, en je "
    "dochter vraagt of je laptop mee moet naar oma."
)


def _told_storage(trust: float) -> Talk:
    talk = Talk(session_key="heard")
    talk.say(OPENING)
    talk.director.state.trust = trust
    talk.say(STORAGE)
    assert talk.decision.reveal is not None and talk.decision.reveal.id == "storingsdienst"
    return talk


def test_a_layer_told_to_a_manager_who_listened_comes_whole_at_spoken_length():
    talk = _told_storage(0.8)
    reply = talk.say(STORAGE_HEARD)
    layer = talk.persona.fact("storingsdienst").layers[0]
    assert talk.decision.layer == layer and talk.decision.listening == "accurate"
    # Both of the layer's lines: the feeling and what it means, not one short sentence.
    assert all(line in reply for line in layer.lines), reply
    assert 30 <= len(reply.split()) <= HEARD_MAX_WORDS


def test_a_formula_gets_no_more_of_the_story_and_a_short_answer():
    talk = _told_storage(0.8)
    reply = talk.say("Dat klinkt alsof dat belangrijk voor je is.")
    assert talk.decision.layer is None and talk.decision.reveal is None
    assert len(reply.split()) <= 12, reply


def test_a_guarded_employee_stays_short():
    talk = Talk(session_key="heard")
    talk.say(OPENING)
    talk.director.state.trust = 0.1
    reply = talk.say(STORAGE)
    assert talk.decision.reveal is None
    assert len(reply.split()) <= 15, reply


def _layer_reply(
    persona_id: str, fact_id: str, depth: int, seed: str = "seed"
) -> tuple[list[str], list[str]]:
    """The lines of a reply that tells one layer to a manager who listened."""
    from simulator.engine.decision import Decision
    from simulator.engine.reply import Reply

    persona = load_library(include_user=False).personas[persona_id]
    layer = persona.fact(fact_id).layers[depth]
    actor = OfflineActor(persona, session_key="layer")
    decision = Decision(
        reaction=None, reveal=None, theme=None, closed=False, closing=False, small_talk=False,
        trust=1.0, listening="accurate",
    )
    reply = Reply(persona, decision, "…", seed, actor._pick, actor.used, actor.spoken)  # noqa: SLF001
    assert reply.layer(layer)
    return reply.parts, layer.lines


def test_a_layer_s_two_lines_come_in_their_written_order():
    for seed in "abcdefgh":  # whichever line the seed picks first
        parts, lines = _layer_reply("sanne-de-vries", "storingsdienst", 0, seed)
        assert parts == lines


def test_a_detail_told_in_two_ways_is_told_once():
    # "Volgende week donderdag zit ik bij de bank" and "Ik heb donderdag een afspraak bij de
    # bank": one detail, so one line, however much the employee trusts the manager.
    parts, lines = _layer_reply("jeroen-kuipers", "zwager-eigen-bedrijf", 1)
    assert len(parts) == 1 and parts[0] in lines
