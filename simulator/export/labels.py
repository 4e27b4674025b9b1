"""The words of an export, in Dutch and English; code and theme names come from the coach."""

LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Blijfgesprek: scorecard",
        "scenario": "Scenario",
        "date": "Datum",
        "backend": "Medewerker",
        "offline": "offline oefenmodus",
        "llm": "taalmodel",
        "scenario_id": "id",
        "status": "Status",
        "finished": "afgerond",
        "unfinished": "niet afgerond (gescoord bij export)",
        "score": "Score",
        "dimensions": "Onderdelen",
        "metrics": "Cijfers",
        "actions": "Afspraken",
        "findings": "Bevindingen en tips",
        "disclosures": "Wat de medewerker vertelde",
        "transcript": "Gesprek",
        "turn": "beurt",
        "manager": "Leidinggevende",
        "employee": "Medewerker",
        "interrupted": "onderbroken",
        "yes": "ja",
        "no": "nee",
        "none": "Geen bevindingen.",
        "revealed": "{n} van {total} verborgen onderwerpen kwamen op tafel",
        "imported": "(ingelezen gesprek)",
        "passed": "gehaald",
        "not_passed": "nog niet gehaald",
        "pass_mark": "grens",
        "goal": "doel",
        "themes": "Thema's",
        "explored": "Verkend",
        "missed": "Niet aan bod",
        "hidden": "nog verborgen",
    },
    "en": {
        "title": "Stay interview: scorecard",
        "scenario": "Scenario",
        "date": "Date",
        "backend": "Employee",
        "offline": "offline practice mode",
        "llm": "language model",
        "scenario_id": "id",
        "status": "Status",
        "finished": "finished",
        "unfinished": "unfinished (scored on export)",
        "score": "Score",
        "dimensions": "Dimensions",
        "metrics": "Figures",
        "actions": "Agreements",
        "findings": "Findings and tips",
        "disclosures": "What the employee shared",
        "transcript": "Conversation",
        "turn": "turn",
        "manager": "Manager",
        "employee": "Employee",
        "interrupted": "interrupted",
        "yes": "yes",
        "no": "no",
        "none": "No findings.",
        "revealed": "{n} of {total} hidden topics came up",
        "imported": "(imported conversation)",
        "passed": "passed",
        "not_passed": "not passed yet",
        "pass_mark": "pass mark",
        "goal": "goal",
        "themes": "Themes",
        "explored": "Explored",
        "missed": "Not touched",
        "hidden": "still hidden",
    },
}

ACTION_LABELS = {
    "nl": {
        "employee": "Actie voor de medewerker",
        "manager": "Actie voor de leidinggevende",
        "together": "Samen",
        "follow_up": "Moment om erop terug te komen",
    },
    "en": {
        "employee": "Action for the employee",
        "manager": "Action for the manager",
        "together": "Together",
        "follow_up": "Date to come back to it",
    },
}


METRIC_LABELS = {
    "nl": {
        "manager_talk_share": "Spreektijd leidinggevende",
        "open_questions": "Open vragen",
        "closed_questions": "Gesloten vragen",
        "open_question_share": "Aandeel open vragen",
        "reflections": "Reflecties",
        "reflection_to_question": "Reflecties per vraag",
        "affirmations": "Bevestiging",
        "defensive": "Verdedigend",
        "promises": "Loze beloften",
        "commitments": "Eigen toezeggingen",
        "advice": "Ongevraagd advies",
        "appraisal": "Beoordelend",
    },
    "en": {
        "manager_talk_share": "Manager talk share",
        "open_questions": "Open questions",
        "closed_questions": "Closed questions",
        "open_question_share": "Share of open questions",
        "reflections": "Reflections",
        "reflection_to_question": "Reflections per question",
        "affirmations": "Affirmations",
        "defensive": "Defensive",
        "promises": "Hollow promises",
        "commitments": "Own commitments",
        "advice": "Unasked-for advice",
        "appraisal": "Appraisal",
    },
}

def code_label(code: str, lang: str) -> str:
    """A code's name wherever people read it (app, exports): the coach's list is the only one."""
    from simulator.scoring.labels import code_label as label

    return label(code, lang)


def theme_label(theme: str, lang: str) -> str:
    """A theme's name wherever people read it: the coach's list is the only one."""
    from simulator.scoring.themes import theme_label as label

    return label(theme, lang)
