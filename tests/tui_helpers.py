"""Test helpers for the app: a small scripted stand-in for the engine, for failure injection."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import yaml

from simulator.domain.persona import Persona
from simulator.domain.scenario import Scenario
from simulator.domain.scorecard import (
    Actions,
    Disclosures,
    Finding,
    Metrics,
    Scorecard,
    TranscriptLine,
)
from simulator.domain.session import Turn
from simulator.library import Library
from simulator.store import Store


class EngineError(Exception):
    def __init__(self, message: str, retryable: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable


@dataclass
class Backend:
    name: str = "scripted"

    def describe(self) -> str:
        return f"{self.name} (test)"


def choose_backend(requested, model=None):
    return Backend()


@dataclass
class Script:
    """What the stand-in answers: chunks per reply, failures to raise, a delay per chunk."""

    replies: list[list[str]] = field(default_factory=lambda: [["Goed ", "dat ", "je ", "vraagt."]])
    fail_times: int = 0
    delay: float = 0.0


class PracticeSession:
    script = Script()

    def __init__(self, store, scenario, persona, backend, session_id):
        self.store = store
        self.scenario = scenario
        self.persona = persona
        self.backend = backend
        self.session_id = session_id
        self.turns: list[Turn] = []
        self.revealed: list[str] = []
        self.timings: dict[int, tuple] = {}  # turn index -> (seconds, pause) of a voice turn
        self._replies = 0

    @classmethod
    def start(cls, store, scenario, persona, backend, assignment=None):
        sid = store.create_session(scenario.id, backend.name, None, scenario.language)
        session = cls(store, scenario, persona, backend, sid)
        session._add("employee", scenario.opening or "Hoi.")
        return session

    @classmethod
    def resume(cls, store, session_id, library, backend):
        saved = store.load_session(session_id)
        scenario = library.scenarios[saved.scenario]
        session = cls(store, scenario, library.persona_for(scenario), backend, session_id)
        session.turns = list(saved.turns)
        return session

    def _add(self, speaker, text, status="complete"):
        index = self.store.append_turn(self.session_id, speaker, text, status)
        self.turns.append(Turn(index=index, speaker=speaker, text=text, status=status))
        return index

    def say(self, text):
        self._add("manager", text)
        return self.turns[-1]

    def time_turn(self, turn, seconds, pause=None):
        self.timings[turn.index] = (seconds, pause)
        timed = turn.model_copy(update={"seconds": seconds, "pause": pause})
        self.turns = [timed if t.index == turn.index else t for t in self.turns]
        return timed

    def unanswered(self):
        managers = [i for i, turn in enumerate(self.turns) if turn.speaker == "manager"]
        return bool(managers) and not any(
            turn.status == "complete" for turn in self.turns[managers[-1] + 1 :]
        )

    async def answer(self):
        async for chunk in self._answer():
            yield chunk

    async def _answer(self):
        if self.script.fail_times > 0:
            self.script.fail_times -= 1
            raise EngineError("the server answered 500 Internal Server Error")
        chunks = self.script.replies[self._replies % len(self.script.replies)]
        self._replies += 1
        index = self._add("employee", "", "interrupted")
        text = ""
        try:
            for chunk in chunks:
                await asyncio.sleep(self.script.delay)
                text += chunk
                yield chunk
        finally:
            status = "complete" if text == "".join(chunks) else "interrupted"
            self.store.update_turn(self.session_id, index, text, status)
            self.turns[-1] = Turn(index=index, speaker="employee", text=text, status=status)

    def last_codes(self):
        last = [t for t in self.turns if t.speaker == "manager"]
        return ["open_question"] if last and last[-1].text.endswith("?") else ["defensive"]

    def metrics(self):
        spoken = [t.seconds for t in self.turns if t.speaker == "manager" and t.seconds]
        voice = {"manager_speaking_seconds": round(sum(spoken), 1)} if spoken else {}
        return Metrics(manager_talk_share=0.3, open_questions=1, **voice)

    def finish(self):
        card = Scorecard(
            scenario=self.scenario.id,
            language=self.scenario.language,
            score=64,
            metrics=self.metrics(),
            actions=Actions(employee=True),
            findings=[Finding(turn=1, code="defensive", quote="ja maar", tip="Vat eerst samen.")],
            disclosures=Disclosures(
                revealed=[self.persona.facts[0].id], total=len(self.persona.facts)
            ),
            transcript=[
                TranscriptLine(
                    speaker=t.speaker,
                    text=t.text,
                    codes=(self.last_codes() if t.speaker == "manager" else []),
                    seconds=t.seconds,
                    pause=t.pause,
                )
                for t in self.turns
            ],
            dimensions=[
                {
                    "name": "listening",
                    "label": "Listening",
                    "score": 70,
                    "target": 60,
                    "value": 0.3,
                    "weight": 1,
                }
            ],
            pass_score=60,
            passed=True,
        )
        self.store.finish_session(self.session_id, card)
        return card


def fake_engine(script: Script | None = None):
    PracticeSession.script = script or Script()
    return SimpleNamespace(
        EngineError=EngineError, choose_backend=choose_backend, PracticeSession=PracticeSession
    )


DATA = Path(__file__).parent / "data" / "library"


def fixed_library() -> Library:
    """The small test library, so screens and snapshots do not change with the bundled content."""
    library = Library()
    for path in sorted((DATA / "personas").glob("*.yaml")):
        persona = Persona.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
        library.personas[persona.id] = persona
    for path in sorted((DATA / "scenarios").glob("*.yaml")):
        scenario = Scenario.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
        library.scenarios[scenario.id] = scenario
    return library


def scripted_app(tmp_path: Path, script: Script | None = None, **kwargs):
    """The app over a temporary store, with the scripted engine unless one is given."""
    from simulator.tui.app import make_app

    kwargs.setdefault("engine", fake_engine(script))
    kwargs.setdefault("library", fixed_library())
    kwargs.setdefault("lang", "nl")  # not the machine's locale: screens and snapshots stay fixed
    return make_app(store=Store.open(tmp_path / "test.db"), **kwargs)


async def say(pilot, text: str) -> None:
    """Type a line into the practice input and send it, then let the reply stream in."""
    from textual.widgets import Input

    pilot.app.screen.query_one("#say", Input).value = text
    await pilot.press("enter")
    await wait_idle(pilot)


async def until(pilot, condition, timeout: float = 10.0) -> None:
    """Until `condition()` holds (or `timeout` seconds), then let the screen settle."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not condition() and loop.time() < end:
        await asyncio.sleep(0.02)
    await pilot.pause()
    assert condition()


async def finish(pilot) -> None:
    """ctrl+f, then until the scorecard is on screen: the scoring runs in a thread."""
    from simulator.tui.screens.scorecard import ScorecardScreen

    await pilot.press("ctrl+f")
    await until(pilot, lambda: isinstance(pilot.app.screen, ScorecardScreen))


async def wait_idle(pilot, timeout: float = 5.0) -> None:
    """Until no reply is being streamed."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    await pilot.pause()
    while loop.time() < end:
        screen = pilot.app.screen
        # Also the screen's other work (meters, history), so that what is drawn has settled.
        working = any(
            w.node in (screen, pilot.app) and not w.is_finished for w in pilot.app.workers
        )
        if not getattr(screen, "busy", False) and not working:
            break
        await asyncio.sleep(0.02)
    await pilot.pause()


def texts(screen) -> list[tuple[str, str]]:
    from simulator.tui.widgets.turn import TurnView

    return [(v.speaker, v.text) for v in screen.query(TurnView)]


def shown(view) -> str:
    """A turn's text as its lines render it on screen."""
    from textual.widgets import Static

    return "\n".join(str(line.render()) for line in view.query(".line").results(Static))
