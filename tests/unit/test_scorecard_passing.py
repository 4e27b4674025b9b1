"""Every pass rule names its reason: a sentence for the trainee and a stable code beside it."""

from simulator.domain.scorecard import Disclosures
from simulator.scoring import build_scorecard


def test_each_blocker_has_a_code_and_a_sentence():
    turns = [("manager", "Je cijfers zijn slecht. Ik regel dat je opslag krijgt."),
             ("employee", "Oké.")]
    card = build_scorecard(turns, language="nl",
                           disclosures=Disclosures(revealed=[], total=4, leave=["weg"]))
    codes, sentences = card.pass_blocker_codes or [], card.pass_blockers or []
    assert len(codes) == len(sentences) == len(card.pass_blocker_values or [])
    assert card.passed is False
    assert {"too_short", "hollow_promise", "too_few_agreements",
            "learned_too_little"} <= set(codes)
    assert all(isinstance(s, str) and s for s in sentences)


def test_learning_the_leaving_risk_is_enough_to_pass_the_learned_rule():
    turns = [("manager", "Wat geeft je energie?"), ("employee", "Het team.")]
    told = Disclosures(revealed=["weg"], total=4, leave=["weg"])
    card = build_scorecard(turns, language="nl", disclosures=told)
    assert card.pass_blocker_codes is not None
    assert "learned_too_little" not in card.pass_blocker_codes
