"""What the coder says of an utterance: codes, evidence, themes, acts, reflection quality."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """Why a code was given: the span of the utterance and the rule id, or the model's
    strongest features ("model: ...")."""

    code: str
    span: str
    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class ReflectionQuality:
    """How a reflection gives back the employee's words: `accurate` when it names content of
    their last turn, `generic` when it names none at all ("Dat klinkt alsof dat belangrijk
    voor je is"), `complex` when it adds meaning (MITI 4.2.1), `echoed` the words given back."""

    accurate: bool
    generic: bool
    complex: bool
    echoed: tuple[str, ...] = ()


@dataclass(frozen=True)
class CodedUtterance:
    """One utterance with its codes (unique, in order of occurrence), evidence and themes."""

    text: str
    lang: str
    codes: list[str]
    evidence: list[Evidence] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    reflection: ReflectionQuality | None = None
    # Conversational acts the rule book recognises beyond the codes ("check", "summary",
    # "step_ask", ...): the director and the scorecard read these, never patterns of their own.
    acts: tuple[str, ...] = ()
