"""The scorecard on the review's conversations: actions, missed signals, coverage, tips."""

import pytest

from simulator.locale import section
from simulator.locale.words import theme_label
from simulator.scoring import (
    CODE_LABELS,
    build_scorecard,
    code_label,
)
from simulator.scoring.tips import asked_questions, mirror, tip_options


def _card(turns, lang):
    return build_scorecard(turns, language=lang)


@pytest.mark.parametrize(("lang", "turns"), [
    ("nl", [("manager", "Wat zou je helpen?"),
            ("employee", "Dat alles in de bus ligt als ik de weg op ga."),
            ("manager", "Jij schrijft op welke onderdelen je standaard in de bus wilt hebben."),
            ("employee", "Oké, dat kan ik wel doen.")]),
    ("nl", [("manager", "Wat zou je willen?"), ("employee", "Nieuwe mensen beter inwerken."),
            ("manager", "Zullen we afspreken dat ik met de planning praat, en dat jij een "
                        "opzet maakt voor een inwerkprogramma?"),
            ("employee", "Ja, dat wil ik wel.")]),
    ("en", [("manager", "What would help?"), ("employee", "A proper onboarding."),
            ("manager", "Would you draft a plan for the onboarding?"),
            ("employee", "Sure, I can do that.")]),
])
def test_a_task_proposed_and_not_declined_is_the_employees_action(lang, turns):
    card = _card(turns, lang)
    assert card.actions.employee
    assert not [f for f in card.findings if f.code == "closed_question"]


def test_a_declined_task_is_no_action():
    card = _card([("manager", "Jij schrijft op welke onderdelen je wilt hebben."),
                  ("employee", "Nee, daar heb ik geen tijd voor.")], "nl")
    assert not card.actions.employee


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ik neem de bezetting mee naar het MT van donderdag."),
    ("nl", "Zullen we afspreken dat ik met de planning praat?"),
    ("en", "I'll bring the resourcing numbers to the leadership meeting on Thursday."),
])
def test_the_managers_own_step_counts(lang, text):
    card = _card([("manager", "Wat zit je dwars?" if lang == "nl" else "What gets in the way?"),
                  ("employee", "Te weinig mensen." if lang == "nl" else "Too few people."),
                  ("manager", text), ("employee", "Goed." if lang == "nl" else "Okay.")], lang)
    assert card.actions.manager


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Goed, dan spreken we af dat jij je cijfers omhoog krijgt. Succes."),
    ("nl", "Dit keer echt. Zullen we het zo laten?"),
    ("nl", "Volgende maand kijken we wel weer hoe je cijfers ervoor staan."),
    ("en", "Right, so we agree you get your numbers up. Good luck."),
    ("en", "Shall we leave it at that?"),
    ("en", "Next month we'll see how your numbers are doing."),
])
def test_imposed_closing_or_vague_agreements_earn_nothing(lang, text):
    card = _card([("manager", "Hoe gaat het?" if lang == "nl" else "How are you?"),
                  ("employee", "Gaat wel." if lang == "nl" else "Fine."),
                  ("manager", text), ("employee", "Oké." if lang == "nl" else "Okay.")], lang)
    assert card.actions.model_dump() == dict.fromkeys(
        ("employee", "manager", "together", "follow_up"), False)
    assert "commitment" not in card.transcript[2].codes
    assert all(not f.tip.startswith(("Goed: een eigen actie", "Good: a step")) for f in
               card.findings)


