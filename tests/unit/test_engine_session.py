"""The practice session loop: saving as it streams, interruptions, resume, scorecard, backends."""

import asyncio
import json
from collections.abc import AsyncGenerator

import fake_openai as fake
import pytest
from engine_helpers import persona, scenario

from simulator import paths
from simulator.config import Settings
from simulator.engine import BackendInfo, EngineError, PracticeSession, Restart, choose_backend
from simulator.engine.openai_actor import OpenAIActor
from simulator.library import load_library
from simulator.store import Store

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

fake_openai = fake.fake_openai
OFFLINE = BackendInfo("offline")
KEY = "sk-test-never-shown-0000"


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "sessions.db")
    yield s
    s.close()


@pytest.fixture(scope="module")
def library():
    return load_library(include_user=False)


def script_lines(scenario_id: str, kind: str) -> list[str]:
    path = paths.PROJECT_DIR / "tests" / "scripts" / f"{scenario_id}.{kind}.txt"
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


async def say(session: PracticeSession, text: str) -> str:
    return "".join([c async for c in session.reply(text)])


async def play(session: PracticeSession, lines: list[str]) -> list[str]:
    return [await say(session, line) for line in lines]


async def close_client(s: PracticeSession) -> None:
    """Close the LLM client of a session on the OpenAI backend."""
    assert isinstance(s.actor, OpenAIActor)
    await s.actor.aclose()


def openai_backend(server, **extra) -> BackendInfo:
    values = dict(
        base_url=server.url,
        api_key=KEY,
        model="fake-model",
        timeout=2.0,
        backoff_base=0.01,
        backoff_max=0.02,
        retry_after_max=0.5,
    )
    values.update(extra)
    return choose_backend("openai", settings=Settings(**values))


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


# The acceptance bar, for every bundled scenario


def bundled_with_scripts() -> list[str]:
    library = load_library(include_user=False)
    folder = paths.PROJECT_DIR / "tests" / "scripts"
    return sorted(
        s
        for s in library.scenarios
        if (folder / f"{s}.good.txt").exists() and (folder / f"{s}.poor.txt").exists()
    )


@pytest.mark.parametrize("scenario_id", bundled_with_scripts())
async def test_good_practice_earns_more_than_poor_practice(store, library, scenario_id):
    scen = library.scenario(scenario_id)
    per = library.persona_for(scen)
    results = {}
    for kind in ("good", "poor"):
        s = PracticeSession.start(store, scen, per, OFFLINE)
        await play(s, script_lines(scenario_id, kind))
        results[kind] = (s.finish(), s.revealed)
    (good, good_facts), (poor, poor_facts) = results["good"], results["poor"]
    assert good.score >= poor.score + 30, (good.score, poor.score)
    assert len(good_facts) >= 0.4 * len(per.facts), good_facts
    assert len(poor_facts) <= 1, poor_facts
    # The employee states a first step of their own only where the manager asked for one and
    # earned it; a cool goodbye claims no agreed action.
    assert good.actions.employee and not poor.actions.employee
    # A good conversation sounds like one: the employee does most of the talking.
    assert good.metrics.manager_talk_share < poor.metrics.manager_talk_share


@pytest.mark.parametrize("scenario_id", bundled_with_scripts())
async def test_same_script_same_transcript(store, library, scenario_id):
    scen = library.scenario(scenario_id)
    runs = []
    for _ in range(2):
        s = PracticeSession.start(store, scen, library.persona_for(scen), OFFLINE)
        await play(s, script_lines(scenario_id, "good") + script_lines(scenario_id, "poor"))
        runs.append([(t.speaker, t.text) for t in s.turns])
    assert runs[0] == runs[1]


def test_every_bundled_scenario_has_scripts():
    library = load_library(include_user=False)
    assert set(bundled_with_scripts()) == set(library.scenarios)


# The openai backend


async def test_openai_session_streams_and_saves(store, library, fake_openai):
    fake_openai.reply_text = "Eerlijk gezegd: de dagen dat ik kan bouwen."
    scen = library.scenario("stille-senior")
    s = PracticeSession.start(store, scen, library.persona_for(scen), openai_backend(fake_openai))
    reply = await say(s, "Waar krijg je energie van?")
    assert reply == fake_openai.reply_text
    body = fake_openai.chat_requests[0].body
    assert body["stream"] is True
    assert [m["role"] for m in body["messages"]] == ["system", "assistant", "user"]
    assert body["messages"][1]["content"] == scen.opening
    assert (
        "Nederlands" in body["messages"][0]["content"] or "Dutch" in body["messages"][0]["content"]
    )
    assert store.load_session(s.session_id).turns[-1].status == "complete"
    await close_client(s)


async def test_failure_keeps_partial_and_manager_turn_then_retry(store, fake_openai):
    fake_openai.reply_text = "Een twee drie vier vijf."
    fake_openai.cut_stream(after=2, times=2)
    s = PracticeSession.start(
        store, scenario(), persona(), openai_backend(fake_openai, max_attempts=2)
    )
    shown: list[str] = []
    with pytest.raises(EngineError) as caught:
        async for chunk in s.reply("Wat geeft je energie?"):
            shown.append(chunk)
    assert caught.value.retryable and "broke off" in caught.value.message
    turns = store.load_session(s.session_id).turns
    assert [(t.speaker, t.status) for t in turns] == [
        ("employee", "complete"),
        ("manager", "complete"),
        ("employee", "interrupted"),
        ("employee", "interrupted"),
    ]
    assert turns[2].text == "Een twee" and turns[3].text == "Een twee"
    assert any(isinstance(c, Restart) for c in shown)

    again = "".join([c async for c in s.retry()])
    assert again == "Een twee drie vier vijf."
    turns = store.load_session(s.session_id).turns
    assert [t.speaker for t in turns].count("manager") == 1
    assert turns[-1].status == "complete"
    assert s.conversation()[-1] == ("employee", "Een twee drie vier vijf.")
    assert len(s.conversation()) == 3
    await close_client(s)


