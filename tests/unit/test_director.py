"""The director: trust moves, disclosures, difficulty, determinism and saved state."""

import json

import pytest
from engine_helpers import Coded, closed, open_q, persona, reflect, scenario

from simulator.engine.director import DIFFICULTY, Director
from simulator.scoring import code_utterance


def director(difficulty: str = "medium", **traits) -> Director:
    return Director(persona(**traits), scenario(difficulty))


def test_start_trust_follows_difficulty_and_traits():
    easy, medium, hard = (director(d).trust for d in ("easy", "medium", "hard"))
    assert easy > medium > hard
    assert director(openness=0.9).trust > director(openness=0.1).trust
    assert director(sensitivity=0.9).trust < director(sensitivity=0.1).trust


def test_open_question_on_a_theme_reveals_its_least_guarded_fact():
    d = director()
    decision = d.step(open_q("energy"))
    assert decision.reveal is not None and decision.reveal.id == "energy-low"
    assert decision.theme == "energy"
    assert d.revealed == ["energy-low"]
    assert decision.revealed_ids == ("energy-low",)


def test_at_most_one_new_fact_per_turn():
    d = director("easy", openness=1.0)
    d.state.trust = 1.0
    decision = d.step(
        Coded("Wat geeft energie en waar wil je groeien?", ["open_question"], ["energy", "growth"])
    )
    assert decision.reveal is not None
    assert len(d.revealed) == 1


def test_no_fact_without_exploring_its_theme():
    d = director()
    d.state.trust = 1.0
    decision = d.step(open_q("growth"))
    assert decision.reveal is not None and decision.reveal.theme == "growth"
    # Asking about energy never hands over the leave fact, however high trust is.
    for _ in range(5):
        d.step(open_q("energy"))
    assert "leave" not in d.revealed


def test_no_fact_before_trust_reaches_its_level():
    d = director()
    d.state.trust = 0.3
    decision = d.step(Coded("Zou je weg willen?", [], ["leave"]))
    assert decision.reveal is None
    assert "leave" not in d.revealed


SAID = "Ik ben eigenlijk best moe van al die weekenddiensten achter elkaar."


def test_reflection_earns_more_trust_than_an_open_question():
    a, b = director(), director()
    a.step(Coded("Het klinkt alsof die weekenddiensten je moe maken.", ["reflection"], []), SAID)
    b.step(Coded("Wat nog meer?", ["open_question"], []), SAID)
    assert a.trust > b.trust > director().trust


def test_listening_quality_decides_what_a_reflection_earns():
    accurate, own, generic = director(), director(), director()
    accurate.step(Coded("Dus die weekenddiensten achter elkaar maken je moe.", ["reflection"],
                        []), SAID)
    # Their meaning in the manager's own words: no word of theirs to check it against, so it
    # earns a little less than their words given back, and far more than a formula.
    own.step(Coded("Je zit er eigenlijk helemaal doorheen.", ["reflection"], []), SAID)
    generic.step(Coded("Dat klinkt alsof dat belangrijk voor je is.", ["reflection"], []), SAID)
    start = director().trust
    assert accurate.trust > own.trust > generic.trust > start


def test_a_summary_of_things_they_never_said_costs_trust():
    wrong, empty = director(), director()
    wrong.step(Coded("Als ik het samenvat: je baalt van de koffieautomaat en de parkeerplaats.",
                     ["reflection"], []), SAID)
    empty.step(Coded("Als ik het samenvat: er gaat veel goed, maar er zijn ook dingen die beter "
                     "kunnen.", ["reflection"], []), SAID)
    start = director().trust
    assert empty.trust > start > wrong.trust


def test_their_own_words_given_back_without_a_code_are_heard_as_a_reflection():
    # The coder may see no act in a bare statement of what they said; the director hears it.
    bare, reflected, other = director(), director(), director()
    bare.step(Coded("Al die weekenddiensten achter elkaar, en je bent moe.", [], []), SAID)
    reflected.step(Coded("Dus die weekenddiensten achter elkaar maken je moe.", ["reflection"],
                         []), SAID)
    other.step(Coded("De planning voor december komt vrijdag.", [], []), SAID)
    assert bare.trust == reflected.trust > other.trust