def test_an_imposed_target_is_flagged_as_appraisal():
    card = _card([("manager", "Hoe gaat het?"), ("employee", "Gaat wel."),
                  ("manager", "Goed, dan spreken we af dat jij je cijfers omhoog krijgt."),
                  ("employee", "Oké.")], "nl")
    assert card.metrics.appraisal == 1
    assert [f.code for f in card.findings] == ["appraisal"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_scorecard_says_what_counts_as_each_action(lang):
    card = _card([("manager", "Hoe gaat het?"), ("employee", "Goed.")], lang)
    help_ = card.model_dump()["actions_help"]
    assert set(help_) == {"employee", "manager", "together", "follow_up"}
    assert ("medewerker" in help_["employee"]) == (lang == "nl")
    assert ("employee" in help_["employee"]) == (lang == "en")


@pytest.mark.parametrize(("lang", "turns", "missed"), [
    ("nl", [("manager", "Hoe gaat het?"),
            ("employee", "Eerlijk gezegd denk ik erover om weg te gaan."),
            ("manager", "Dat moet je niet doen.")], True),
    ("nl", [("manager", "Hoe gaat het?"),
            ("employee", "Er belde laatst een recruiter."),
            ("manager", "Oké. Heb je de planning al af?")], True),
    ("nl", [("manager", "Hoe gaat het?"),
            ("employee", "Eerlijk gezegd denk ik erover om weg te gaan."),
            ("manager", "Wat maakt dat je dat overweegt?")], False),
    ("en", [("manager", "How are things?"),
            ("employee", "Honestly, I've been thinking about leaving."),
            ("manager", "You shouldn't do that.")], True),
    # A reflection that does not name it passes it by: only giving it back explores it.
    ("en", [("manager", "How are things?"),
            ("employee", "Honestly, I've been thinking about leaving."),
            ("manager", "It sounds like something has been weighing on you.")], True),
    ("en", [("manager", "How are things?"),
            ("employee", "Honestly, I've been thinking about leaving."),
            ("manager", "So you've been thinking about leaving.")], False),
])
def test_a_leaving_signal_not_explored_is_a_finding(lang, turns, missed):
    card = _card(turns, lang)
    found = [f for f in card.findings if f.code == "missed_signal"]
    assert bool(found) == missed
    if missed:
        assert found[0].turn == 2 and found[0].quote
        assert ("Ga er niet aan voorbij" in found[0].tip) == (lang == "nl")
        assert ("Don't pass it by" in found[0].tip) == (lang == "en")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_closed_questions_explore_no_theme(lang):
    turns = [("manager", "Denk je erover om weg te gaan?" if lang == "nl"
              else "Are you thinking about leaving?"),
             ("employee", "Nee."),
             ("manager", "Wil je misschien een cursus doen?" if lang == "nl"
              else "Would you like to take a course?"),
             ("employee", "Nee.")]
    card = _card(turns, lang)
    assert card.coverage.explored == []


def test_of_course_and_next_step_are_not_growth():
    card = _card([("manager", "Of course. What is your next step, and what will you take on?"),
                  ("employee", "I'll sort the parts list.")], "en")
    assert "growth" not in card.coverage.explored


@pytest.mark.parametrize(("lang", "question", "tip"), [
    ("nl", "Denk je erover om weg te gaan?", "Wat zou kunnen maken dat je overweegt weg te gaan?"),
    ("nl", "Vind je de routes te lang?", "Hoe ervaar je de routes?"),
    ("nl", "Wil je misschien een cursus doen?", "Wat zou je graag willen leren?"),
    ("en", "Are you thinking about leaving?", "What might make you consider leaving?"),
    ("en", "Do you find the routes too long?", "How do you experience the routes?"),
    ("en", "Would you like to take a course?", "What would you like to learn?"),
])
def test_a_closed_question_tip_offers_its_open_version_first(lang, question, tip):
    options = tip_options("closed_question", lang, question)
    assert tip in options[0]


@pytest.mark.parametrize(("lang", "question", "foreign"), [
    ("nl", "Vind je de routes te lang?", "weg te gaan"),
    ("nl", "Wil je misschien een cursus doen?", "gezien en gewaardeerd"),
    ("nl", "Blijf je dan?", "vaardigheden"),
    ("en", "Do you find the routes too long?", "leaving"),
    ("en", "Will you stay then?", "skills"),
])
def test_closed_question_tips_never_switch_theme(lang, question, foreign):
    assert all(foreign not in o for o in tip_options("closed_question", lang, question))


@pytest.mark.parametrize(("lang", "asked", "question"), [
    ("nl", "Waar kijk je elke werkdag het meest naar uit?", "Heb je het naar je zin?"),
    ("en", "What do you look forward to most in your working day?", "Do you enjoy the job?"),
])
def test_a_question_already_asked_is_never_suggested(lang, asked, question):
    options = tip_options("closed_question", lang, question, asked=asked_questions([asked], lang))
    assert all(asked not in o for o in options)


@pytest.mark.parametrize(("lang", "summary"), [
    ("nl", "Als ik het samenvat: je mist het vakwerk en je wilt weer gezien worden. Klopt dat?"),
    ("en", "So you miss the craft and you want to be seen again. Is that right?"),
])
def test_a_check_after_a_summary_is_no_finding(lang, summary):
    card = _card([("manager", "Wat mis je?" if lang == "nl" else "What do you miss?"),
                  ("employee", "Het vakwerk, en dat iemand ziet wat ik doe." if lang == "nl"
                   else "The craft, and that someone sees what I do."),
                  ("manager", summary)], lang)
    assert "reflection" in card.transcript[2].codes
    assert not [f for f in card.findings if f.code == "closed_question"]


@pytest.mark.parametrize(("said", "expected"), [
    ("Ik had drie projecten tegelijk en niemand die meekeek.", "je had drie projecten"),
    ("Ik werkte toen dag en nacht door aan die planning.", "je werkte toen"),
    ("Ik hou van mijn vak maar niemand kijkt ernaar om.", "je houdt van je vak"),
    ("Ik vind het werk leuk maar de planning is een ramp.", "je vindt het werk"),
    ("Ik mag nooit zelf kiezen welke klussen er komen.", "je mag nooit"),
])
def test_dutch_reflections_keep_the_verb_right(said, expected):
    assert mirror(said, "nl").startswith(expected)


@pytest.mark.parametrize(("lang", "said"), [
    ("nl", "Dat heeft nog nooit een baas aan me gevraagd, eerlijk gezegd niet."),
    ("en", "No boss has ever asked me that before, to be honest with you."),
])
def test_a_reaction_to_the_manager_is_never_said_back(lang, said):
    assert mirror(said, lang) == ""
    options = tip_options("defensive", lang, "Dat klopt niet.", said)
    assert all("baas" not in o and "boss" not in o for o in options)


def test_one_source_of_labels():
    assert code_label("affirmation", "nl") == "bevestiging"
    assert code_label("affirmation", "en") == "affirmation"
    assert theme_label("recognition", "nl") == "waardering"
    assert code_label("missed_signal", "nl") == "gemist signaal"
    nl_codes = set(CODE_LABELS["nl"].values())
    assert not nl_codes & set(section("label.theme.", "nl").values())


def test_dropping_a_subject_is_no_leaving_signal():
    from simulator.scoring import build_scorecard

    turns = [
        ("employee", "No, I understand. Let's leave it."),
        ("manager", "I'll talk to the CFO and get back to you by Friday."),
        ("employee", "Okay."),
    ]
    card = build_scorecard(turns, language="en")
    assert not [f for f in card.findings if f.code == "missed_signal"]
    leaving = build_scorecard(
        [("employee", "Honestly, I'm thinking of leaving."),
         ("manager", "I'll talk to the CFO and get back to you by Friday."),
         ("employee", "Okay.")],
        language="en",
    )
    assert [f for f in leaving.findings if f.code == "missed_signal"]


def test_a_commitment_with_a_date_is_not_told_to_add_one():
    from simulator.scoring import tip_for

    dated = tip_for("commitment", "en", "I'll get back to you by Friday.")
    assert "Add a date" not in dated and "date" in dated
    assert "Add a date" in tip_for("commitment", "en", "I'll look into it.")
    dutch = tip_for("commitment", "nl", "Ik kom vrijdag bij je terug.")
    assert "Noem er een datum bij" not in dutch


@pytest.mark.parametrize(("said", "expected"), [
    ("Eerlijk is eerlijk: mijn studievriend Sem is na twee jaar al projectleider.",
     "je studievriend Sem is na twee jaar al projectleider"),
    ("Eerlijk gezegd: ik zit hier al vijf jaar op dezelfde plek.",
     "je zit hier al vijf jaar op dezelfde plek"),
])
def test_a_hedge_before_a_colon_is_not_said_back(said, expected):
    assert mirror(said, "nl") == expected


def test_a_clause_that_points_back_is_not_the_one_said_back():
    said = ("Wat ik reken, ligt er over tachtig jaar nog. Dat vind ik echt een bizarre gedachte, "
            "in de goede zin.")
    assert mirror(said, "nl") == "wat je rekent, ligt er over tachtig jaar nog"
