"""Choosing a backend: offline by default, openai with a base URL, an API key or a config
file, and a clear message for what cannot be used; the key is never shown."""

import json

import pytest
from engine_helpers import KEY

from simulator.engine import EngineError, choose_backend

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")


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

