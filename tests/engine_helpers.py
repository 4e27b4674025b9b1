"""Hand-made personas, scenarios and coded turns for the engine tests, and the steps of a
practice session (say, play a script, the openai backend on a fake server)."""

from dataclasses import dataclass, field
from typing import Any

import pytest
from fake_openai import fake_settings

from simulator import paths
from simulator.domain.persona import THEMES, Persona
from simulator.domain.scenario import Scenario
from simulator.engine import BackendInfo, PracticeSession, choose_backend
from simulator.engine.openai_actor import OpenAIActor
from simulator.library import load_library
from simulator.scoring.acts import rule_acts
from simulator.scoring.words import detect_language
from simulator.store import Store


@dataclass
class Coded:
    """Stands in for scoring.CodedUtterance: the director reads only these fields. The
    language and acts are found as the coder finds them."""

    text: str = "..."
    codes: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    acts: tuple[str, ...] = ()
    lang: str = ""
    evidence: list[Any] = field(default_factory=list)
    reflection: Any = None  # judged by the director's listening check when None

    def __post_init__(self) -> None:
        self.lang = self.lang or detect_language(self.text)
        self.acts = self.acts or rule_acts(self.text, self.lang)


def persona(openness: float = 0.5, sensitivity: float = 0.5, **changes) -> Persona:
    data = {
        "id": "test-persona",
        "name": "Test Persoon",
        "language": "nl",
        "role": "Tester",
        "profile": {"tenure": "3 jaar", "background": "Test.", "speaking_style": "Kort."},
        "traits": {"openness": openness, "sensitivity": sensitivity},
        "facts": [
            {
                "id": "energy-low",
                "theme": "energy",
                "text": "Energie van bouwen.",
                "label": "Bouwen",
                "trust": 0.1,
                "lines": ["Ik word blij van bouwen.", "Bouwen, echt."],
            },
            {
                "id": "energy-high",
                "theme": "energy",
                "text": "Energie van mensen begeleiden.",
                "label": "Begeleiden",
                "trust": 0.3,
                "lines": ["En begeleiden, dat ook."],
            },
            {
                "id": "growth",
                "theme": "growth",
                "text": "Wil architect worden.",
                "label": "Architect",
                "trust": 0.4,
                "lines": ["Ik wil architect worden."],
            },
            {
                "id": "leave",
                "theme": "leave",
                "text": "Geheim: ze heeft een gesprek bij een concurrent.",
                "label": "Recruiter",
                "trust": 0.7,
                "lines": ["Ik heb een gesprek bij een concurrent."],
            },
        ],
        "lines": {
            "opening": ["Hoi, zeg het maar.", "Hallo."],
            "guarded": {
                t: [f"Ontwijkend over {t} een.", f"Ontwijkend over {t} twee."] for t in THEMES
            },
            "open": {"energy": ["Open over energie."], "growth": ["Open over groei."]},
            "reactions": {
                "defensive": ["Oké, laat maar."],
                "appraisal": ["Is dit een beoordeling?"],
                "promise": ["Dat heb ik vaker gehoord."],
                "reflection": ["Ja, precies.", "Klopt."],
            },
            "short_yes": ["Ja.", "Prima."],
            "small_talk": ["Druk weekend."],
            "filler": ["Hm.", "Tja."],
            "closing": ["Dank je, tot dan."],
        },
    }
    data.update(changes)
    return Persona.model_validate(data)


def scenario(difficulty: str = "medium", opening: str | None = "Waar gaat dit over?") -> Scenario:
    return Scenario.model_validate(
        {
            "id": "test-scenario",
            "title": "Test",
            "language": "nl",
            "persona": "test-persona",
            "difficulty": difficulty,
            "briefing": "Een test.",
            "objectives": ["Testen."],
            "opening": opening,
        }
    )


def open_q(*themes: str, text: str = "Wat geeft je energie?") -> Coded:
    return Coded(text, ["open_question"], list(themes))


def reflect(*themes: str, text: str = "Het klinkt alsof je daar blij van wordt.") -> Coded:
    return Coded(text, ["reflection"], list(themes))


def closed(*themes: str, text: str = "Loopt alles nog?") -> Coded:
    return Coded(text, ["closed_question"], list(themes))


# Practice sessions

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
    """The openai backend against the fake server, with its test-time settings (quicker
    back-offs than the actor tests'); `extra` overrides any field."""
    settings = fake_settings(server.url, KEY, **{"backoff_max": 0.02, "retry_after_max": 0.5,
                                                 **extra})
    return choose_backend("openai", settings=settings)
