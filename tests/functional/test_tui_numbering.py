"""Turns counted from 1 where people read them, evidence shown whole and once, no false praise."""

from types import SimpleNamespace

from simulator.domain.scorecard import Actions, Dimension, Metrics, Scorecard
from simulator.tui.screens.review import evidence_for, spans
from simulator.tui.screens.scorecard import next_time_widgets, weakest_dimension


def _card(**extra) -> Scorecard:
    data = {
        "scenario": "stille-senior",
        "language": "nl",
        "score": 40,
        "metrics": Metrics(manager_talk_share=0.6, open_questions=1, closed_questions=0),
        "coverage": {},
        "actions": Actions(),
        "findings": [],
        "transcript": [
            {"speaker": "manager", "text": "Hoi, fijn dat je er bent.", "codes": []},
            {"speaker": "employee", "text": "Ja.", "codes": []},
            {"speaker": "manager", "text": "Wat geeft je energie?", "codes": ["open_question"]},
        ],
        **extra,
    }
    return Scorecard.model_validate(data)


def _ev(text: str, start: int, end: int, code: str = "reflection"):
    return SimpleNamespace(code=code, span=text[start:end], start=start, end=end)


def test_evidence_is_widened_to_whole_words_and_shown_once():
    text = "Dus waar een ander vastloopt, daar begint het voor jou pas leuk."
    cut = _ev(text, 4, 24)  # "waar een ander vastl"
    assert cut.span.endswith("vastl")
    assert spans(text, [cut]) == ["waar een ander vastloopt"]
    je = text.index("jou")
    assert spans(text, [_ev(text, je, je + 2), _ev(text, je, je + 2)]) == ["jou"]


def test_review_detail_counts_turns_from_one_like_the_list():
    card = _card()
    detail = evidence_for(card, 2).plain
    assert detail.startswith("Beurt 3\n")
    assert detail.count("[open vraag]") == 1 and detail.count("op grond van") == 1


def test_no_praise_while_a_dimension_is_under_its_goal():
    weak = {"name": "listening", "label": "Luisteren", "score": 15, "target": 100,
            "focus": "Praat minder.", "weight": 15}
    fine = {"name": "actions", "label": "Afspraken", "score": 100, "target": 100, "focus": "x",
            "weight": 10}
    card = _card(dimensions=[fine, weak])
    assert weakest_dimension(card) == Dimension.model_validate(weak)
    text = " ".join(str(w.render()) for w in next_time_widgets(card))
    assert "houd dit vast" not in text
    assert "Luisteren" in text and "15/100" in text
    good = _card(dimensions=[fine])
    assert weakest_dimension(good) is None
    assert "houd dit vast" in " ".join(str(w.render()) for w in next_time_widgets(good))


def test_a_formula_reflection_is_shown_as_the_card_names_it_not_praised():
    from simulator.scoring import build_scorecard

    card = build_scorecard([("employee", "Sinds Bas weg is draai ik om de week storingsdienst."),
                            ("manager", "Dat klinkt alsof dat belangrijk voor je is.")],
                           language="nl")
    assert [f.code for f in card.findings] == ["formula_reflection"]
    detail = evidence_for(card, 1).plain
    assert "[reflectie als formule]" in detail and "[reflectie]" not in detail
    assert "past bij elk verhaal" in detail and "Goed teruggegeven" not in detail


def test_a_formula_beside_a_question_is_not_praised_on_the_review_screen():
    from simulator.scoring import build_scorecard

    card = build_scorecard([("employee", "Het rooster is elke week anders."),
                            ("manager", "Ik snap het. Wat zou je willen veranderen aan je werk?")],
                           language="nl")
    detail = evidence_for(card, 1).plain
    assert "Goed teruggegeven" not in detail and "[reflectie als formule]" in detail
    assert "„Ik snap het.” past bij elk verhaal" in detail and "[open vraag]" in detail
