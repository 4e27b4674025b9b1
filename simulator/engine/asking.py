"""Asking: what a manager turn asks, and which themes it explores."""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from simulator.engine.decision import DirectorState
from simulator.engine.trust import CLOSED_MARGIN, NEGATIVE_ORDER
from simulator.scoring.acts import acts_in
from simulator.scoring.rules import is_rule
from simulator.scoring.themes import detect_themes

# How many manager turns back an open question's theme counts for a following reflection.
RECENT_TURNS = 2

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")

# A theme with the margin past a fact's trust level it needs to be told.
Candidates = list[tuple[str, float]]


class Coded(Protocol):
    """What the director reads from the coder (scoring.CodedUtterance has these fields)."""

    @property
    def text(self) -> str: ...
    @property
    def codes(self) -> list[str]: ...
    @property
    def themes(self) -> list[str]: ...
    @property
    def acts(self) -> tuple[str, ...]: ...
    @property
    def lang(self) -> str: ...
    @property
    def evidence(self) -> Sequence[Any]: ...  # each with .rule and .span


# A continuer or a silence in a manager's turn ("hm", "mm-hmm", "uh-huh", "..."): each word
# between the marks is one of these sounds (checked word by word, with possessive repeats: a
# long "mmmm…?" is read once, never backtracked through).
_CONTINUER_WORD = re.compile(r"h*+m++(?:h++m*+)?+|uh|huh|aha", re.IGNORECASE)
_BETWEEN_WORDS = re.compile(r"[\s.…,!-]+")


def is_continuer(text: str) -> bool:
    """Whether a turn is only a continuer or a silence ("Hm.", "...", "Mm-hmm.")."""
    return all(_CONTINUER_WORD.fullmatch(word) for word in _BETWEEN_WORDS.split(text) if word)


@dataclass(frozen=True)
class Turn:
    """One manager turn as the director reads it."""

    text: str
    codes: tuple[str, ...]
    themes: tuple[str, ...]
    acts: frozenset[str]
    asked: tuple[str, ...]  # the themes of the question sentences: they decide the answer
    question: bool  # the turn asks something new (not only "klopt dat?")
    question_text: str
    asks: frozenset[str]  # what the question itself does, apart from a reflection before it
    own_action: bool  # asks for the employee's own first step
    proposal: bool  # "Zullen we ...?", or a commitment followed by "Is dat goed?"
    opinion: bool  # "Ben je het met me eens?"

    @property
    def has_open(self) -> bool:
        return "open_question" in self.codes

    @property
    def has_reflection(self) -> bool:
        return "reflection" in self.codes

    @property
    def closed_only(self) -> bool:
        return "closed_question" in self.codes and not self.has_open and not self.has_reflection

    @property
    def steps(self) -> bool:
        """Asking for a step or proposing one: it opens no topic."""
        return self.own_action or self.proposal

    @property
    def pulled_back(self) -> bool:
        """Under a defence or an appraisal the employee closes up: nothing new this turn."""
        return any(c in self.codes for c in ("defensive", "appraisal"))

    @property
    def leaves_room(self) -> bool:
        """"Hm.", "...", "Mm-hmm.": a sound that says "go on", or a silence; the manager leaves
        room for more of what was just told ("Oké." closes it rather: no continuer)."""
        return not self.codes and is_continuer(self.text)

    @property
    def closing(self) -> bool:
        return "wrap_up" in self.acts and not self.has_open

    @property
    def small_talk(self) -> bool:
        return (
            not self.themes
            and not self.steps
            and not any(c in self.codes for c in (*NEGATIVE_ORDER, "commitment"))
            and "small_talk" in self.acts
        )

    @property
    def check(self) -> bool:
        """The turn only checks a reflection: "Klopt dat?"."""
        return not self.question and "?" in self.text and not self.steps

    @property
    def money(self) -> bool:
        return "promise" in self.codes and "money" in self.acts


def read_turn(coded: Coded, language: str) -> Turn:
    """The codes, themes and acts of a turn, and what its question asks."""
    codes = tuple(coded.codes)
    themes = tuple(coded.themes)
    acts = frozenset(coded.acts)
    has_open = "open_question" in codes
    asked, question, question_text = asked_themes(coded, codes, themes, language)
    own_action = question and "step_ask" in acts
    proposal = (
        question
        and not own_action
        and "promise" not in codes
        and ("proposal" in acts or ("commitment" in codes and not has_open))
    )
    return Turn(
        text=coded.text,
        codes=codes,
        themes=themes,
        acts=acts,
        asked=asked,
        question=question,
        question_text=question_text,
        asks=frozenset(acts_in(question_text, coded.lang, ("lukewarm", "anything_else", "deepen")))
        | ({"fact"} if asks_for_a_fact(coded, question_text) else set()),
        own_action=own_action,
        proposal=proposal,
        opinion=question and not (own_action or proposal) and "opinion_check" in acts,
    )


