"""Shared fixtures: every test runs with its own STAYSIM_HOME and no LLM settings."""

import pytest


@pytest.fixture(autouse=True)
def staysim_home(tmp_path, monkeypatch):
    home = tmp_path / "staysim-home"
    monkeypatch.setenv("STAYSIM_HOME", str(home))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "STAYSIM_MODEL", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    return home
