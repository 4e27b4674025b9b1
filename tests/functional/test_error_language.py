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


def _broken_scenario(home):
    """A user scenario with a language that does not exist and a field that is not known."""
    folder = home / "scenarios"
    folder.mkdir(parents=True)
    text = (paths.PROJECT_DIR / "scenarios" / "stille-senior.yaml").read_text(encoding="utf-8")
    text = text.replace("id: stille-senior", "id: mijn-scenario")
    text = text.replace("language: nl", "language: fr")
    (folder / "mijn.yaml").write_text(text + "colour: red\n", encoding="utf-8")
    (folder / "kapot.yaml").write_text("id: kapot\ntitle: [niet gesloten\n", encoding="utf-8")
    return folder


YAML = {
    "nl": ["language: moet een van deze zijn: nl, en", "colour: onbekend veld",
           "kapot.yaml:3: YAML-syntaxfout: "],
    "en": ["language: must be one of: nl, en", "colour: unknown field",
           "kapot.yaml:3: YAML syntax error: "],
}
WARNING = {"nl": "waarschuwing: ", "en": "warning: "}
FOUND = {"nl": "3 problemen gevonden.\n", "en": "3 problems found.\n"}


def test_a_broken_user_scenario_is_said_in_the_users_language(staysim_home, lang):
    folder = _broken_scenario(staysim_home)
    done = staysim("scenarios", "validate", str(folder))
    assert done.returncode == 1
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 3, lines
    for expected in YAML[lang]:
        assert sum(expected in line for line in lines) == 1, (expected, lines)
    assert any(line.startswith(f"{folder / 'mijn.yaml'}:3: language: ") for line in lines)
    assert done.stderr == FOUND[lang]
    listed = staysim("scenarios", "list")
    assert listed.returncode == 0 and "stille-senior" in listed.stdout
    warnings = listed.stderr.strip().splitlines()
    assert len(warnings) == 3 and all(w.startswith(WARNING[lang]) for w in warnings), warnings
    for expected in YAML[lang]:
        assert sum(expected in line for line in warnings) == 1, (expected, warnings)


TRANSCRIPT = {
    "nl": ["{path}: leeg bestand", "{path}: bestand bestaat niet",
           "{path}:2: geen UTF-8-tekst; sla het op als UTF-8"],
    "en": ["{path}: empty file", "{path}: no such file",
           "{path}:2: not UTF-8 text; save it as UTF-8"],
}


def test_an_unreadable_transcript_is_said_in_the_users_language(tmp_path, lang):
    empty, missing, latin = tmp_path / "leeg.txt", tmp_path / "weg.vtt", tmp_path / "oud.txt"
    empty.write_text("")
    latin.write_bytes("Anna: Hoi\nBram: Café\n".encode("latin-1"))
    for path, expected in zip((empty, missing, latin), TRANSCRIPT[lang], strict=True):
        done = staysim("score", str(path))
        assert done.returncode == 2
        assert done.stderr == f"staysim: {expected.format(path=path)}\n"


STORE = {
    "nl": "{path}: kan de opgeslagen gesprekken niet openen: ",
    "en": "{path}: cannot open the session store: ",
}
CONFIG = {
    "nl": "{path}:1: het configuratiebestand is geen geldige JSON",
    "en": "{path}:1: the config file is not valid JSON",
}


def test_a_store_or_config_that_cannot_be_read_is_said_in_the_users_language(
    staysim_home, lang
):
    staysim_home.mkdir(parents=True)
    database = staysim_home / "staysim.db"
    database.write_bytes(b"this is not a database, and it is longer than a header" * 4)
    done = staysim("history")
    assert done.returncode == 2
    assert done.stderr.startswith("staysim: " + STORE[lang].format(path=database))
    assert len(done.stderr.strip().splitlines()) == 1
    database.unlink()
    (staysim_home / "config.json").write_text("{not json")
    done = staysim("run", "--scenario", "stille-senior", "--script", SCRIPT)
    assert done.returncode == 2
    config = staysim_home / "config.json"
    assert done.stderr == f"staysim: {CONFIG[lang].format(path=config)}\n"


COMMAND_LINE = [
    (["practice", "--scenario", "nope"],
     "staysim: onbekend scenario 'nope' (bekend: ", "staysim: unknown scenario 'nope' (known: "),
    (["serve", "--port", "0"], "staysim: --port 0: kies een poort van 1 tot 65535",
     "staysim: --port 0: choose a port from 1 to 65535"),
    (["run", "--scenario", "stille-senior", "--script", "weg.txt"],
     "staysim: weg.txt: scriptbestand bestaat niet", "staysim: weg.txt: no such script file"),
    (["run", "--assignment", "q9", "--script", "weg.txt"],
     "staysim: geen opdracht 'q9' in je bibliotheek; toegevoegd: geen",
     "staysim: no assignment 'q9' in your library; added: none"),
    (["assign", "new", "stille-senior", "--id", "q1", "--attempts", "0"],
     "argument --attempts: moet 1 of meer zijn, niet 0",
     "argument --attempts: must be 1 or more, not 0"),
    (["assign", "new", "stille-senior", "--id", "Q 1"],
     "staysim: id: mag alleen kleine letters, cijfers, '-' en '_' bevatten",
     "staysim: id: must be lowercase letters, digits, '-' or '_'"),
]


@pytest.mark.parametrize(("argv", "dutch", "english"), COMMAND_LINE)
def test_a_command_line_mistake_is_said_in_the_users_language(
    capsys, tmp_path, monkeypatch, lang, argv, dutch, english
):
    monkeypatch.chdir(tmp_path)
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusal, our reason inside it
        code = int(str(exc.code))
    err = capsys.readouterr().err
    assert code == 2
    # One line, after argparse's usage lines where argparse refuses the argument.
    assert (dutch if lang == "nl" else english) in err.strip().splitlines()[-1]
    assert "Traceback" not in err and (err.startswith("usage:") or err.count("\n") == 1)


CODE = {
    "nl": ["stdin:2: geen geldige JSON (Expecting value, kolom 1)",
           "staysim: 1 regel(s) van stdin konden niet worden gecodeerd (zie hierboven)"],
    "en": ["stdin:2: not valid JSON (Expecting value, column 1)",
           "staysim: 1 line(s) of stdin could not be coded (see above)"],
}


def test_a_line_staysim_code_cannot_read_is_said_in_the_users_language(lang):
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "code"], input='{"text": "Hoe gaat het?"}\noops\n',
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == CODE[lang]
    failed = json.loads(done.stdout.splitlines()[1])
    assert failed["error"] == CODE[lang][0].removeprefix("stdin:2: ") and failed["line"] == 2


async def test_the_practice_room_words_a_failure_in_the_conversations_language(
    fake_openai_env, monkeypatch
):
    """A Dutch user practising the English scenario: the room is English, and so is the
    server's failure in it, down to the server's name."""
    monkeypatch.setenv("STAYSIM_LANG", "nl")
    settings = load_settings().model_copy(update={"backoff_base": 0.01, "backoff_max": 0.02})
    app = make_app(backend=choose_backend("openai", settings=settings), library=load_library(),
                   scenario_id=SCENARIO["en"])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_idle(pilot)
        assert isinstance(app.screen, PracticeScreen)
        fake_openai_env.fail(429, times=10)
        await say(pilot, "What gives you energy?")
        notice = list(app.screen.query(TurnView))[-1]
        server = SERVER["en"].format(url=fake_openai_env.url)
        assert notice.text == f"{server} {SERVER_FAILURES[429, 'en']}"
