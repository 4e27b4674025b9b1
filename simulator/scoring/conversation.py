"""A conversation coded once, turn by turn: meters, director, scorecard and review share it."""

from collections.abc import Iterable

from simulator.scoring.coded import CodedUtterance
from simulator.scoring.coder import code_utterance


class CodedConversation:
    """The turns so far, each manager turn coded once with the employee's previous turn as
    context; employee turns carry None."""

    def __init__(self, language: str, turns: Iterable[tuple[str, str]] = ()) -> None:
        self.language = language
        self.turns: list[tuple[str, str]] = []
        self.coded: list[CodedUtterance | None] = []
        self._prev: str | None = None
        for speaker, text in turns:
            self.add(speaker, text)

    def add(self, speaker: str, text: str) -> CodedUtterance | None:
        """Adds one turn; a manager turn is coded now and never again."""
        self.turns.append((speaker, text))
        if speaker != "manager":
            self.coded.append(None)
            self._prev = text
            return None
        coded = code_utterance(text, self.language, self._prev)
        self.coded.append(coded)
        return coded

    def manager_turns(self) -> list[CodedUtterance]:
        return [c for c in self.coded if c is not None]

    def __len__(self) -> int:
        return len(self.turns)
