"""What the director decides each manager turn, and the state it keeps between turns."""

from dataclasses import asdict, dataclass, field
from typing import Any

from simulator.domain.persona import Fact, Layer


@dataclass(frozen=True)
class Decision:
    """What the actor voices this turn."""

    reaction: str | None  # the manager behaviour the employee reacts to first, e.g. "defensive"
    reveal: Fact | None  # the one fact the employee now shares, if any
    theme: str | None  # the theme the manager asked about (the reply follows it)
    closed: bool  # a closed question with nothing more: answer briefly
    closing: bool  # the manager is wrapping up
    small_talk: bool  # chit-chat or a greeting with no theme
    trust: float
    open_theme: bool = False  # trust is high enough to talk freely about the theme
    turn: int = 0  # the manager turn number, 1-based
    codes: tuple[str, ...] = ()
    revealed_ids: tuple[str, ...] = ()  # every fact shared so far, this turn's included
    question: bool = False  # the turn asks something new (not only "klopt dat?")
    asked: tuple[str, ...] = ()  # the themes of the question itself; they decide the answer
    own_action: bool = False  # the manager asks for the employee's own first step
    proposal: bool = False  # the manager proposes something ("zullen we samen ...?")
    question_text: str = ""  # the question sentence(s) of the turn
    check: bool = False  # the turn only checks a reflection: "Klopt dat?"
    opinion: bool = False  # the manager asks whether the employee shares the manager's view
    money: bool = False  # a promise that is about money ("je krijgt opslag")
    focus: str = ""  # an already shared fact the turn asks about: the reply deepens it
    layer: Layer | None = None  # the deeper layer of `focus` the employee now tells
    summary: str | None = None  # a summary met with "confirm", "correct", "shrug", "own_words"
    listening: str = "none"  # what the turn did with the story (engine.listening kinds)
    hostile: bool = False  # a defence or reproach: answered in kind, cooler as trust is lower
    fact: bool = False  # the question asks for one fact ("Wie ...?"): never a yes or a no
    dated: bool = False  # the turn names a date ("volgende week donderdag"): a step is concrete

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["reveal"] = self.reveal.id if self.reveal else None
        data["layer"] = self.layer.label if self.layer else None
        data["codes"] = list(self.codes)
        data["revealed_ids"] = list(self.revealed_ids)
        return data


@dataclass
class DirectorState:
    """Serialisable: saved with the session so it can be inspected and resumed."""

    trust: float
    revealed: list[str] = field(default_factory=list)
    turn: int = 0
    closed_streak: int = 0
    recent_open: list[list[Any]] = field(default_factory=list)  # [turn, theme]
    explored: list[str] = field(default_factory=list)
    promises: int = 0
    negatives: int = 0
    history: list[float] = field(default_factory=list)  # trust after each manager turn
    last_theme: str = ""  # the theme the last reply was about: what "tell me more" refers to
    last_fact: str = ""  # the fact the last reply was about: what a reflection deepens
    depth: dict[str, int] = field(default_factory=dict)  # fact id -> layers told
