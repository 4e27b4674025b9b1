"""The card's dimension rows: what was measured under each bar, then the goal; a short
conversation is said once, above the rows it scales."""

from simulator.scoring import build_scorecard
from simulator.tui.screens.scorecard import dimensions_view

TURNS = [("manager", "What would help?"),
         ("employee", "Honestly, our one-to-ones keep getting cancelled."),
         ("manager", "So the cancellations are what gets to you."),
         ("employee", "Yes.")]


def test_each_row_says_what_was_measured_and_a_short_talk_is_said_once():
    text = " ".join(dimensions_view(build_scorecard(TURNS, language="en")).plain.split())
    assert text.count("A short conversation (2 turns of yours, 6 for a full reading)") == 1
    assert "(short conversation" not in text  # not repeated on every row
    assert "measured: 61% of the words yours goal: talk ≤ 30% of the time" in text
    assert "measured: 0 hollow promises" in text


def test_a_full_length_talk_has_no_short_note_and_dutch_reads_dutch():
    turns = TURNS * 4
    text = " ".join(dimensions_view(build_scorecard(turns, language="nl")).plain.split())
    assert "Kort gesprek" not in text and "gemeten: " in text and "doel: " in text
