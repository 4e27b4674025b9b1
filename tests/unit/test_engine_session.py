"""The practice session loop: saving as it streams, interruptions, resume, the scorecard, a turn
the store refuses."""

import asyncio
from collections.abc import AsyncGenerator

import engine_helpers
import fake_openai as fake
import pytest
from engine_helpers import (
    OFFLINE,
    close_client,
    openai_backend,
    persona,
    play,
    say,
    scenario,
    script_lines,
)

from simulator.engine import EngineError, PracticeSession

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

store = engine_helpers.store
library = engine_helpers.library

fake_openai = fake.fake_openai


# Offline


async def test_start_saves_the_opening_line(store):
    s = PracticeSession.start(store, scenario(), persona(), OFFLINE)
    saved = store.load_session(s.session_id)
    assert saved.backend == "offline" and saved.scenario == "test-scenario"
    assert [(t.speaker, t.text) for t in saved.turns] == [("employee", "Waar gaat dit over?")]
    assert s.turns[0].text == "Waar gaat dit over?"


async def test_manager_turn_is_saved_before_the_reply(store):
    s = PracticeSession.start(store, scenario(), persona(), OFFLINE)
    stream = s.reply("Wat geeft je energie in je werk?")
    first = await stream.__anext__()
    turns = store.load_session(s.session_id).turns
    assert (turns[1].speaker, turns[1].status) == ("manager", "complete")
    assert (turns[2].speaker, turns[2].status, turns[2].text) == ("employee", "interrupted", first)
    rest = [c async for c in stream]
    turns = store.load_session(s.session_id).turns
    assert turns[2].text == first + "".join(rest) and turns[2].status == "complete"
    state = store.load_state(s.session_id)
    assert state["director"]["turn"] == 1 and state["last_decision"]["turn"] == 1


async def test_stopping_early_keeps_the_partial_reply(store):
    s = PracticeSession.start(store, scenario(), persona(), OFFLINE)
    stream = s.reply("Wat geeft je energie in je werk?")
    assert isinstance(stream, AsyncGenerator)
    first = await stream.__anext__()
    await stream.aclose()  # what `break` in the consumer leads to
    turn = store.load_session(s.session_id).turns[-1]
    assert (turn.speaker, turn.text, turn.status) == ("employee", first, "interrupted")


async def test_cancelled_task_keeps_the_partial_reply(store, fake_openai):
    fake_openai.never_end()
    s = PracticeSession.start(store, scenario(), persona(), openai_backend(fake_openai))
    shown: list[str] = []

    async def consume() -> None:
        async for chunk in s.reply("Wat geeft je energie?"):
            shown.append(chunk)

    task = asyncio.create_task(consume())
    while len(shown) < 3:
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    turns = store.load_session(s.session_id).turns
    assert [t.speaker for t in turns] == ["employee", "manager", "employee"]
    assert turns[-1].status == "interrupted"
    assert turns[-1].text.startswith("".join(shown[:3]))
    await close_client(s)


async def test_empty_manager_text_is_refused(store):
    s = PracticeSession.start(store, scenario(), persona(), OFFLINE)
    with pytest.raises(EngineError):
        await say(s, "   ")
    assert store.turn_count(s.session_id) == 1


async def test_metrics_codes_and_finish(store, library):
    scen = library.scenario("stille-senior")
    s = PracticeSession.start(store, scen, library.persona_for(scen), OFFLINE)
    await say(s, "Waar krijg je energie van in je werk?")
    assert "open_question" in s.last_codes()
    await say(s, "Het klinkt alsof je daar echt blij van wordt. Wat maakt je werk betekenisvol?")
    assert "reflection" in s.last_codes()
    metrics = s.metrics()
    assert metrics.open_questions == 2 and metrics.reflections >= 1
    card = s.finish()
    assert card.disclosures is not None and card.disclosures.total == 10
    assert card.disclosures.revealed == s.revealed and len(s.revealed) >= 1
    facts = card.model_dump()["facts"]
    assert {f["id"] for f in facts if f["revealed"]} == set(s.revealed)
    saved = store.load_session(s.session_id)
    assert saved.ended is not None and saved.score == card.score


async def test_resume_replays_to_the_same_state_and_continues_identically(store, library):
    scen = library.scenario("stille-senior")
    lines = script_lines("stille-senior", "good")
    whole = PracticeSession.start(store, scen, library.persona_for(scen), OFFLINE)
    expected = await play(whole, lines)

    first = PracticeSession.start(store, scen, library.persona_for(scen), OFFLINE)
    await play(first, lines[:6])
    resumed = PracticeSession.resume(store, first.session_id, library, OFFLINE)
    assert resumed.revealed == first.revealed
    assert resumed.trust == pytest.approx(first.trust)
    assert [t.text for t in resumed.turns] == [t.text for t in first.turns]
    rest = await play(resumed, lines[6:])
    assert rest == expected[6:]


async def test_resume_unknown_session_or_scenario(store, library):
    with pytest.raises(EngineError, match="no session 99"):
        PracticeSession.resume(store, 99, library, OFFLINE)
    s = PracticeSession.start(store, scenario(), persona(), OFFLINE)
    with pytest.raises(EngineError, match="test-scenario"):
        PracticeSession.resume(store, s.session_id, library, OFFLINE)


def test_a_runaway_interrupted_reply_counts_with_a_bounded_number_of_words():
    from simulator.domain.session import MAX_INTERRUPTED_WORDS, Turn, counted_turns

    runaway = " ".join(["woord"] * 800)
    turns = [
        Turn(index=0, speaker="employee", text="Hoi."),
        Turn(index=1, speaker="manager", text="Waar kijk je naar uit?"),
        Turn(index=2, speaker="employee", text=runaway, status="interrupted"),
        Turn(index=3, speaker="manager", text="Wat geeft je energie?"),
        Turn(index=4, speaker="employee", text="Het bouwen.", status="interrupted"),
        Turn(index=5, speaker="employee", text="Het bouwen, echt."),
    ]
    counted = counted_turns(turns)
    assert len(counted[2].text.split()) == MAX_INTERRUPTED_WORDS + 1  # the words and "…"
    assert [t.text for t in counted[4:]] == ["Het bouwen, echt."]  # the retry replaces it
    assert turns[2].text == runaway  # what was saved stays as it was


async def test_a_turn_the_store_refuses_is_not_said(store, monkeypatch):
    from simulator.store import StoreError

    s = PracticeSession.start(store, scenario(), persona(), OFFLINE)
    before = s.director.to_state()

    def full(*args, **kwargs):
        raise StoreError("disk full")

    monkeypatch.setattr(store, "append_turn", full)
    with pytest.raises(StoreError):
        s.say("Wat geeft je energie in je werk?")
    assert s.director.to_state() == before, "the director forgets what was not saved"
    assert [t.speaker for t in s.turns] == ["employee"] and not s.unanswered()
    monkeypatch.undo()
    s.say("Wat geeft je energie in je werk?")
    assert s.unanswered()
    reply = "".join([c async for c in s.answer()])
    turns = store.load_session(s.session_id).turns
    assert [(t.speaker, t.status) for t in turns] == [
        ("employee", "complete"),
        ("manager", "complete"),
        ("employee", "complete"),
    ]
    assert turns[-1].text == reply and not s.unanswered()
    with pytest.raises(EngineError):
        [c async for c in s.answer()]

