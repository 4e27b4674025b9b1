"""Realistic manager utterances of every code (and of none), typed as managers type, nl and en."""

from pathlib import Path

import pytest

from simulator.scoring import code_utterance

DATA = Path(__file__).parents[1] / "data" / "coder"
FLAGS = {"advice", "appraisal", "defensive"}


def _table() -> list[tuple[str, str, str]]:
    rows = []
    for lang in ("nl", "en"):
        for line in (DATA / f"manager_{lang}.txt").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                expected, text = line.split("|", 1)
                rows.append((lang, expected, text))
    return rows


TABLE = _table()


def test_the_table_has_enough_of_each_code():
    for lang in ("nl", "en"):
        for code in ("open_question", "closed_question", "reflection", "none"):
            assert sum(1 for la, c, _ in TABLE if la == lang and c == code) >= 18, (lang, code)
        for code in ("affirmation", "defensive", "promise", "commitment", "advice", "appraisal"):
            assert sum(1 for la, c, _ in TABLE if la == lang and c == code) >= 6, (lang, code)


@pytest.mark.parametrize(("lang", "expected", "text"), TABLE)
def test_manager_utterance(lang, expected, text):
    codes = code_utterance(text, lang).codes
    if expected == "none":
        assert codes == []
    elif expected in ("open_question", "closed_question"):
        other = "closed_question" if expected == "open_question" else "open_question"
        assert expected in codes and other not in codes
    elif expected == "reflection":
        assert "reflection" in codes and not FLAGS & set(codes)
    elif expected == "promise":
        assert "promise" in codes and "commitment" not in codes
    elif expected == "commitment":
        # Proposing a joint step is an agreement, never a closed question nor a promise.
        assert "commitment" in codes and not {"promise", "closed_question"} & set(codes)
    else:
        assert expected in codes
    if expected not in FLAGS | {"promise"}:
        assert not FLAGS & set(codes)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Je moet het ook een beetje van jezelf laten komen."),
    ("nl", "je zou daar echt wat meer tijd voor moeten nemen"),
    ("en", "You need to take more ownership of this."),
    ("en", "you have to let it go"),
])
def test_directives_are_advice_never_reflection(lang, text):
    codes = code_utterance(text, lang, prev="Ik weet niet of ik hier nog wil blijven.").codes
    assert "advice" in codes and "reflection" not in codes


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ik snap het, maar wat maakt het voor jou zo lastig?"),
    ("en", "I hear you, but what would help most right now?"),
])
def test_an_acknowledgement_followed_by_a_real_question_is_no_defence(lang, text):
    codes = code_utterance(text, lang).codes
    assert "defensive" not in codes and "open_question" in codes
