"""The practice session on the openai backend: streaming and saving, a broken stream and its
retry, a 401, unearned facts kept from the model, the director's decision in the prompt."""

import engine_helpers
import fake_openai as fake
import pytest
from engine_helpers import KEY, close_client, openai_backend, persona, say, scenario, script_lines

from simulator.engine import EngineError, PracticeSession, Restart

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

store = engine_helpers.store
library = engine_helpers.library

fake_openai = fake.fake_openai


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
