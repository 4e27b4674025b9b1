"""A question that asks for one fact ("Wie ziet je nog meer?", "Hoe vaak werk je over?") is
closed, but no yes/no question: the employee answers it with a word on the topic or a doubt,
never "Ja, prima." or "Zou kunnen.", and the coherence check counts such a reply as a misfit."""

from dataclasses import replace

import pytest

from simulator.engine import BackendInfo, PracticeSession
from simulator.engine.coherence import Played, check
from simulator.engine.lines import YES_NO
from simulator.library import load_library
from simulator.store import Store

QUESTIONS = {
    "ongeziene-verpleegkundige": ["Hoe gaat het met je?", "Hoe vaak werk je over?",
                                  "En wie ziet je nog meer, of juist niet?",
                                  "Hoeveel weekenden heb je deze maand gewerkt?"],
    "overlooked-lead": ["How are things?", "How often do you work late?",
                        "And who else notices your work, or not really?"],
}


async def _play(tmp_path, scenario_id, lines):
    library = load_library(include_user=False)
    scenario = library.scenarios[scenario_id]
    persona = library.persona_for(scenario)
    store = Store.open(tmp_path / "sessions.db")
    session = PracticeSession.start(store, scenario, persona, BackendInfo("offline"))
    plays = []
    for line in lines:
        reply = "".join([chunk async for chunk in session.reply(line)])
        plays.append(Played(line, tuple(session.last_codes()), session._pending[1], reply))  # type: ignore[index]  # noqa: SLF001
    store.close()
    return persona, plays


@pytest.mark.parametrize("scenario_id", sorted(QUESTIONS))
async def test_a_question_for_a_fact_gets_no_yes_or_no(tmp_path, scenario_id):
    persona, plays = await _play(tmp_path, scenario_id, QUESTIONS[scenario_id])
    for play in plays[1:]:
        assert play.decision.fact, play.manager
        assert not YES_NO.match(play.reply.strip()), (play.manager, play.reply)
        assert play.reply.strip() not in persona.lines.short_yes, (play.manager, play.reply)
    assert check(persona, plays) == []


async def test_the_coherence_check_counts_a_yes_to_a_question_for_a_fact(tmp_path):
    persona, plays = await _play(tmp_path, "ongeziene-verpleegkundige",
                                 QUESTIONS["ongeziene-verpleegkundige"][:3])
    answered_yes = replace(plays[2], reply="Ja, prima.")
    misfits = check(persona, [*plays[:2], answered_yes])
    assert [(m.turn, m.kind) for m in misfits] == [(3, "yes_no_to_open")]
