"""The employee engine: director, offline and LLM actors, and the practice session loop."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.engine.actor import ActorContext, Restart
    from simulator.engine.backend import BackendInfo, EngineError, choose_backend
    from simulator.engine.director import Decision, Director
    from simulator.engine.session import PracticeSession

# Loaded on first use: the picker needs the backend, not the director or the coder behind it.
_HOMES = {
    "ActorContext": "actor",
    "Restart": "actor",
    "BackendInfo": "backend",
    "EngineError": "backend",
    "choose_backend": "backend",
    "Decision": "director",
    "Director": "director",
    "PracticeSession": "session",
}

__all__ = [
    "ActorContext",
    "BackendInfo",
    "Decision",
    "Director",
    "EngineError",
    "PracticeSession",
    "Restart",
    "choose_backend",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'simulator.engine' has no attribute {name!r}")
    value = getattr(import_module(f"simulator.engine.{home}"), name)
    globals()[name] = value
    return value
