"""The scorecard: metrics, coverage, agreed actions, findings and the weighted score."""

from pathlib import Path

import pytest

from simulator.domain.scenario import DIMENSIONS, Rubric
from simulator.domain.scorecard import Dimension, Disclosures, Scorecard
from simulator.scoring import build_scorecard, live_metrics

SCRIPTS = Path(__file__).parents[1] / "scripts"


def dims_of(card: Scorecard) -> list[Dimension]:
    assert card.dimensions is not None
    return card.dimensions

GOOD_NL = [
    ("manager", "Waar kijk je elke werkdag het meest naar uit?"),
    ("employee", "Naar de bouwplaats. Daar zie ik wat we samen maken en daar krijg ik echt "
                 "energie van, veel meer dan van al die rapporten die ik moet schrijven."),
    ("manager", "Het klinkt alsof je daar echt energie uit haalt. Welke belemmeringen staan "
                "goed werk in de weg?"),
    ("employee", "Het wachten op reviews. Ik sta soms een hele week stil omdat Hans geen tijd "
                 "heeft, en dan moet ik alles op het laatst doen."),
    ("manager", "Dat wachten remt je af. Wanneer voel jij je gezien en gewaardeerd?"),
    ("employee", "Als iemand echt kijkt naar wat ik heb uitgerekend en er iets over zegt, "
                 "dat gebeurt eigenlijk bijna nooit."),
    ("manager", "Je mist dat iemand je werk echt ziet. Welke vaardigheden wil je ontwikkelen?"),
    ("employee", "Ik wil meer klantcontact en leren presenteren. Ik ga zelf een cursus "
                 "presenteren uitzoeken."),
    ("manager", "Ik zoek uit of je bij het overleg met de provincie kunt aanschuiven en kom "
                "vrijdag bij je terug."),
    ("employee", "Top, dat zou ik heel fijn vinden."),
    ("manager", "Zullen we samen over drie weken kijken hoe het staat?"),
    ("employee", "Ja, goed plan, dan zet ik het in mijn agenda."),
]

POOR_EN = [
    ("manager", "Is everything still going fine?"),
    ("employee", "Mostly. I don't feel my work is seen."),
    ("manager", "Yes, but everyone is busy. It's not that bad, we all have a lot on our plate "
                "and you just have to accept that this is how things work here for now."),
    ("employee", "Okay."),
    ("manager", "Your performance this quarter was below expectations. You should work "
                "harder. I'll make sure you get the promotion next year."),
    ("employee", "Right."),
]


def test_good_conversation_scores_well_and_finds_everything():
    card = build_scorecard(GOOD_NL, scenario="demo")
    assert isinstance(card, Scorecard)
    assert card.language == "nl" and card.scenario == "demo"
    m = card.metrics
    # "Zullen we samen ... kijken hoe het staat?" proposes the follow-up: no closed question.
    assert m.open_questions == 4 and m.closed_questions == 0
    assert m.reflections == 3 and m.defensive == 0 and m.promises == 0
    assert m.reflection_to_question == pytest.approx(3 / 4, abs=0.001)
    assert 0 < m.manager_talk_share < 0.5
    assert card.actions.model_dump() == {
        "employee": True, "manager": True, "together": True, "follow_up": True}
    cov = card.coverage
    explored, by_theme, missed = cov.explored, cov.by_theme, cov.missed
    assert isinstance(explored, list) and isinstance(by_theme, dict)
    assert isinstance(missed, list)
    assert set(explored) >= {"energy", "obstacles", "recognition", "growth"}
    assert by_theme["energy"] == [0, 2]
    assert "leave" in missed
    assert card.score >= 70
    assert card.passed is True
    assert [t.speaker for t in card.transcript] == [s for s, _ in GOOD_NL]
    assert card.transcript[2].codes == ["reflection", "open_question"]
    assert card.transcript[1].codes == []


def test_poor_conversation_scores_low_with_findings_and_tips():
    card = build_scorecard(POOR_EN)
    assert card.language == "en"
    m = card.metrics
    # "you just have to accept that" directs as much as "You should work harder".
    assert (m.defensive, m.promises, m.appraisal, m.advice) == (1, 1, 1, 2)
    assert m.manager_talk_share > 0.7
    assert card.score < 30
    codes = {(f.turn, f.code) for f in card.findings}
    assert {(0, "closed_question"), (2, "defensive"), (4, "appraisal"), (4, "advice"),
            (4, "promise")} <= codes
    defence = next(f for f in card.findings if f.code == "defensive")
    assert defence.quote.startswith("Yes, but everyone is busy")
    assert "If I'm hearing you right: " in defence.tip and "your work is seen" in defence.tip
    promise = next(f for f in card.findings if f.code == "promise")
    assert promise.quote == "I'll make sure you get the promotion next year."


def test_dimensions_are_labelled_and_weighted_by_the_rubric():
    card = build_scorecard(GOOD_NL)
    dims = dims_of(card)
    # "What you learned" needs a simulated employee: a real conversation has no such row.
    assert [d.name for d in dims] == [d for d in DIMENSIONS if d != "learned"]
    simulated = build_scorecard(GOOD_NL, disclosures=Disclosures(revealed=["a"], total=2))
    assert dims_of(simulated)[-1].name == "learned"
    assert dims[0].label == "Luisteren"
    assert all(0 <= d.score <= 100 for d in dims)
    only_actions = Rubric(weights={name: 0 for name in DIMENSIONS} | {"actions": 1})
    assert build_scorecard(GOOD_NL, rubric=only_actions).score == 100
    only_coverage = Rubric(weights={name: 0 for name in DIMENSIONS} | {"coverage": 1},
                           pass_score=90)
    card = build_scorecard(GOOD_NL, rubric=only_coverage)
    explored_themes = card.coverage.explored
    assert isinstance(explored_themes, list)
    explored = len(explored_themes)
    assert card.score == round(100 * min(1, explored / 5))  # five themes for full marks
    assert card.pass_score == 90
    assert card.passed is (card.score >= 90 and not card.pass_blockers)


