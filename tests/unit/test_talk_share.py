"""A responsive manager who keeps their reflections short listens most of the conversation:
in a hard scenario the employee, feeling heard, does the talking, up to the deepest layer of
their leaving risk."""

from pathlib import Path

from simulator.engine import BackendInfo, PracticeSession
from simulator.library import load_library
from simulator.store import Store

SCRIPT = Path(__file__).parents[1] / "scripts" / "overlooked-lead.concise.txt"


async def test_short_accurate_reflections_reach_a_third_of_the_words_or_less(tmp_path):
    library = load_library(include_user=False)
    scenario = library.scenarios["overlooked-lead"]
    store = Store.open(tmp_path / "sessions.db")
    session = PracticeSession.start(store, scenario, library.persona_for(scenario),
                                    BackendInfo("offline"))
    replies = []
    for line in SCRIPT.read_text(encoding="utf-8").splitlines():
        replies.append("".join([chunk async for chunk in session.reply(line)]))
    card = session.finish()
    store.close()
    assert 0.30 <= card.metrics.manager_talk_share <= 0.35
    assert card.model_dump()["passed"]
    assert card.disclosures is not None
    assert "head-of-design-interview" in card.disclosures.revealed
    # The deepest layer of the leaving risk: told only to a manager who truly listens.
    assert any("second interview" in reply for reply in replies)
