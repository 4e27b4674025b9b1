"""Paraphrased review items: promises, reproaches, signals, agreements, themes, reflections."""

import pytest
from coder_set_helpers import accuracy, holds, rows

from simulator.scoring import build_scorecard, code_utterance
from simulator.scoring.tips import tip_options

DEV = [(lang, item, expect, pairs) for lang in ("nl", "en")
       for item, expect, pairs in rows("dev_round4", lang)]


def test_the_sets_have_enough_per_item():
    for lang, least_dev in (("nl", 12), ("en", 6)):
        for name, least in (("dev_round4", least_dev), ("heldout_round4", 8)):
            counts = {k: v[1] for k, v in accuracy(name, lang).items()}
            assert set(counts) == {"1", "2", "4", "5", "6"}, (name, lang)
            assert min(counts.values()) >= least, (name, lang, counts)


@pytest.mark.parametrize(("lang", "item", "expect", "pairs"), DEV)
def test_development_set(lang, item, expect, pairs):
    assert holds(expect, pairs, lang), (item, expect, pairs)


def test_a_promise_is_never_the_managers_action():
    card = build_scorecard([
        ("manager", "Weet je wat, ik zorg ervoor dat je vanaf volgende maand niet meer hoeft in "
                    "te springen, dat beloof ik je. En jij probeert wat vaker iets te zeggen in "
                    "het teamoverleg. Afgesproken?"),
        ("employee", "Prima. Afgesproken dan."),
    ], language="nl")
    assert card.metrics.promises >= 1
    assert not card.actions.manager


def test_a_health_signal_gets_its_own_tip():
    card = build_scorecard([
        ("manager", "Hoe gaat het?"),
        ("employee", "Ik heb de laatste tijd slecht geslapen."),
        ("manager", "Dat moet je echt niet doen, je bent een van onze beste adviseurs."),
    ], language="nl")
    missed = [f for f in card.findings if f.code == "missed_signal"]
    assert missed and "Hoe gaat het echt met je" in missed[0].tip


def test_talking_too_much_blocks_a_pass():
    long = ("I really want to say how much you matter to this team and how we all value the work "
            "you do every single day, and I think we should look at what is next for you. ")
    turns = []
    for _ in range(6):
        turns += [("manager", long), ("employee", "Yes.")]
    card = build_scorecard(turns, language="en")
    assert card.metrics.manager_talk_share > 0.6
    assert card.passed is False
    assert any("% of the words" in b for b in card.pass_blockers or [])


def test_a_statement_of_recognition_explores_no_theme():
    card = build_scorecard([("manager", "You matter a lot to this team."),
                            ("employee", "Thanks.")], language="en")
    explored = card.coverage.explored
    assert isinstance(explored, list)
    assert "recognition" not in explored


def test_no_fallback_tip_points_at_nothing():
    for option in tip_options("closed_question", "nl", "Gaat het wel goed met je?"):
        if option.startswith("Maak er een open vraag van"):
            assert "daar" not in option.split("„")[-1]


def test_reflection_evidence_is_the_clause():
    coded = code_utterance("Mooi, dan hebben we echte cijfers.", "nl",
                           prev="Ik wil echte cijfers hebben in plaats van schattingen.")
    spans = [e.span for e in coded.evidence if e.code == "reflection"]
    assert spans and all(len(s.split()) >= 3 for s in spans)


def test_heldout_accuracy_stays_high():
    right = total = 0
    for lang in ("nl", "en"):
        for r, t, _ in accuracy("heldout_round4", lang).values():
            right, total = right + r, total + t
    assert right / total >= 0.8, (right, total)


def test_a_reflection_of_what_the_employee_does_not_get_is_no_promise():
    from simulator.scoring import code_utterance

    coded = code_utterance(
        "Dus je weet wat er moet gebeuren, maar je krijgt de ruimte niet om het af te maken.",
        "nl",
        "Ik weet precies wat er moet gebeuren, maar ik krijg de ruimte niet.",
    )
    assert "promise" not in coded.codes
    assert "promise" in code_utterance("Je krijgt die promotie, echt.", "nl").codes