def test_english_labels_and_disclosures_and_extra_coverage():
    card = build_scorecard(POOR_EN, disclosures=Disclosures(revealed=["a"], total=3),
                           themes_with_facts=["growth"])
    assert dims_of(card)[0].label == "Listening"
    assert card.disclosures is not None and card.disclosures.total == 3
    assert card.coverage.themes_with_facts == ["growth"]


def test_empty_and_one_sided_conversations():
    card = build_scorecard([])
    assert card.score == 0 and card.metrics.manager_talk_share == 0
    assert card.metrics.open_question_share is None
    card = build_scorecard([("employee", "Hallo?")], language="nl")
    assert card.score == 0


def test_unknown_speaker_is_refused(english):
    with pytest.raises(ValueError, match="unknown speaker"):
        build_scorecard([("boss", "Hi")])


def test_live_metrics_match_the_scorecard():
    assert live_metrics(GOOD_NL, "nl") == build_scorecard(GOOD_NL).metrics


def test_saved_session_shape_is_accepted():
    from datetime import datetime

    from simulator.domain.session import Session, Turn

    session = Session(id=1, scenario="demo", backend="offline", language="en",
                      started=datetime(2026, 1, 1),
                      turns=[Turn(index=i, speaker=s, text=t) for i, (s, t) in
                             enumerate(POOR_EN)])
    card = build_scorecard(session)
    assert card.scenario == "demo" and card.language == "en"
    assert card.metrics.promises == 1


@pytest.mark.parametrize("name", ["jong-talent", "ongeziene-verpleegkundige"])
def test_good_practice_scripts_beat_poor_ones(name):
    def manager_only(kind):
        lines = (SCRIPTS / f"{name}.{kind}.txt").read_text(encoding="utf-8").splitlines()
        return [("manager", line) for line in lines if line.strip()]

    good = build_scorecard(manager_only("good"), language="nl")
    poor = build_scorecard(manager_only("poor"), language="nl")
    assert good.metrics.open_questions > poor.metrics.open_questions
    assert poor.metrics.defensive >= 1 and good.metrics.defensive == 0
    assert good.metrics.promises == 0
    assert good.score > poor.score


def test_closing_the_talk_is_no_action_together():
    card = build_scorecard([("manager", "Oké, dan laten we het hierbij. Alles duidelijk?"),
                            ("employee", "Ja.")], language="nl")
    assert card.actions.together is False
    card = build_scorecard([("manager", "Laten we samen een plan maken."),
                            ("employee", "Goed.")], language="nl")
    assert card.actions.together is True


def test_two_friendly_questions_do_not_make_a_passing_stay_interview():
    turns = [
        ("employee", "Hoi. Waar gaat dit over?"),
        ("manager", "Waar kijk je elke werkdag het meest naar uit?"),
        ("employee", "De dagen dat ik gewoon kan bouwen, zonder onderbrekingen."),
        ("manager", "Het klinkt alsof bouwen je echt energie geeft. Wat zou je willen veranderen?"),
        ("employee", "Minder losse verzoeken via Teams."),
    ]
    card = build_scorecard(turns, language="nl")
    assert card.score < 40
    assert card.passed is False
    assert any("te kort gesprek" in reason for reason in card.pass_blockers or [])


def test_a_hollow_promise_blocks_passing_even_with_a_high_score():
    good = [
        ("employee", "Hoi."),
        ("manager", "Waar kijk je elke werkdag het meest naar uit?"),
        ("employee", "Het bouwen aan het nieuwe platform, daar krijg ik energie van."),
        ("manager", "Het klinkt alsof je daar trots op bent. Wat voelt betekenisvol?"),
        ("employee", "Dat klanten er echt iets aan hebben."),
        ("manager", "Wat zou je willen veranderen aan je rol?"),
        ("employee", "Minder vergaderingen en meer tijd om te bouwen."),
        ("manager", "Je wilt meer ruimte om te bouwen. Wat zou je doen vertrekken?"),
        ("employee", "Als ik nooit meer aan echte techniek toekom."),
        ("manager", "Ik zorg dat je opslag krijgt."),
        ("employee", "Oké."),
        ("manager", "Wat neem jij je voor als eerste stap?"),
        ("employee", "Ik ga mijn vergaderingen van volgende week kritisch doorlopen."),
        ("manager", "Ik kom vrijdag bij je terug over de planning. Zullen we over drie weken "
         "kijken hoe het staat?"),
        ("employee", "Prima."),
    ]
    card = build_scorecard(good, language="nl")
    assert card.metrics.promises == 1
    assert card.passed is False
    assert "een belofte die je niet zelf kunt waarmaken" in (card.pass_blockers or [])


def test_the_domain_and_the_scorer_name_the_same_eight_themes():
    from simulator.domain.persona import THEMES as DOMAIN_THEMES
    from simulator.scoring import THEMES as SCORING_THEMES

    assert tuple(SCORING_THEMES) == tuple(DOMAIN_THEMES)
