"""The API key is never written to history, exports, logs or error messages."""

import json
import os
import secrets
import stat
import subprocess
import sys
from pathlib import Path

import fake_openai as fake
import pytest

from simulator import paths
from simulator.config import Settings, load_settings, save_config
from simulator.engine.backend import BackendInfo, choose_backend

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

fake_openai = fake.fake_openai
ROOT = Path(__file__).resolve().parents[2]
SCRIPT = [
    "Waar kijk je elke werkdag het meest naar uit?",
    "Het klinkt alsof het team je energie geeft. Wat zou je willen veranderen?",
    "Wat kan ik als leidinggevende anders doen?",
]


@pytest.fixture
def key() -> str:
    return f"sk-test-{secrets.token_hex(16)}"


def _staysim(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def _env(server: fake.FakeOpenAI, key: str) -> dict[str, str]:
    env = dict(os.environ)
    # OPENAI_LOG=debug makes the SDK log every request: the key must not be among it.
    env.update(
        OPENAI_API_KEY=key, OPENAI_BASE_URL=server.url, STAYSIM_MODEL="m", OPENAI_LOG="debug"
    )
    return env


def _files_holding(root: Path, needle: str) -> list[Path]:
    found = []
    for file in root.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            if needle.encode() in data or needle.encode("utf-16-le") in data:
                found.append(file)
    return found


def test_a_run_with_faults_leaves_the_key_nowhere(fake_openai, key, tmp_path, staysim_home):
    fake_openai.fail(500)
    fake_openai.reply("Het team, vooral.")
    fake_openai.fail(429, retry_after=0.05)
    fake_openai.cut_stream(after=2)
    script = tmp_path / "script.txt"
    script.write_text("\n".join(SCRIPT) + "\n", encoding="utf-8")
    env = _env(fake_openai, key)
    result = _staysim(
        "run", "--scenario", "stille-senior", "--script", str(script), "--backend", "openai",
        env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # The key really was used, so its absence below means something.
    assert fake_openai.chat_requests[0].headers["authorization"] == f"Bearer {key}"
    assert "DEBUG" in result.stderr
    assert key not in result.stdout + result.stderr

    outputs = []
    for argv in (["history"], ["history", "--json"]):
        listed = _staysim(*argv, env=env)
        assert listed.returncode == 0
        outputs.append(listed.stdout + listed.stderr)
    exports = tmp_path / "exports"
    exports.mkdir()
    for fmt in ("md", "html", "json"):
        done = _staysim("export", "last", "--format", fmt, "-o", str(exports / f"s.{fmt}"), env=env)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout + done.stderr)
    assert all(key not in text for text in outputs)
    assert _files_holding(exports, key) == []
    assert list(staysim_home.iterdir())  # the database and its WAL were written
    assert _files_holding(staysim_home, key) == []
    # Not even a part of it, e.g. the last characters some tools show.
    assert _files_holding(staysim_home, key[-12:]) == []


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (401, "Incorrect API key provided: {key}."),
        (400, "Invalid request with key {key} in it"),
        (404, "No model for {key}"),
        (500, "internal error near {key}"),
    ],
)
def test_error_messages_never_repeat_the_key(fake_openai, key, tmp_path, staysim_home, status,
                                             message):  # fmt: skip
    fake_openai.fail(status, times=10, message=message.format(key=key))
    script = tmp_path / "script.txt"
    script.write_text(SCRIPT[0] + "\n", encoding="utf-8")
    env = _env(fake_openai, key)
    env["STAYSIM_TIMEOUT"] = "2"
    result = _staysim(
        "run", "--scenario", "stille-senior", "--script", str(script), "--backend", "openai",
        env=env,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    error = [line for line in result.stderr.splitlines() if line.startswith("staysim:")]
    assert len(error) == 1 and "saved, unfinished" in error[0]
    assert key not in result.stdout + result.stderr
    assert _files_holding(staysim_home, key) == []


def test_settings_and_backend_never_show_the_key(key):
    settings = Settings(api_key=key, base_url="http://127.0.0.1:9/v1")
    backend = BackendInfo("openai", settings.model, settings.effective_base_url, settings)
    for text in (
        repr(settings),
        str(settings),
        settings.model_dump_json(),
        json.dumps(settings.model_dump(mode="json")),
        repr(backend),
        backend.describe(),
    ):
        assert key not in text


def test_config_file_is_created_owner_only(key, staysim_home):
    old = os.umask(0)  # even with a permissive umask
    try:
        path = save_config({"api_key": key, "model": "fake-model"})
    finally:
        os.umask(old)
    assert path == paths.config_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert json.loads(path.read_text(encoding="utf-8")) == {"api_key": key, "model": "fake-model"}
    settings = load_settings()
    assert settings.api_key is not None and settings.api_key.get_secret_value() == key
    assert choose_backend(None).name == "openai"
    # Rewriting keeps it private and leaves no temporary file behind.
    path.chmod(0o644)
    save_config({"api_key": key, "model": "other"})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == ["config.json"]


def test_config_values_are_validated_before_writing(staysim_home):
    from simulator.config import ConfigError

    with pytest.raises((ValueError, ConfigError)):
        save_config({"api_key": "x", "timeout": -1})
    assert not paths.config_path().exists()


@pytest.mark.parametrize(
    "content",
    [b"[" * 100_000, b'{"timeout": ' + b"9" * 5000 + b"}", b"\xff\xfe{}", b'{"api_key": '],
    ids=["deep", "huge-number", "not-utf8", "truncated"],
)
def test_a_broken_config_file_is_one_line_without_the_key(staysim_home, content, key):
    from simulator.config import ConfigError

    staysim_home.mkdir(parents=True, exist_ok=True)
    paths.config_path().write_bytes(content)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert str(paths.config_path()) in info.value.message
    assert "\n" not in info.value.message


def test_an_invalid_key_in_the_config_is_never_repeated(staysim_home, key):
    from simulator.config import ConfigError

    staysim_home.mkdir(parents=True, exist_ok=True)
    paths.config_path().write_text(json.dumps({"api_key": key, "timeout": "soon"}))
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert "timeout" in info.value.message and key not in info.value.message


def test_backend_description_hides_credentials_in_the_base_url():
    from simulator.engine.backend import BackendInfo

    info = BackendInfo(name="openai", model="m", base_url="http://user:sk-secret@127.0.0.1:8080/v1")
    assert "sk-secret" not in info.describe()
    assert "127.0.0.1:8080/v1" in info.describe()


@pytest.mark.parametrize(
    "url", ["http://[::1", "ftp://example.test/v1", "http://", "localhost:11434/v1"]
)
def test_an_unusable_base_url_is_a_one_line_error_naming_the_variable(monkeypatch, url):
    from simulator.config import ConfigError, load_settings

    monkeypatch.setenv("OPENAI_BASE_URL", url)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert caught.value.message.startswith("OPENAI_BASE_URL: base_url: ")
    assert "\n" not in caught.value.message


def test_a_password_in_the_base_url_stays_out_of_the_error(capsys, tmp_path):
    from simulator.cli import main

    script = tmp_path / "s.txt"
    script.write_text("Waar kijk je naar uit?\n", encoding="utf-8")
    os.environ["OPENAI_BASE_URL"] = "http://u:sk-test-PWSECRET@127.0.0.1:9/v1?key=sk-test-QS"
    try:
        code = main(["run", "--scenario", "stille-senior", "--script", str(script)])
    finally:
        del os.environ["OPENAI_BASE_URL"]
    out = capsys.readouterr()
    assert code == 2
    assert "could not reach" in out.err or "127.0.0.1:9" in out.err
    assert "PWSECRET" not in out.out + out.err and "sk-test-QS" not in out.out + out.err
