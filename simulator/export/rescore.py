"""Scoring a saved session the way the live session is scored, e.g. one left unfinished."""

from typing import TYPE_CHECKING

from simulator.domain.scorecard import Scorecard
from simulator.domain.session import Session, counted_turns

if TYPE_CHECKING:
    from simulator.domain.persona import Persona
    from simulator.domain.scenario import Scenario
    from simulator.library import Library


def kept_turns(session: Session) -> list[tuple[str, str, str]]:
    """(speaker, text, status) of the turns that count, as the engine counts them."""
    return [(t.speaker, t.text, t.status) for t in counted_turns(session.turns)]


def conversation(session: Session) -> list[tuple[str, str]]:
    """The turns that count, as the engine scores them: a broken-off reply that was followed
    by a retry is left out; a last reply cut off by a crash is kept."""
    return [(speaker, text) for speaker, text, _ in kept_turns(session)]


def scorecard_for(session: Session, library: "Library | None" = None) -> Scorecard:
    """The saved scorecard, else one scored now from the turns (an unfinished session).

    When the scenario is still in the library, its rubric applies and the director replays
    the manager turns, so the disclosures match what the live session would have shown.
    """
    if session.scorecard is not None:
        return session.scorecard
    from simulator.scoring import build_scorecard

    pairs = conversation(session)
    scenario, persona = _scenario_of(session, library)
    if scenario is None or persona is None:
        card: Scorecard = build_scorecard(
            pairs, language=session.language, scenario=session.scenario
        )
        return card
    from simulator.engine.director import Director
    from simulator.engine.outcome import scenario_scorecard
    from simulator.scoring import code_utterance

    director = Director(persona, scenario)
    prev: str | None = None
    for speaker, text in pairs:
        if speaker == "manager":
            director.step(code_utterance(text, scenario.language, prev), prev)
        else:
            prev = text
    return scenario_scorecard(pairs, scenario, persona, director)


def _scenario_of(
    session: Session, library: "Library | None"
) -> "tuple[Scenario | None, Persona | None]":
    if not session.scenario:
        return None, None
    if library is None:
        from simulator.library import load_library

        library = load_library()
    scenario = library.scenarios.get(session.scenario)
    if scenario is None or scenario.language != session.language:
        return None, None
    return scenario, library.personas.get(scenario.persona)
