"""The coach: a bilingual utterance coder, session metrics and the scorecard."""

from typing import TYPE_CHECKING, Any

from simulator.scoring.coder import (
    CODES,
    CodedUtterance,
    Evidence,
    code_utterance,
    detect_language,
)
from simulator.scoring.labels import CODE_LABELS, code_label
from simulator.scoring.themes import THEME_QUESTIONS, THEMES, detect_themes
from simulator.scoring.tips import tip_for

if TYPE_CHECKING:
    from simulator.scoring.scorecard import build_scorecard, live_metrics

__all__ = [
    "CODES",
    "CODE_LABELS",
    "THEMES",
    "THEME_QUESTIONS",
    "CodedUtterance",
    "Evidence",
    "build_scorecard",
    "code_label",
    "code_utterance",
    "detect_language",
    "detect_themes",
    "live_metrics",
    "tip_for",
]


def __getattr__(name: str) -> Any:
    # The scorecard needs pydantic; `staysim code` does not, so it is loaded on first use.
    if name in ("build_scorecard", "live_metrics"):
        from simulator.scoring import scorecard

        return getattr(scorecard, name)
    raise AttributeError(f"module 'simulator.scoring' has no attribute {name!r}")