def test_a_follow_up_on_their_words_earns_more_than_a_new_topic():
    follow, jump = director(), director()
    follow.step(Coded("Wat maken die weekenddiensten zo zwaar?", ["open_question"], []), SAID)
    jump.step(Coded("Wat vind je van de nieuwe werkplekken?", ["open_question"], []), SAID)
    assert follow.trust > jump.trust > director().trust


@pytest.mark.parametrize("code", ["defensive", "appraisal", "promise", "advice"])
def test_poor_practice_lowers_trust_scaled_by_sensitivity(code):
    thick, thin = director(sensitivity=0.1), director(sensitivity=0.9)
    thick.state.trust = thin.state.trust = 0.5
    decision = thin.step(Coded("...", [code], []))
    thick.step(Coded("...", [code], []))
    assert decision.reaction == code
    assert thin.trust < thick.trust < 0.5


def test_negative_reaction_comes_before_a_positive_one():
    d = director()
    decision = d.step(Coded("Ja maar ... het klinkt alsof", ["defensive", "reflection"], []))
    assert decision.reaction == "defensive"


def test_a_streak_of_closed_questions_costs_trust():
    d = director()
    start = d.trust
    first = d.step(closed())
    assert d.trust == pytest.approx(start)
    assert first.closed and first.reaction == "closed_question"
    d.step(closed())
    d.step(closed())
    assert d.trust < start - 0.05
    # An open question ends the streak.
    d.step(open_q())
    level = d.trust
    d.step(closed())
    assert d.trust == pytest.approx(level)


def test_reflection_unlocks_the_theme_of_a_recent_open_question():
    d = director()
    d.state.trust = 0.3
    first = d.step(open_q("growth"))  # growth needs 0.4; trust is now 0.36
    assert first.reveal is None
    said = "Ja, ik wil wel verder, maar ik weet niet zo goed waar naartoe."
    second = d.step(reflect(text="Je wilt verder, maar je weet nog niet waar naartoe."), said)
    assert second.reveal is not None and second.reveal.id == "growth"


def test_a_closed_question_on_a_theme_needs_a_margin():
    d = director()
    d.state.trust = 0.45
    assert d.step(closed("growth", text="Wil je groeien?")).reveal is None  # 0.4 + 0.15
    d.state.trust = 0.6
    assert d.step(closed("growth", text="Wil je groeien?")).reveal is not None


def test_hard_hides_facts_behind_more_trust():
    facts = persona().facts
    hard, easy = director("hard"), director("easy")
    assert all(hard.threshold(f) > easy.threshold(f) for f in facts)
    assert DIFFICULTY["hard"].sensitivity > DIFFICULTY["easy"].sensitivity


def test_difficulty_changes_what_the_same_turns_reveal():
    script = [open_q("energy"), reflect("energy"), open_q("growth"), open_q("leave")]
    revealed = {}
    for level in ("easy", "medium", "hard"):
        d = director(level)
        for turn in script:
            d.step(turn)
        revealed[level] = len(d.revealed)
    assert revealed["easy"] > revealed["hard"]
    assert revealed["easy"] >= revealed["medium"] >= revealed["hard"]


def test_closing_and_small_talk():
    d = director()
    assert d.step(Coded("Hoi! Hoe was je weekend?", [], [])).small_talk
    wrap = d.step(Coded("Dank je wel voor het gesprek, tot dan.", ["affirmation"], []))
    assert wrap.closing
    question = d.step(Coded("Bedankt voor je eerlijkheid. Wat mis ik nog?", ["open_question"], []))
    assert not question.closing


def test_same_turns_same_decisions():
    script = [open_q("energy"), closed(), Coded("Ja maar", ["defensive"], []), reflect("growth")]
    runs = []
    for _ in range(2):
        d = director()
        runs.append([d.step(turn).as_dict() for turn in script])
    assert runs[0] == runs[1]