def asks_for_a_fact(coded: Coded, question_text: str) -> bool:
    """The coder read the question as asking for one fact ("Wie ziet je nog meer?",
    "Hoe vaak gebeurt dat?"): it is answered with a fact or a doubt, never yes or no."""
    return bool(question_text) and any(
        is_rule(e.rule, "asks for a fact") and e.span in question_text for e in coded.evidence
    )


def asked_themes(
    coded: Coded, codes: tuple[str, ...], themes: tuple[str, ...], language: str
) -> tuple[tuple[str, ...], bool, str]:
    """The themes of the question sentences, whether the turn asks anything new, and what."""
    text = coded.text
    parts = [m.group().strip() for m in _SENTENCE.finditer(text) if m.group().strip()]
    questions = [p for p in parts if p.endswith("?")]
    if not questions:
        if "open_question" not in codes and "closed_question" not in codes:
            return (), False, ""
        questions = parts[-1:]  # asked without a question mark
    questions = [q for q in questions if not acts_in(q, coded.lang, ("check",))]
    if not questions:
        return (), False, ""  # only "klopt dat?" after a reflection
    asked = " ".join(questions)
    if len(parts) <= 1:
        return themes, True, asked
    found = detect_themes(asked, language)
    return tuple(t for t in themes if t in found), True, asked


def explored_themes(turn: Turn, state: DirectorState) -> Candidates:
    """The themes this turn explores. A question's own themes decide what is answered; the
    themes of a reflection in the same turn only earn trust. Without a question, a
    reflection deepens what it reflects and what was just asked. A turn that neither asks nor
    gives back (a thanks, a statement the coder gave no code) explores nothing, whatever theme
    its words touch."""
    margin = 0.0 if turn.has_open else CLOSED_MARGIN
    if turn.steps:
        return []  # asking for a step or proposing one opens no topic
    if turn.question and turn.asked:
        return _first_of_each([(t, margin) for t in turn.asked])
    if turn.opinion or (
        turn.question
        and "closed_question" in turn.codes
        and not turn.has_open
        and "anything_else" not in turn.acts
    ):
        return []  # "Ben je het met me eens?", "Is er verder nog iets?": no theme to follow up
    if turn.question:
        return _first_of_each(_followed_up(turn, state, margin))
    if turn.has_reflection or "affirmation" in turn.codes:
        candidates = [(t, 0.0) for t in turn.themes]
        if turn.has_reflection:
            candidates += [(t, 0.0) for t in recent_themes(state)]
        return _first_of_each(candidates)
    return []


def _followed_up(turn: Turn, state: DirectorState, margin: float) -> Candidates:
    """"Kun je daar meer over vertellen?": the follow-up is about what was just said; a
    question on something else ("wat vind je van de werkplekken?") is not."""
    candidates = [(t, margin) for t in turn.themes]
    if turn.themes or "follow_up" in turn.acts:
        candidates += [(t, margin) for t in recent_themes(state) if t not in turn.themes]
    if not candidates and state.last_theme and "follow_up" in turn.acts:
        candidates.append((state.last_theme, margin))
    if "anything_else" in turn.acts:
        candidates += [(t, margin) for t in state.explored]
    return candidates


def note_explored(state: DirectorState, turn: Turn, candidates: Candidates) -> None:
    """Remember this turn's open question and every theme it explored."""
    s = state
    if turn.has_open:
        s.recent_open = [r for r in s.recent_open if s.turn - r[0] < RECENT_TURNS]
        s.recent_open += [[s.turn, t] for t in (turn.asked or turn.themes)]
    for explored in [t for t, _ in candidates] + list(turn.asked):
        if explored not in s.explored:
            s.explored.append(explored)


def recent_themes(state: DirectorState) -> list[str]:
    """The themes of the latest open question within reach: what was just talked about."""
    s = state
    recent = [r for r in s.recent_open if s.turn - r[0] <= RECENT_TURNS]
    last = max((r[0] for r in recent), default=None)
    return [t for turn, t in recent if turn == last]


def _first_of_each(candidates: Candidates) -> Candidates:
    kept: dict[str, float] = {}
    for theme, margin in candidates:
        kept.setdefault(theme, margin)
    return list(kept.items())
