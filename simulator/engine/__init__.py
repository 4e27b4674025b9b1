"""The employee engine: director, offline and LLM actors, and the practice session loop."""

from simulator.engine.actor import ActorContext, Restart
from simulator.engine.backend import BackendInfo, EngineError, choose_backend
from simulator.engine.director import Decision, Director
from simulator.engine.session import PracticeSession

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
