"""A conversation to score, as plain (speaker, text) pairs, its language and its coding."""

from collections.abc import Sequence
from typing import Any

from simulator.scoring.coder import CodedUtterance, detect_language


def turn_pairs(turns: Any) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    """Plain (speaker, text) pairs from pairs, dicts or a saved Session; plus what it knows."""
    known: dict[str, Any] = {}
    items = turns
    if hasattr(turns, "turns"):
        known = {"scenario": getattr(turns, "scenario", None),
                 "language": getattr(turns, "language", None)}
        items = turns.turns
    pairs: list[tuple[str, str]] = []
    for item in items:
        if isinstance(item, tuple | list):
            speaker, text = item[0], item[1]
        elif isinstance(item, dict):
            speaker, text = item.get("speaker"), item.get("text")
        else:
            speaker, text = getattr(item, "speaker", None), getattr(item, "text", None)
        if speaker not in ("manager", "employee"):
            raise ValueError(f"unknown speaker {speaker!r}; use 'manager' or 'employee'")
        pairs.append((str(speaker), str(text or "")))
    return pairs, known


def conversation_language(pairs: Sequence[tuple[str, str]], language: str | None) -> str:
    """The given language when known, else the one the manager speaks."""
    if language in ("nl", "en"):
        return language
    manager = " ".join(text for speaker, text in pairs if speaker == "manager")
    return detect_language(manager or " ".join(text for _, text in pairs))


def code_turns(turns: Sequence[tuple[str, str]], language: str) -> list[CodedUtterance | None]:
    """Each manager turn coded with the employee's previous turn as context; None otherwise.
    All manager turns are coded in one batch (`code_many`)."""
    from simulator.scoring.coder import code_many

    wanted: list[tuple[str, str, str | None]] = []
    prev: str | None = None
    for speaker, text in turns:
        if speaker == "manager":
            wanted.append((text, language, prev))
        else:
            prev = text
    coded = iter(code_many(wanted))
    return [next(coded) if speaker == "manager" else None for speaker, _ in turns]