def test_state_round_trips_through_json():
    d = director()
    d.step(open_q("energy"))
    d.step(open_q("growth"))
    saved = json.loads(json.dumps(d.to_state()))
    restored = Director.from_state(d.persona, d.scenario, saved)
    assert restored.trust == d.trust and restored.revealed == d.revealed
    after = [reflect(), open_q("leave")]
    assert [d.step(t).as_dict() for t in after] == [restored.step(t).as_dict() for t in after]


def test_trust_stays_between_zero_and_one():
    d = director()
    for _ in range(20):
        d.step(Coded("...", ["defensive", "appraisal", "promise"], []))
    assert d.trust == 0.0
    for _ in range(40):
        d.step(Coded("...", ["reflection", "open_question", "affirmation"], []))
    assert d.trust == 1.0


# Round 4: the director reads promises, reproaches and announced questions itself


def test_a_promise_is_a_promise_never_a_proposal():
    # The director reads the coder's codes only: the coder sees the promise.
    for text in (
        "Ik zorg ervoor dat je niet meer hoeft in te vallen, dat beloof ik je. Afgesproken?",
        "Ik zal ervoor zorgen dat je in de stuurgroep komt, dat regel ik wel. Goed?",
        "I'll make sure you never have to cover weekends again. Deal?",
    ):
        d = Director(persona(), scenario())
        decision = d.step(code_utterance(text))
        assert "promise" in decision.codes and "commitment" not in decision.codes, text
        assert not decision.proposal and decision.reaction == "promise", text
        assert d.state.promises == 1


def test_gossip_and_habit_reproaches_are_read_as_appraisal():
    for text in (
        "Ik hoor van collega's dat je altijd als eerste weg bent. Hoe komt dat?",
        "Hoe kan het dat jouw planning altijd achterloopt?",
        "People tell me you never join the stand-up. Why?",
    ):
        d = Director(persona(), scenario())
        d.state.trust = 0.9
        decision = d.step(code_utterance(text))
        assert decision.reaction == "appraisal" and decision.reveal is None, text
        assert d.trust < 0.9
    for kind in ("Je bent altijd welkom, hoor.", "Je kunt altijd bij me terecht.",
                 "You can always come to me."):
        decision = Director(persona(), scenario()).step(code_utterance(kind))
        assert decision.reaction is None, kind


def test_an_announced_question_is_no_commitment():
    d = Director(persona(), scenario())
    decision = d.step(code_utterance("Ik ga het gewoon vragen: denk je erover om weg te gaan?"))
    assert "commitment" not in decision.codes and not decision.proposal
    assert decision.theme == "leave" and decision.closed


def test_a_reflection_opening_with_dus_is_no_summary_to_correct():
    # One thing given back in the manager's own words, after a turn it shares no word with:
    # a reflection, not a summary of everything told that got it wrong.
    from simulator.engine.listening import OWN_WORDS, read_listening
    from simulator.scoring import code_utterance

    said = ("Onze één-op-ééns. Die zijn de laatste maanden vier keer verschoven. Gewoon die "
            "één-op-één laten staan, ook als het druk is.")
    coded = code_utterance("Dus dat ik die gesprekken steeds verzet, zegt jou eigenlijk dat je "
                           "er niet toe doet.", "nl", said)
    heard = read_listening(coded, said, [said])
    assert heard.summary is None and heard.kind == OWN_WORDS


def test_a_turn_that_asks_nothing_tells_nothing_new():
    # "Fijn dat je dat gewoon zegt. Er ligt dus echt een andere deur open, ..." after the
    # recruiter: a turn the coder gave no code, however high trust and whatever theme its words
    # touch, asks for no new story; the employee does not start on another fact.
    d = director()
    d.state.trust = 1.0
    decision = d.step(Coded("Fijn dat je dat gewoon zegt. Er ligt dus echt een andere deur open.",
                            [], ["leave", "energy"]))
    assert decision.reveal is None
    assert d.revealed == []
