"""The director: the persona's hidden state, moved deterministically by the manager's codes.

One manager turn is read (engine.asking), moves trust (engine.trust) and decides what the
employee tells (engine.disclosure); this module puts those together into a Decision."""

from dataclasses import asdict, replace
from typing import Any

from simulator.domain.persona import Fact, Layer, Persona
from simulator.domain.scenario import Scenario
from simulator.domain.scorecard import Disclosures
from simulator.engine.asking import (
    RECENT_TURNS,
    Coded,
    Turn,
    explored_themes,
    note_explored,
    read_turn,
)
from simulator.engine.decision import Decision, DirectorState
from simulator.engine.disclosure import Disclosure, Told
from simulator.engine.listening import ACCURATE, Listening, read_listening
from simulator.engine.trust import (
    CLOSED_MARGIN,
    CLOSED_STREAK_LOSS,
    DIFFICULTY,
    GAINS,
    LAYER_TRUST,
    LISTENING_GAINS,
    LOSSES,
    NEGATIVE_ORDER,
    OWN_ACTION_TRUST,
    POSITIVE_ORDER,
    TALKATIVE_TRUST,
    WARM_TRUST,
    DifficultyProfile,
    move_trust,
    start_trust,
)
from simulator.scoring.codes import Code

__all__ = [
    "CLOSED_MARGIN",
    "CLOSED_STREAK_LOSS",
    "DIFFICULTY",
    "GAINS",
    "LAYER_TRUST",
    "LISTENING_GAINS",
    "LOSSES",
    "NEGATIVE_ORDER",
    "OWN_ACTION_TRUST",
    "POSITIVE_ORDER",
    "RECENT_TURNS",
    "TALKATIVE_TRUST",
    "WARM_TRUST",
    "Coded",
    "Decision",
    "DifficultyProfile",
    "Director",
    "DirectorState",
]


