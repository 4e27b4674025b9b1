"""Assignments in the app: the picker's column and briefing, exam mode in practice."""


NL: dict[str, str] = {
    "assignment.col": "Opdracht",
    "assignment.due": "t/m {date}",
    "assignment.overdue": "(te laat)",
    "assignment.left_one": "nog 1 poging",
    "assignment.left_many": "nog {count} pogingen",
    "assignment.heading": "Opdracht: ",
    "assignment.rules": "Geslaagd vanaf {pass_score} · {left} van {attempts} over",
    "assignment.exam": " · examen: geen live meters",
    "assignment.backend": " · backend {backend}",
    "assignment.backend_note": "Deze opdracht verwacht de backend {expected}; je oefent met "
    "{used}.",
}


EN: dict[str, str] = {
    "assignment.col": "Assignment",
    "assignment.due": "due {date}",
    "assignment.overdue": "(overdue)",
    "assignment.left_one": "1 attempt left",
    "assignment.left_many": "{count} attempts left",
    "assignment.heading": "Assignment: ",
    "assignment.rules": "Pass from {pass_score} · {left} of {attempts} left",
    "assignment.exam": " · exam: no live meters",
    "assignment.backend": " · backend {backend}",
    "assignment.backend_note": "This assignment expects the {expected} backend; you are "
    "practising with {used}.",
}
