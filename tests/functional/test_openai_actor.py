"""The LLM actor against a real OpenAI-compatible HTTP server on 127.0.0.1."""

import asyncio
import time

import fake_openai as fake
import pytest
from engine_helpers import Coded
from fake_openai import FakeOpenAI

from simulator.config import Settings
from simulator.engine import EngineError, Restart
from simulator.engine.actor import ActorContext
from simulator.engine.director import Director
from simulator.engine.openai_actor import OpenAIActor
from simulator.library import load_library

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

KEY = "sk-test-secret-key-1234"
fake_openai = fake.fake_openai


@pytest.fixture
def scene():
    library = load_library(include_user=False)
    scenario = library.scenario("stille-senior")
    return scenario, library.persona_for(scenario)


def settings_for(server: FakeOpenAI, **extra: object) -> Settings:
    return fake.fake_settings(server.url, KEY, **extra)


class Sleeps:
    """Records the backoff waits and sleeps them for real (they are tiny in tests)."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        await asyncio.sleep(seconds)


def context(scene, text="Waar krijg je energie van?") -> ActorContext:
    scenario, persona = scene
    director = Director(persona, scenario)

    decision = director.step(Coded(text, ["open_question"], ["energy"]))
    return ActorContext(
        persona=persona,
        scenario=scenario,
        decision=decision,
        manager_text=text,
        history=[("employee", scenario.opening or "")],
        allowed_facts=[persona.fact(i) for i in decision.revealed_ids],
    )


async def collect(actor: OpenAIActor, ctx: ActorContext) -> list[str]:
    try:
        return [chunk async for chunk in actor.stream(ctx)]
    finally:
        await actor.aclose()


async def test_streams_token_by_token(fake_openai, scene):
    fake_openai.reply_text = "Eerlijk? De dagen dat ik kan bouwen."
    chunks = await collect(OpenAIActor(settings_for(fake_openai)), context(scene))
    assert "".join(chunks) == "Eerlijk? De dagen dat ik kan bouwen."
    assert len(chunks) >= 5
    (request,) = fake_openai.chat_requests
    assert request.body["stream"] is True
    assert request.body["model"] == "fake-model"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    system = request.body["messages"][0]
    assert system["role"] == "system" and "Sanne de Vries" in system["content"]
    assert request.body["messages"][-1] == {"role": "user", "content": "Waar krijg je energie van?"}


async def test_survives_two_500s(fake_openai, scene):
    fake_openai.fail(500, times=2)
    sleeps = Sleeps()
    actor = OpenAIActor(settings_for(fake_openai), sleep=sleeps)
    chunks = await collect(actor, context(scene))
    assert "".join(chunks) == fake_openai.reply_text
    assert len(fake_openai.chat_requests) == 3
    assert len(sleeps.waits) == 2 and all(0 <= w <= 0.05 for w in sleeps.waits)


async def test_gives_up_after_the_bound_with_a_clear_message(fake_openai, scene):
    fake_openai.fail(503, times=10)
    actor = OpenAIActor(settings_for(fake_openai, max_attempts=3), sleep=Sleeps())
    with pytest.raises(EngineError) as caught:
        await collect(actor, context(scene))
    assert len(fake_openai.chat_requests) == 3
    assert caught.value.retryable
    assert "503" in caught.value.message and fake_openai.url in caught.value.message
    assert "\n" not in caught.value.message


@pytest.mark.parametrize(
    ("status", "code", "words"),
    [
        (401, None, "refused the API key (401)"),
        (403, None, "denied access (403)"),
        (404, None, "no model 'fake-model'"),
        (429, "insufficient_quota", "insufficient_quota"),
    ],
)
async def test_not_retried_and_never_names_the_key(fake_openai, scene, status, code, words):
    fake_openai.fail(status, times=3, code=code, message=f"Incorrect API key provided: {KEY}")
    actor = OpenAIActor(settings_for(fake_openai), sleep=Sleeps())
    with pytest.raises(EngineError) as caught:
        await collect(actor, context(scene))
    message = caught.value.message
    assert len(fake_openai.chat_requests) == 1
    assert not caught.value.retryable
    assert words in message and fake_openai.url in message and "fake-model" in message
    assert KEY not in message and KEY[:10] not in message
    assert "\n" not in message


async def test_429_honours_retry_after(fake_openai, scene):
    fake_openai.fail(429, retry_after=0.3)
    sleeps = Sleeps()
    actor = OpenAIActor(settings_for(fake_openai), sleep=sleeps)
    started = time.monotonic()
    chunks = await collect(actor, context(scene))
    assert "".join(chunks) == fake_openai.reply_text
    assert len(sleeps.waits) == 1 and 0.3 <= sleeps.waits[0] < 0.4
    assert time.monotonic() - started >= 0.3


async def test_retry_after_is_bounded(fake_openai, scene):
    fake_openai.fail(429, retry_after=3600)
    sleeps = Sleeps()
    actor = OpenAIActor(settings_for(fake_openai, retry_after_max=0.2), sleep=sleeps)
    await collect(actor, context(scene))
    assert sleeps.waits and sleeps.waits[0] < 0.3


async def test_cut_stream_keeps_the_shown_text_and_restarts(fake_openai, scene):
    fake_openai.reply_text = "Een twee drie vier vijf zes zeven."
    fake_openai.cut_stream(after=3)
    chunks = await collect(OpenAIActor(settings_for(fake_openai), sleep=Sleeps()), context(scene))
    restarts = [i for i, c in enumerate(chunks) if isinstance(c, Restart)]
    assert len(restarts) == 1
    before, after = chunks[: restarts[0]], chunks[restarts[0] + 1 :]
    assert "".join(before) == "Een twee drie"
    assert "".join(after) == "Een twee drie vier vijf zes zeven."
    assert len(fake_openai.chat_requests) == 2


async def test_slow_first_byte_times_out_and_is_retried(fake_openai, scene):
    fake_openai.slow_first_byte(1.5)
    actor = OpenAIActor(settings_for(fake_openai, timeout=0.3), sleep=Sleeps())
    started = time.monotonic()
    chunks = await collect(actor, context(scene))
    assert "".join(chunks) == fake_openai.reply_text
    assert len(fake_openai.chat_requests) == 2
    assert time.monotonic() - started < 1.4


async def test_slow_server_every_time_gives_a_timeout_message(fake_openai, scene):
    fake_openai.slow_first_byte(1.0, times=2)
    actor = OpenAIActor(settings_for(fake_openai, timeout=0.2, max_attempts=2), sleep=Sleeps())
    with pytest.raises(EngineError) as caught:
        await collect(actor, context(scene))
    assert "did not answer within 0.2s" in caught.value.message


async def test_invalid_json_chunk_is_retried(fake_openai, scene):
    fake_openai.invalid_json(after=2)
    chunks = await collect(OpenAIActor(settings_for(fake_openai), sleep=Sleeps()), context(scene))
    text = "".join(c for c in chunks if not isinstance(c, Restart))
    assert text.endswith(fake_openai.reply_text)
    assert len(fake_openai.chat_requests) == 2


async def test_never_ending_stream_is_cut_off(fake_openai, scene):
    fake_openai.never_end()
    actor = OpenAIActor(settings_for(fake_openai), sleep=Sleeps())
    shown: list[str] = []
    with pytest.raises(EngineError) as caught:
        async for chunk in actor.stream(context(scene)):
            shown.append(chunk)
    await actor.aclose()
    assert "kept streaming" in caught.value.message
    assert 3000 < len("".join(shown)) <= 4000
    assert len(fake_openai.chat_requests) == 1


async def test_unreachable_server(scene):
    server = FakeOpenAI().start()
    url = server.url
    server.stop()
    settings = Settings(base_url=url, model="m", timeout=0.5, max_attempts=2, backoff_base=0.01)
    with pytest.raises(EngineError) as caught:
        await collect(OpenAIActor(settings, sleep=Sleeps()), context(scene))
    assert "could not reach" in caught.value.message and url in caught.value.message


async def test_cancel_stops_the_request(fake_openai, scene):
    fake_openai.never_end()
    actor = OpenAIActor(settings_for(fake_openai))
    got: list[str] = []

    async def consume() -> None:
        async for chunk in actor.stream(context(scene)):
            got.append(chunk)
            await asyncio.sleep(0.01)

    task = asyncio.create_task(consume())
    await asyncio.sleep(0.2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await actor.aclose()
    assert got


async def test_a_trickling_stream_meets_the_reply_deadline(fake_openai, scene):
    fake_openai.never_end(delay=0.05)
    actor = OpenAIActor(settings_for(fake_openai, reply_deadline=0.3), sleep=Sleeps())
    started = time.monotonic()
    with pytest.raises(EngineError) as caught:
        await collect(actor, context(scene))
    assert "more than 0.3s" in caught.value.message
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize(
    ("credentials", "key", "words"),
    [
        ("user:s3cret@", KEY, "refused the user name and password in OPENAI_BASE_URL (401)"),
        ("", "", "wants an API key (401)"),
    ],
    ids=["in-url", "no-key"],
)
async def test_a_401_names_the_credential_that_was_sent(
    fake_openai, scene, credentials, key, words
):
    fake_openai.fail(401, times=3)
    url = fake_openai.url.replace("http://", f"http://{credentials}")
    actor = OpenAIActor(settings_for(fake_openai, base_url=url, api_key=key), sleep=Sleeps())
    with pytest.raises(EngineError) as caught:
        await collect(actor, context(scene))
    message = caught.value.message
    assert words in message and "fake-model" in message
    assert "s3cret" not in message and KEY not in message and "refused the API key" not in message
