"""Failure messages in the user's language (STAYSIM_LANG): the same failure in Dutch and in
English, through the real command line and the real practice room."""

import json
import subprocess
import sys

import fake_openai as fake
import pytest
from textual.widgets import DataTable
from tui_helpers import say, wait_idle

from simulator import paths
from simulator.cli import main
from simulator.config import load_settings
from simulator.engine import choose_backend
from simulator.library import load_library
from simulator.tui.app import make_app
from simulator.tui.screens.picker import PickerScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.widgets.turn import TurnView

fake_openai = fake.fake_openai
fake_openai_env = fake.fake_openai_env
SCRIPT = str(paths.PROJECT_DIR / "tests" / "scripts" / "stille-senior.good.txt")
# A Dutch manager practises a Dutch scenario; an English one an English scenario.
SCENARIO = {"nl": "stille-senior", "en": "overlooked-lead"}


@pytest.fixture(params=["nl", "en"])
def lang(request, monkeypatch):
    monkeypatch.setenv("STAYSIM_LANG", request.param)
    return request.param


@pytest.fixture
def quick_retries(staysim_home):
    staysim_home.mkdir(parents=True, exist_ok=True)
    (staysim_home / "config.json").write_text(
        json.dumps({"backoff_base": 0.01, "backoff_max": 0.02, "timeout": 3})
    )


def staysim(*argv: str) -> subprocess.CompletedProcess[str]:
    """The installed command line in its own process, in this test's environment."""
    return subprocess.run(
        [sys.executable, "-m", "simulator", *argv],
        capture_output=True, text=True, timeout=120, check=False,
    )


SERVER_FAILURES = {
    (401, "nl"): "weigerde de API-sleutel (401) voor model 'fake-model'; controleer OPENAI_API_KEY",
    (401, "en"): "refused the API key (401) for model 'fake-model'; check OPENAI_API_KEY",
    (429, "nl"): "bleef verzoeken afremmen (429), ook na 4 pogingen; probeer het over een minuut "
    "opnieuw",
    (429, "en"): "kept rate limiting requests (429) after 4 attempts; try again in a minute",
}
SERVER = {"nl": "de LLM-server op {url}", "en": "the LLM server at {url}"}
UNFINISHED = {"nl": "(gesprek 1 bewaard, onafgemaakt)", "en": "(session 1 saved, unfinished)"}


@pytest.mark.parametrize("status", [401, 429])
def test_a_server_failure_in_run_is_said_in_the_users_language(
    capsys, fake_openai_env, quick_retries, lang, status
):
    fake_openai_env.fail(status, times=10)
    code = main(["run", "--scenario", "stille-senior", "--script", SCRIPT])
    _, err = capsys.readouterr()
    assert code == 2
    line = err.strip().splitlines()[-1]
    server = SERVER[lang].format(url=fake_openai_env.url)
    assert line == f"staysim: {server} {SERVER_FAILURES[status, lang]} {UNFINISHED[lang]}"
    assert "sk-test" not in err


@pytest.mark.parametrize("status", [401, 429])
async def test_a_server_failure_in_the_practice_room_is_said_in_the_users_language(
    fake_openai_env, lang, status
):
    settings = load_settings().model_copy(update={"backoff_base": 0.01, "backoff_max": 0.02})
    app = make_app(backend=choose_backend("openai", settings=settings), library=load_library())
    assert app.lang == lang
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_idle(pilot)
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        row = [s.id for s in picker.shown].index(SCENARIO[lang])
        picker.query_one(DataTable).move_cursor(row=row)
        await pilot.press("enter")
        await wait_idle(pilot)
        assert isinstance(app.screen, PracticeScreen)
        fake_openai_env.fail(status, times=10)
        await say(pilot, "Wat geeft je energie?" if lang == "nl" else "What gives you energy?")
        notice = list(app.screen.query(TurnView))[-1]
        assert notice.speaker == "notice"
        server = SERVER[lang].format(url=fake_openai_env.url)
        assert notice.text == f"{server} {SERVER_FAILURES[status, lang]}"


VOICE = {
    "nl": "de spraakserver op {url} (/v1/audio/transcriptions) bleef verzoeken afremmen (429); "
    "probeer het over een minuut opnieuw",
    "en": "the speech server at {url} (/v1/audio/transcriptions) kept rate limiting requests "
    "(429); try again in a minute",
}
NOT_WAV = {"nl": "geen WAV-bestand", "en": "not a WAV file"}


def test_a_voice_failure_is_said_in_the_users_language(
    fake_openai, monkeypatch, staysim_home, tmp_path, lang
):
    from simulator.voice.audio import Clip

    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.url)
    staysim_home.mkdir(parents=True, exist_ok=True)
    (staysim_home / "config.json").write_text(json.dumps({"max_attempts": 1}))
    folder = tmp_path / "turns"
    folder.mkdir()
    Clip.tone(1.0).write_wav(folder / "01.wav")
    fake_openai.fail(429)
    done = staysim("run", "--scenario", "stille-senior", "--backend", "offline", "--audio",
                   str(folder))
    assert done.returncode == 2
    voice = VOICE[lang].format(url=fake_openai.url)
    assert done.stderr.strip().splitlines() == [f"staysim: {folder / '01.wav'}: {voice}"]
    (folder / "02.wav").write_text("no sound in here")
    done = staysim("run", "--scenario", "stille-senior", "--backend", "offline", "--audio",
                   str(folder))
    assert f"{folder / '02.wav'}: {NOT_WAV[lang]} (" in done.stderr
