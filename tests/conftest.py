"""Shared fixtures: every test runs with its own STAYSIM_HOME and no LLM settings."""

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def staysim_home(tmp_path, monkeypatch):
    home = tmp_path / "staysim-home"
    monkeypatch.setenv("STAYSIM_HOME", str(home))
    names = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "STAYSIM_MODEL", "NO_COLOR", "STAYSIM_STT",
             "STAYSIM_STT_MODEL", "STAYSIM_TTS", "STAYSIM_TTS_MODEL", "STAYSIM_TTS_VOICE")
    for name in names:
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def english(monkeypatch):
    """The user's language English (STAYSIM_LANG=en, also for subprocesses), for tests that
    read the English wording of messages; the Dutch wording is tested beside it."""
    monkeypatch.setenv("STAYSIM_LANG", "en")


_MISSES = Path(__file__).parent / "known_coder_misses.txt"


def pytest_collection_modifyitems(config, items):
    """The listed lines (of the rule coder's example sets, and hand-written checks) are known
    misses of the learned coder: expected to fail, strictly, so a fixed one is noticed and taken
    off the list."""
    known = {line.strip() for line in _MISSES.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    for item in items:
        if item.nodeid in known:
            item.add_marker(pytest.mark.xfail(strict=True, reason="known miss of the learned "
                                              "coder (tests/known_coder_misses.txt)"))
