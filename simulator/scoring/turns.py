"""A conversation to score, as plain (speaker, text) pairs, its language and its coding."""

import math
from collections.abc import Sequence
from typing import Any

from simulator.errors import message
from simulator.scoring.coder import CodedUtterance, detect_language


def turn_pairs(turns: Any) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    """Plain (speaker, text) pairs from pairs, dicts or a saved Session; plus what it knows:
    its scenario and language, and `timings`, each pair's (seconds, pause) of a voice turn."""
    known: dict[str, Any] = {}
    items = turns
    if hasattr(turns, "turns"):
        known = {"scenario": getattr(turns, "scenario", None),
                 "language": getattr(turns, "language", None)}
        items = turns.turns
    pairs: list[tuple[str, str]] = []
    timings: list[Timing] = []
    for item in items:
        timing: Timing = (None, None)
        if isinstance(item, tuple | list):
            speaker, text = item[0], item[1]
        elif isinstance(item, dict):
            speaker, text = item.get("speaker"), item.get("text")
            timing = (_number(item.get("seconds")), _number(item.get("pause")))
        else:
            speaker, text = getattr(item, "speaker", None), getattr(item, "text", None)
            timing = (_number(getattr(item, "seconds", None)),
                      _number(getattr(item, "pause", None)))
        if speaker not in ("manager", "employee"):
            said = message("errors_transcripts.unknown_speaker", speaker=repr(speaker))
            raise ValueError(said)
        pairs.append((str(speaker), str(text or "")))
        timings.append(timing)
    if any(seconds is not None for seconds, _ in timings):
        known["timings"] = timings
    return pairs, known


Timing = tuple[float | None, float | None]


def _number(value: Any) -> float | None:
    """A finite number of seconds, or None: a saved or imported value is never trusted."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and abs(number) < 1e6 else None


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