async def test_401_raises_a_clear_error_and_keeps_the_manager_turn(store, fake_openai):
    fake_openai.fail(401)
    s = PracticeSession.start(store, scenario(), persona(), openai_backend(fake_openai))
    with pytest.raises(EngineError) as caught:
        await say(s, "Hoi, hoe gaat het?")
    assert not caught.value.retryable and KEY not in caught.value.message
    assert [t.speaker for t in store.load_session(s.session_id).turns] == ["employee", "manager"]
    await close_client(s)


@pytest.mark.parametrize("kind", ["poor", "good"])
async def test_unearned_facts_never_reach_the_model(store, library, fake_openai, kind):
    scen = library.scenario("stille-senior")
    per = library.persona_for(scen)
    s = PracticeSession.start(store, scen, per, openai_backend(fake_openai))
    for n, line in enumerate(script_lines(scen.id, kind)):
        await say(s, line)
        sent = fake_openai.chat_requests[n]
        text = "\n".join(m["content"] for m in sent.body["messages"])
        for fact in per.facts:
            if fact.id not in s.revealed:
                assert fact.text not in text, (n, fact.id)
                assert not any(line in text for line in fact.lines), (n, fact.id)
    leave = [f for f in per.facts if f.theme == "leave"]
    if kind == "poor":
        assert s.revealed == []
        everything = fake_openai.sent_text() + fake_openai.raw_bodies()
        for fact in leave:
            assert fact.text not in everything and "recruiter" not in everything.lower()
    else:
        # The fake server's replies are not the persona's, so reflections written for the
        # offline employee do not fit them: what is earned is fewer facts, but each one earned
        # reaches the model, and nothing else does.
        assert s.revealed
        last = "\n".join(m["content"] for m in fake_openai.bodies[-1]["messages"])
        assert all(per.fact(f).text in last for f in s.revealed)
    await close_client(s)


# Choosing a backend


def test_default_backend_is_offline_without_settings():
    info = choose_backend(None)
    assert info.name == "offline" and info.describe() == "offline"


def test_default_backend_is_openai_with_a_base_url(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1/")
    monkeypatch.setenv("STAYSIM_MODEL", "llama3")
    info = choose_backend(None)
    assert info.describe() == "openai · llama3 @ http://127.0.0.1:9/v1"
    assert choose_backend(None, model="qwen").model == "qwen"
    assert choose_backend("offline").name == "offline"


def test_openai_with_a_key_uses_the_public_api_and_never_shows_the_key(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    info = choose_backend(None)
    assert info.base_url == "https://api.openai.com/v1" and info.model == "gpt-4o-mini"
    assert KEY not in info.describe() and KEY not in repr(info) and KEY not in repr(info.settings)


def test_openai_without_key_or_url_is_a_clear_error():
    with pytest.raises(EngineError, match="OPENAI_API_KEY .* OPENAI_BASE_URL"):
        choose_backend("openai")
    with pytest.raises(EngineError, match="unknown backend"):
        choose_backend("claude")


def test_config_file_settings_and_errors(staysim_home):
    staysim_home.mkdir(parents=True, exist_ok=True)
    config = staysim_home / "config.json"
    config.write_text(json.dumps({"base_url": "http://127.0.0.1:9/v1", "model": "m1"}))
    assert choose_backend(None).describe() == "openai · m1 @ http://127.0.0.1:9/v1"
    config.write_text("{nope")
    with pytest.raises(EngineError, match="config.json:1: the config file is not valid JSON"):
        choose_backend(None)
    config.write_text(json.dumps({"timeout": -1}))
    with pytest.raises(EngineError, match="config.json: timeout: "):
        choose_backend(None)


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


async def test_the_llm_prompt_carries_the_layer_the_summary_verdict_and_the_tone(
        store, library, fake_openai):
    """What the director decides reaches the LLM too: the deeper layer to tell, how a summary
    is met, and an answer in kind to a reproach (seen on the request bodies)."""
    scen = library.scenario("stille-senior")
    per = library.persona_for(scen)
    fact = per.fact("energie-bouwen")
    s = PracticeSession.start(store, scen, per, openai_backend(fake_openai))
    s.director.state.trust = 0.95
    s.director.state.revealed.append(fact.id)
    s.director.state.last_fact = fact.id
    # An accurate reflection of what was just told opens the layer beneath it.
    s.turns[-1].text = fact.lines[0]
    await say(s, "Dus de dagen dat je gewoon kunt bouwen, zoals die klantlaad van vier uur naar "
                 "twintig minuten, daar word je blij van.")
    body = "\n".join(m["content"] for m in fake_openai.bodies[-1]["messages"])
    assert s.director.state.depth.get(fact.id) == 1
    assert fact.layers[0].text in body and "what lies underneath" in body
    assert "30 to 70 words" in body  # heard, they answer at spoken length
    await say(s, "Als ik het samenvat: er gaat veel goed, maar er zijn ook dingen die beter "
                 "kunnen. Klopt dat?")
    body = "\n".join(m["content"] for m in fake_openai.bodies[-1]["messages"])
    assert "summed up nothing in particular" in body and "30 to 70 words" not in body
    s.director.state.trust = 0.2
    await say(s, "Collega's zeggen dat je altijd als eerste weg bent. Hoe kan dat?")
    body = "\n".join(m["content"] for m in fake_openai.bodies[-1]["messages"])
    assert "Answer in kind" in body
    await close_client(s)
