"""The prompt, read as the model reads it: the question, its theme and the director's
decision; guarded on an unearned theme; the own step or a hedge by trust."""

import pytest

from simulator.engine.actor import ActorContext

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")


def _prompt_for(turns: list[str], trust: float | None = None) -> str:
    from simulator.engine.director import Director
    from simulator.engine.prompts import system_prompt
    from simulator.library import load_library
    from simulator.scoring import code_utterance

    library = load_library(include_user=False)
    scen = library.scenario("stille-senior")
    per = library.persona_for(scen)
    director = Director(per, scen)
    decision = None
    for n, text in enumerate(turns):
        if trust is not None and n == len(turns) - 1:
            director.state.trust = trust
        decision = director.step(code_utterance(text, "nl", None))
    assert decision is not None
    allowed = [per.fact(i) for i in decision.revealed_ids]
    ctx = ActorContext(per, scen, decision, turns[-1], [], allowed)
    return system_prompt(ctx)


def test_prompt_names_the_question_its_theme_and_the_decision():
    prompt = _prompt_for(
        [
            "Hoi Sanne, fijn dat je tijd maakt.",
            "Het klinkt alsof je daar echt energie uit haalt. Wat in je werk voelt voor jou het "
            "meest betekenisvol?",
        ],
        trust=0.9,
    )
    assert "Wat in je werk voelt voor jou het meest betekenisvol?" in prompt
    assert "what feels meaningful in your work" in prompt
    assert "share it now, in your own words" in prompt
    assert "Betaalzorg" in prompt  # the meaning fact, released this turn
    assert "recruiter" not in prompt.lower()  # the leave fact is not
    for rule in ("never summarise", "never coach", "for the manager", "Dutch", "1 to 4"):
        assert rule in prompt
    assert "Nuchter en precies" in prompt  # the persona's speaking style


def test_prompt_stays_guarded_on_an_unearned_theme():
    prompt = _prompt_for(
        ["Hoi Sanne.", "Wat zou kunnen maken dat je overweegt om weg te gaan?"], trust=0.1
    )
    assert "not ready to open up about what could make you consider leaving" in prompt
    assert "recruiter" not in prompt.lower() and "fintech" not in prompt.lower()


def test_prompt_asks_for_an_own_step_or_a_hedge_by_trust():
    warm = _prompt_for(["Hoi Sanne.", "Wat neem jij je voor als eerste stap?"], trust=0.8)
    cool = _prompt_for(["Hoi Sanne.", "Wat neem jij je voor als eerste stap?"], trust=0.05)
    assert "one concrete first step you will take" in warm
    assert "hedge briefly" in cool and "concrete first step" not in cool


def test_the_prompt_tells_the_model_about_a_money_promise_and_an_opinion_question():
    from simulator.engine.director import Decision
    from simulator.engine.prompts import direction

    money = direction(Decision(
        reaction="promise", reveal=None, theme=None, closed=False, closing=False,
        small_talk=False, trust=0.2, money=True,
    ))
    assert "Money is not what this is about" in money
    opinion = direction(Decision(
        reaction=None, reveal=None, theme=None, closed=True, closing=False, small_talk=False,
        trust=0.2, question=True, opinion=True,
    ))
    assert "whether you agree with their view" in opinion
    deeper = direction(Decision(
        reaction=None, reveal=None, theme=None, closed=False, closing=False, small_talk=False,
        trust=0.2, question=True, focus="x",
    ))
    assert "Go deeper into that same story" in deeper and "another topic" in deeper



def test_prompt_asks_for_the_fact_not_a_yes_or_no():
    fact = _prompt_for(["Hoi Sanne.", "Hoeveel overleggen heb je eigenlijk per week?"], trust=0.3)
    assert "asks for one fact" in fact and "never just yes or no" in fact
    closed = _prompt_for(["Hoi Sanne.", "Ben je tevreden over het rooster?"], trust=0.3)
    assert "This was a closed question" in closed and "asks for one fact" not in closed
