"""Fault injection: a practice session against a misbehaving OpenAI-compatible server.

Whatever the server does, the session survives and the transcript on disk is complete: the
manager's turn, every finished reply, and any broken-off reply marked interrupted.
"""

import json
import socket
import time

import fake_openai as fake
import pytest

from simulator import paths
from simulator.cli import main
from simulator.config import Settings
from simulator.engine import EngineError, PracticeSession, Restart
from simulator.engine.backend import BackendInfo
from simulator.engine.openai_actor import MAX_REPLY_CHARS
from simulator.library import load_library
from simulator.store import Store

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

fake_openai = fake.fake_openai
KEY = "sk-test-faults-0123456789"
QUESTION = "Waar kijk je elke werkdag het meest naar uit?"


def _settings(url: str, **extra: object) -> Settings:
    return fake.fake_settings(url, KEY, **extra)


@pytest.fixture
def store():
    opened = Store.open(paths.database_path())
    yield opened
    opened.close()


def _start(store: Store, url: str, **extra: object) -> PracticeSession:
    library = load_library(include_user=False)
    scenario = library.scenario("stille-senior")
    settings = _settings(url, **extra)
    backend = BackendInfo("openai", settings.model, settings.effective_base_url, settings)
    return PracticeSession.start(store, scenario, library.persona_for(scenario), backend)


async def _say(session: PracticeSession, text: str | None = None) -> tuple[str, EngineError | None]:
    """The reply as shown (restarts included), and the error that ended it, if any."""
    shown = ""
    stream = session.reply(text) if text is not None else session.retry()
    try:
        async for chunk in stream:
            shown += str(chunk) if isinstance(chunk, Restart) else chunk
    except EngineError as exc:
        return shown, exc
    return shown, None


def _on_disk(session_id: int) -> list[tuple[str, str, str]]:
    """The turns as a fresh process would find them."""
    reader = Store.open(paths.database_path())
    try:
        saved = reader.load_session(session_id)
    finally:
        reader.close()
    assert saved is not None
    return [(t.speaker, t.text, t.status) for t in saved.turns]


