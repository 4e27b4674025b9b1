"""Session metrics: the manager's share of the words (or of the speaking time, in voice
sessions) and the counts of each code."""

import re
from collections.abc import Sequence

from simulator.domain.scorecard import Metrics
from simulator.scoring.coder import CodedUtterance
from simulator.scoring.turns import Timing, code_turns, conversation_language, turn_pairs

_WORDS = re.compile(r"\w+(?:['’-]\w+)*")
_COUNTED = ("open_question", "closed_question", "reflection", "affirmation", "defensive",
            "promise", "commitment", "advice", "appraisal")


def word_count(text: str) -> int:
    """Words in a turn, contractions and hyphenated words counted once."""
    return len(_WORDS.findall(text))


def speaking_time(
    turns: Sequence[tuple[str, str]], timings: Sequence[Timing] | None
) -> dict[str, object]:
    """The voice metrics: each side's seconds of speech, and whether the talk share can
    count seconds (every turn was spoken and timed) or counts words."""
    if not timings or len(timings) != len(turns):
        return {}
    seconds = {"manager": 0.0, "employee": 0.0}
    timed = {"manager": 0, "employee": 0}
    for (speaker, _), (spoken, _) in zip(turns, timings, strict=True):
        if spoken is not None and spoken >= 0:
            seconds[speaker] += spoken
            timed[speaker] += 1
    if not timed["manager"]:
        return {}
    every = timed["manager"] + timed["employee"] == len(turns)
    total = seconds["manager"] + seconds["employee"]
    basis = "seconds" if every and total > 0 else "words"
    values: dict[str, object] = {
        "manager_speaking_seconds": round(seconds["manager"], 1),
        "employee_speaking_seconds": round(seconds["employee"], 1) if timed["employee"] else None,
        "talk_share_basis": basis,
    }
    if basis == "seconds":
        values["manager_talk_share"] = round(seconds["manager"] / total, 3)
    return values


def session_metrics(
    turns: Sequence[tuple[str, str]],
    coded: Sequence[CodedUtterance | None],
    timings: Sequence[Timing] | None = None,
) -> Metrics:
    """The metrics of a coded conversation; with `timings` of voice turns, talk time too."""
    words = [(speaker, word_count(text)) for speaker, text in turns]
    manager_words = sum(n for speaker, n in words if speaker == "manager")
    all_words = sum(n for _, n in words)
    counts = dict.fromkeys(_COUNTED, 0)
    for item in coded:
        if item is not None:
            for code in item.codes:
                counts[code] += 1
    questions = counts["open_question"] + counts["closed_question"]
    judged = [c.reflection for c in coded if c is not None and c.reflection is not None]
    content = [q for q in judged if not q.generic]
    metrics = Metrics(
        manager_talk_share=round(manager_words / all_words, 3) if all_words else 0.0,
        open_questions=counts["open_question"],
        closed_questions=counts["closed_question"],
        open_question_share=round(counts["open_question"] / questions, 3) if questions else None,
        reflections=counts["reflection"],
        reflection_to_question=round(counts["reflection"] / questions, 3) if questions else None,
        accurate_reflections=sum(q.accurate for q in judged),
        generic_reflections=sum(q.generic for q in judged),
        complex_reflection_share=(round(sum(q.complex for q in content) / len(content), 3)
                                  if content else None),
        affirmations=counts["affirmation"],
        defensive=counts["defensive"],
        promises=counts["promise"],
        commitments=counts["commitment"],
        advice=counts["advice"],
        appraisal=counts["appraisal"],
    )
    voice = speaking_time(turns, timings)
    return metrics.model_copy(update=voice) if voice else metrics


def live_metrics(turns: list[tuple[str, str]], language: str) -> Metrics:
    """The session metrics so far, cheap enough to run after every turn."""
    pairs, _ = turn_pairs(turns)
    lang = conversation_language(pairs, language)
    return session_metrics(pairs, code_turns(pairs, lang))
