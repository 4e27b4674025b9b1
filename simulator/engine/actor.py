"""What every actor receives for one reply, and the protocol actors follow."""

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Protocol

from simulator.domain.persona import Fact, Layer, Persona
from simulator.domain.scenario import Scenario
from simulator.engine.backend import BackendInfo, EngineError
from simulator.engine.decision import Decision


@dataclass(frozen=True)
class ActorContext:
    """One reply to voice: the decision plus the conversation so far."""

    persona: Persona
    scenario: Scenario
    decision: Decision
    manager_text: str
    history: list[tuple[str, str]]  # (speaker, text) before this manager turn
    allowed_facts: list[Fact]  # facts the director has released, including this turn's
    allowed_layers: list[Layer] = field(default_factory=list)  # deeper layers told so far


class Actor(Protocol):
    name: str

    def stream(self, context: ActorContext) -> AsyncIterator[str]: ...


class Restart(str):
    """A chunk that says: the reply broke off and starts again from here.

    The text shown so far stays (and stays saved as an interrupted turn); the reply restarts
    as a new turn. Its value is a paragraph break, so a consumer that only concatenates
    chunks still reads sensibly; the app can test `isinstance(chunk, Restart)` and open a new
    bubble instead.
    """


def make_actor(backend: BackendInfo, persona: Persona, scenario: Scenario) -> Actor:
    """The actor that voices the employee on this backend."""
    if backend.name == "offline":
        from simulator.engine.offline import OfflineActor

        return OfflineActor(persona, session_key=f"{scenario.id}|{persona.id}")
    if backend.name == "openai":
        from simulator.config import load_settings
        from simulator.engine.openai_actor import OpenAIActor

        return OpenAIActor(backend.settings or load_settings(model=backend.model))
    raise EngineError.of("errors_engine.unknown_backend", name=backend.name)