def _assert_scorable(session_id: int, capsys, tmp_path) -> None:
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows[session_id]["turn_count"] == len(_on_disk(session_id))
    target = tmp_path / f"session-{session_id}.json"
    assert main(["export", str(session_id), "--format", "json", "-o", str(target)]) == 0
    capsys.readouterr()
    assert main(["score", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["metrics"]["open_questions"] >= 1


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_refused_connection(store, capsys, tmp_path):
    session = _start(store, f"http://127.0.0.1:{_free_port()}/v1", max_attempts=2)
    started = time.perf_counter()
    shown, error = await _say(session, QUESTION)
    assert time.perf_counter() - started < 10
    assert shown == "" and error is not None and error.retryable
    assert "could not reach" in error.message and KEY not in error.message
    turns = _on_disk(session.session_id)
    assert turns[-1] == ("manager", QUESTION, "complete")
    # The session is still usable: a retry fails the same clean way, nothing is duplicated.
    _, again = await _say(session)
    assert again is not None
    assert _on_disk(session.session_id) == turns
    _assert_scorable(session.session_id, capsys, tmp_path)


async def test_slow_first_byte_beyond_the_timeout_is_retried(store, fake_openai, capsys, tmp_path):
    fake_openai.slow_first_byte(3.0)
    session = _start(store, fake_openai.url)
    shown, error = await _say(session, QUESTION)
    assert error is None and shown == fake.DEFAULT_REPLY
    assert len(fake_openai.chat_requests) == 2
    assert _on_disk(session.session_id)[-2:] == [
        ("manager", QUESTION, "complete"),
        ("employee", fake.DEFAULT_REPLY, "complete"),
    ]
    _assert_scorable(session.session_id, capsys, tmp_path)


async def test_slow_server_every_time_keeps_the_manager_turn(store, fake_openai):
    fake_openai.slow_first_byte(3.0, times=2)
    session = _start(store, fake_openai.url, max_attempts=2)
    _, error = await _say(session, QUESTION)
    assert error is not None and "did not answer within" in error.message
    assert _on_disk(session.session_id)[-1] == ("manager", QUESTION, "complete")
    # The server recovers; the same manager turn is answered without being saved twice.
    shown, error = await _say(session)
    assert error is None and shown == fake.DEFAULT_REPLY
    turns = _on_disk(session.session_id)
    assert [t for t in turns if t[0] == "manager"] == [("manager", QUESTION, "complete")]
    assert turns[-1] == ("employee", fake.DEFAULT_REPLY, "complete")


async def test_429_with_retry_after(store, fake_openai, capsys, tmp_path):
    fake_openai.fail(429, retry_after=0.3)
    session = _start(store, fake_openai.url)
    started = time.perf_counter()
    shown, error = await _say(session, QUESTION)
    assert error is None and shown == fake.DEFAULT_REPLY
    assert time.perf_counter() - started >= 0.3
    assert _on_disk(session.session_id)[-1] == ("employee", fake.DEFAULT_REPLY, "complete")
    _assert_scorable(session.session_id, capsys, tmp_path)


async def test_500_burst_within_the_retry_bound(store, fake_openai):
    fake_openai.fail(500, times=3)
    session = _start(store, fake_openai.url)
    shown, error = await _say(session, QUESTION)
    assert error is None and shown == fake.DEFAULT_REPLY
    assert len(fake_openai.chat_requests) == 4


async def test_500_burst_beyond_the_bound_then_recovery(store, fake_openai, capsys, tmp_path):
    fake_openai.fail(500, times=4)
    session = _start(store, fake_openai.url)
    shown, error = await _say(session, QUESTION)
    assert shown == "" and error is not None and "kept failing (500)" in error.message
    assert _on_disk(session.session_id)[-1] == ("manager", QUESTION, "complete")
    shown, error = await _say(session)
    assert error is None and shown == fake.DEFAULT_REPLY
    second = "Het klinkt alsof het team je veel geeft."
    fake_openai.fail(503, times=2)
    shown, error = await _say(session, second)
    assert error is None
    turns = _on_disk(session.session_id)
    assert turns[-4:] == [
        ("manager", QUESTION, "complete"),
        ("employee", fake.DEFAULT_REPLY, "complete"),
        ("manager", second, "complete"),
        ("employee", fake.DEFAULT_REPLY, "complete"),
    ]
    _assert_scorable(session.session_id, capsys, tmp_path)


@pytest.mark.parametrize("fault", ["invalid_json", "cut_stream"])
async def test_broken_stream_keeps_the_partial_reply(store, fake_openai, capsys, tmp_path, fault):
    getattr(fake_openai, fault)(after=3)
    session = _start(store, fake_openai.url)
    shown, error = await _say(session, QUESTION)
    assert error is None
    partial = "".join(fake.TOKENS.findall(fake.DEFAULT_REPLY)[:3])
    assert shown == partial + "\n\n" + fake.DEFAULT_REPLY
    assert _on_disk(session.session_id)[-3:] == [
        ("manager", QUESTION, "complete"),
        ("employee", partial, "interrupted"),
        ("employee", fake.DEFAULT_REPLY, "complete"),
    ]
    # The scorecard counts the finished reply, not the broken-off one.
    assert session.conversation()[-1] == ("employee", fake.DEFAULT_REPLY)
    _assert_scorable(session.session_id, capsys, tmp_path)


async def test_broken_every_time_keeps_one_broken_off_reply_and_the_last_try(store, fake_openai):
    fake_openai.cut_stream(after=2, times=4)
    session = _start(store, fake_openai.url)
    _, error = await _say(session, QUESTION)
    assert error is not None and "broke off" in error.message and "kept" in error.message
    turns = _on_disk(session.session_id)
    partial = "".join(fake.TOKENS.findall(fake.DEFAULT_REPLY)[:2])
    assert turns[-3:] == [("manager", QUESTION, "complete")] + [
        ("employee", partial, "interrupted")
    ] * 2


async def test_a_time_out_mid_stream_leaves_one_broken_off_reply(store, fake_openai):
    fake_openai.stall(after=2, delay=3.0, times=2)
    session = _start(store, fake_openai.url, timeout=0.4, max_attempts=3)
    shown, error = await _say(session, QUESTION)
    assert error is None, error
    turns = _on_disk(session.session_id)
    partial = "".join(fake.TOKENS.findall(fake.DEFAULT_REPLY)[:2])
    assert turns[-3:] == [
        ("manager", QUESTION, "complete"),
        ("employee", partial, "interrupted"),
        ("employee", fake.DEFAULT_REPLY, "complete"),
    ]
    assert sum(status == "interrupted" for _, _, status in turns) == 1
    assert shown.endswith(fake.DEFAULT_REPLY)


async def test_never_ending_stream_is_cut_off_and_saved(store, fake_openai, capsys, tmp_path):
    fake_openai.never_end(times=4)
    session = _start(store, fake_openai.url, max_attempts=1)
    started = time.perf_counter()
    shown, error = await _say(session, QUESTION)
    assert time.perf_counter() - started < 15
    assert error is not None and "kept streaming" in error.message
    turns = _on_disk(session.session_id)
    speaker, text, status = turns[-1]
    assert (speaker, status) == ("employee", "interrupted")
    assert text == shown and 0 < len(text) <= MAX_REPLY_CHARS
    # Next turn, the server behaves again.
    fake_openai.plans.clear()
    shown, error = await _say(session, "Wat geeft je energie?")
    assert error is None and _on_disk(session.session_id)[-1][2] == "complete"
    _assert_scorable(session.session_id, capsys, tmp_path)