class Director:
    """Moves trust and decides, one manager turn at a time, what the employee may share."""

    def __init__(self, persona: Persona, scenario: Scenario, state: DirectorState | None = None):
        self.persona = persona
        self.scenario = scenario
        self.profile = DIFFICULTY[scenario.difficulty]
        self.state = state or DirectorState(trust=start_trust(self.profile, persona.traits))

    @property
    def trust(self) -> float:
        return self.state.trust

    @property
    def revealed(self) -> list[str]:
        return list(self.state.revealed)

    @property
    def _facts(self) -> Disclosure:
        return Disclosure(self.persona, self.state, self.profile.fact_offset)

    def threshold(self, fact: Fact) -> float:
        """The trust this fact needs in this scenario (difficulty shifts every level)."""
        return self._facts.threshold(fact)

    def hidden_facts(self) -> list[Fact]:
        return self._facts.hidden_facts()

    def revealed_facts(self) -> list[Fact]:
        return [self.persona.fact(i) for i in self.state.revealed]

    def told_layers(self) -> list[Layer]:
        """The deeper layers told so far, fact by fact."""
        return self._facts.told_layers()

    # One manager turn

    def step(self, coded: Coded, last_said: str | None = None) -> Decision:
        """One manager turn; `last_said` is the employee's turn before it."""
        s = self.state
        s.turn += 1
        listening = self._listen(coded, last_said)
        turn = read_turn(coded, self.scenario.language)
        if listening.kind == ACCURATE and not turn.codes:
            # Their own words given back as a bare statement: heard as the reflection it is.
            turn = replace(turn, codes=(Code.REFLECTION.value,))
        move_trust(s, self.profile, self.persona.traits, turn.codes, turn.closed_only, listening)
        candidates = explored_themes(turn, s)
        note_explored(s, turn, candidates)
        told = self._facts.tell(turn, candidates, listening.on_story)
        theme = self._theme(turn, told)
        s.history.append(round(s.trust, 4))
        return self._decision(turn, told, theme, listening)

    def _listen(self, coded: Coded, last_said: str | None) -> Listening:
        """How the turn listens, checked against everything the employee told so far."""
        told = [f.text for f in self.revealed_facts()]
        told += [layer.text for layer in self.told_layers()]
        return read_listening(coded, last_said, told)  # type: ignore[arg-type]

    def _theme(self, turn: Turn, told: Told) -> str | None:
        """The theme the reply follows, remembered as the topic at hand."""
        s = self.state
        if told.reveal is not None:
            theme: str | None = told.reveal.theme
        elif told.pointed:
            theme = told.pointed
        elif turn.question and turn.asked:
            theme = turn.asked[0]
        else:
            theme = told.candidates[0][0] if told.candidates else None
        if theme is None and turn.themes and not (turn.steps or turn.opinion):
            theme = turn.themes[0]
        if theme is None and turn.question and turn.has_open and not turn.own_action:
            theme = s.last_theme or None  # an open question on no theme: the topic at hand
        if theme:
            s.last_theme = theme
        return theme

    def _decision(
        self, turn: Turn, told: Told, theme: str | None, listening: Listening
    ) -> Decision:
        s = self.state
        reaction = _reaction(turn)
        return Decision(
            reaction=reaction,
            reveal=told.reveal,
            theme=theme,
            closed=turn.question and not turn.has_open and told.reveal is None,
            closing=turn.closing,
            small_talk=turn.small_talk,
            trust=round(s.trust, 4),
            open_theme=theme is not None and self._facts.theme_open(theme),
            turn=s.turn,
            codes=turn.codes,
            revealed_ids=tuple(s.revealed),
            question=turn.question,
            asked=turn.asked,
            own_action=turn.own_action,
            proposal=turn.proposal,
            question_text=turn.question_text,
            check=turn.check,
            opinion=turn.opinion,
            money=turn.money,
            focus=told.focus,
            layer=told.layer,
            summary=listening.summary,
            listening=listening.kind,
            hostile=reaction in ("defensive", "appraisal"),
            fact="fact" in turn.asks,
            dated="follow_up_date" in turn.acts,
        )

    def disclosures(self) -> Disclosures:
        """What the employee shared, and how deep each fact went."""
        depth = self.state.depth
        return Disclosures(
            revealed=list(self.state.revealed),
            total=len(self.persona.facts),
            depth={f: 1 + depth.get(f, 0) for f in self.state.revealed},
            max_depth={f.id: f.depth for f in self.persona.facts},
            leave=[f.id for f in self.persona.facts if f.theme == "leave"],
        )

    # Persistence

    def to_state(self) -> dict[str, Any]:
        return asdict(self.state)

    @classmethod
    def from_state(cls, persona: Persona, scenario: Scenario, data: dict[str, Any]) -> "Director":
        known = {f.id for f in persona.facts}
        state = DirectorState(
            trust=float(data.get("trust", 0.0)),
            revealed=[i for i in data.get("revealed", []) if i in known],
            turn=int(data.get("turn", 0)),
            closed_streak=int(data.get("closed_streak", 0)),
            recent_open=[list(r) for r in data.get("recent_open", [])],
            explored=list(data.get("explored", [])),
            promises=int(data.get("promises", 0)),
            negatives=int(data.get("negatives", 0)),
            history=[float(x) for x in data.get("history", [])],
            last_theme=str(data.get("last_theme", "")),
            last_fact=str(data.get("last_fact", "")),
            depth={k: int(v) for k, v in dict(data.get("depth", {})).items() if k in known},
        )
        return cls(persona, scenario, state)


def _reaction(turn: Turn) -> str | None:
    """The manager behaviour the employee reacts to first: the heaviest loss, else the news."""
    reaction = next((c for c in NEGATIVE_ORDER if c in turn.codes), None)
    if reaction is None:
        reaction = next((c for c in POSITIVE_ORDER if c in turn.codes), None)
    if reaction is None and turn.closed_only:
        reaction = "closed_question"
    return reaction
