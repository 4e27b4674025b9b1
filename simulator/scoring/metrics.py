"""Session metrics: the manager's share of the words and the counts of each code."""

import re
from collections.abc import Sequence

from simulator.domain.scorecard import Metrics
from simulator.scoring.coder import CodedUtterance
from simulator.scoring.turns import code_turns, conversation_language, turn_pairs

_WORDS = re.compile(r"\w+(?:['’-]\w+)*")
_COUNTED = ("open_question", "closed_question", "reflection", "affirmation", "defensive",
            "promise", "commitment", "advice", "appraisal")


def word_count(text: str) -> int:
    """Words in a turn, contractions and hyphenated words counted once."""
    return len(_WORDS.findall(text))


def session_metrics(
    turns: Sequence[tuple[str, str]], coded: Sequence[CodedUtterance | None]
) -> Metrics:
    """The metrics of a coded conversation."""
    manager_words = sum(word_count(t) for s, t in turns if s == "manager")
    all_words = sum(word_count(t) for _, t in turns)
    counts = dict.fromkeys(_COUNTED, 0)
    for item in coded:
        if item is not None:
            for code in item.codes:
                counts[code] += 1
    questions = counts["open_question"] + counts["closed_question"]
    judged = [c.reflection for c in coded if c is not None and c.reflection is not None]
    content = [q for q in judged if not q.generic]
    return Metrics(
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


def live_metrics(turns: list[tuple[str, str]], language: str) -> Metrics:
    """The session metrics so far, cheap enough to run after every turn."""
    pairs, _ = turn_pairs(turns)
    lang = conversation_language(pairs, language)
    return session_metrics(pairs, code_turns(pairs, lang))
