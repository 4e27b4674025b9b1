"""The coder's vocabulary: the nine codes and their categories, defined once."""

from enum import StrEnum


class Code(StrEnum):
    """What a manager's utterance does, as `staysim code` reports it."""

    OPEN_QUESTION = "open_question"
    CLOSED_QUESTION = "closed_question"
    REFLECTION = "reflection"
    AFFIRMATION = "affirmation"
    DEFENSIVE = "defensive"
    PROMISE = "promise"
    COMMITMENT = "commitment"
    ADVICE = "advice"
    APPRAISAL = "appraisal"


CODES: tuple[str, ...] = tuple(code.value for code in Code)
QUESTIONS = frozenset({Code.OPEN_QUESTION, Code.CLOSED_QUESTION})
# What closes the other person down: the scorecard quotes these, the director lowers trust.
NEGATIVE = frozenset({Code.DEFENSIVE, Code.PROMISE, Code.ADVICE, Code.APPRAISAL})
# What invites the other person to tell more.
LISTENING = frozenset({Code.OPEN_QUESTION, Code.REFLECTION, Code.AFFIRMATION})
# A false flag on these fails a session or costs heavily: precision comes first.
PRECISION_FIRST = frozenset({Code.PROMISE, Code.DEFENSIVE, Code.APPRAISAL})
