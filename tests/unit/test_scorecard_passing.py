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


def _conversation(reflections: list[str]) -> list[tuple[str, str]]:
    said = ["Ik draai bijna elk weekend, omdat ik nooit nee zeg.",
            "Het dashboard voor de klantenservice, dat maakte echt verschil.",
            "Ik zou graag meer zelf bouwen in plaats van brandjes blussen.",
            "Soms denk ik erover om als freelancer verder te gaan."]
    turns = [("manager", "Wat houdt je bezig?")]
    for employee, manager in zip(said, reflections, strict=True):
        turns += [("employee", employee), ("manager", manager + " Wat nog meer?")]
    turns += [("employee", "Dat was het wel."),
              ("manager", "Mijn stap: ik plan vrijdag een gesprek met de planner. Wat wil jij "
                          "zelf als eerste doen?"),
              ("employee", "Ik zet op een rij wat ik wil bouwen."),
              ("manager", "Zullen we op 14 maart samen kijken hoe het gaat?"),
              ("employee", "Goed, dat doen we.")]
    return turns


def test_a_conversation_that_gives_nothing_back_does_not_pass():
    told = Disclosures(revealed=["weg"], total=4, leave=["weg"])
    formulas = build_scorecard(_conversation(
        ["Dat klinkt lastig.", "Ik hoor je.", "Dat klinkt alsof dat belangrijk voor je is.",
         "Dat kan ik me voorstellen."]),
        language="nl", disclosures=told)
    own_words = build_scorecard(_conversation(
        ["Je bent degene die altijd inspringt.", "Daar zag je dat je werk mensen helpt.",
         "Je mist het maken zelf.", "Voor jezelf beginnen trekt."]), language="nl",
        disclosures=told)
    assert "gave_nothing_back" in (formulas.pass_blocker_codes or [])
    assert "gave_nothing_back" not in (own_words.pass_blocker_codes or [])


def test_the_talk_share_to_pass_is_not_mistaken_for_the_goal():
    # The card shows the listening goal (30 %) beside this reason; the reason's 60 % is what
    # it takes to pass, and says so.
    from simulator.locale import messages

    for lang, words in (("en", "to pass"), ("nl", "om te slagen")):
        sentence = messages(lang)["blocker.talked_too_much"].format(share=70, limit=60)
        assert words in sentence and "60%" in sentence, sentence
