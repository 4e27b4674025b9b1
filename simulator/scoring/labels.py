"""How each code is named wherever people read it; the JSON keeps the ids."""

# "bevestiging" (affirmation) never clashes with the recognition theme "waardering".
CODE_LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "open_question": "open vraag", "closed_question": "gesloten vraag",
        "reflection": "reflectie", "affirmation": "bevestiging", "defensive": "verdedigend",
        "promise": "loze belofte", "commitment": "toezegging", "advice": "ongevraagd advies",
        "appraisal": "beoordelend", "missed_signal": "gemist signaal",
        "weak_signal": "ontwijkend antwoord",
    },
    "en": {
        "open_question": "open question", "closed_question": "closed question",
        "reflection": "reflection", "affirmation": "affirmation", "defensive": "defensive",
        "promise": "hollow promise", "commitment": "commitment", "advice": "unasked-for advice",
        "appraisal": "appraisal", "missed_signal": "missed signal",
        "weak_signal": "evasive answer",
    },
}  # fmt: skip


def code_label(code: str, lang: str) -> str:
    """The code's name in the session language; an unknown id is shown readably."""
    return CODE_LABELS.get(lang, CODE_LABELS["nl"]).get(code, code.replace("_", " "))
