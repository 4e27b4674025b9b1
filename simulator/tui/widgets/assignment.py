"""An assignment in the picker: its cell in the scenario table and its part of the briefing."""

from collections.abc import Callable
from datetime import date

from textual.content import Content

from simulator.domain.assignment import AssignmentPack
from simulator.domain.scenario import Scenario
from simulator.library import Library
from simulator.locale import t
from simulator.store import Store
from simulator.tui.literal import literal

Part = Content | str | tuple[str, str]


def count_left(open_store: Callable[[], Store], library: Library) -> dict[str, int]:
    """Attempts left per installed assignment; blocking (the store), so run in a thread."""
    from simulator.coach.attempts import attempts_left

    store = open_store()
    return {pack_id: attempts_left(store, pack) for pack_id, pack in library.assignments.items()}


def order(library: Library, scenario: Scenario) -> tuple[int, date, str, str, str]:
    """Assignments first, soonest due first; then the rest, by language and title."""
    pack = pack_of(library, scenario.id)
    if pack is None:
        return (1, date.max, "", scenario.language, scenario.title)
    return (0, pack.due or date.max, pack.title, scenario.language, scenario.title)


def cell(pack: AssignmentPack, left: int, lang: str, today: date) -> str:
    """'due 2026-12-15 · 2 attempts left', with '(overdue)' past the date."""
    parts = []
    if pack.due is not None:
        due = t("assignment.due", lang, date=pack.due.isoformat())
        if today > pack.due:
            due += " " + t("assignment.overdue", lang)
        parts.append(due)
    key = "assignment.left_one" if left == 1 else "assignment.left_many"
    parts.append(t(key, lang, count=left))
    return " · ".join(parts)


def briefing(pack: AssignmentPack, left: int, lang: str, today: date) -> list[Part]:
    """The assignment above the scenario's briefing: title, instructions and its rules."""
    rules = t(
        "assignment.rules", lang, pass_score=pack.pass_score, left=left, attempts=pack.attempts
    )
    if pack.due is not None:
        rules = cell(pack, left, lang, today).split(" · ")[0] + " · " + rules
    if pack.exam:
        rules += t("assignment.exam", lang)
    if pack.backend is not None:
        rules += t("assignment.backend", lang, backend=pack.backend)
    parts: list[Part] = [(t("assignment.heading", lang), "bold"), literal(pack.title, "bold")]
    if pack.instructions:
        parts += ["\n", literal(pack.instructions, "italic")]
    parts += ["\n", (rules, "$text-warning" if left == 0 else "dim"), "\n\n"]
    return parts


def pack_of(library: Library, scenario_id: str) -> AssignmentPack | None:
    """The installed assignment a scenario belongs to, if any."""
    return library.assignments.get(library.assignment_of.get(scenario_id, ""))


def add_column(
    headers: list[str],
    rows: list[list[str]],
    shown: list[Scenario],
    library: Library,
    left: dict[str, int],
    lang: str,
) -> None:
    """The assignment column, second, when any assignment is installed: due date and attempts."""
    if not library.assignments:
        return
    today = date.today()
    headers.insert(1, t("assignment.col", lang))
    for row, scenario in zip(rows, shown, strict=True):
        pack = pack_of(library, scenario.id)
        row.insert(1, cell(pack, left.get(pack.id, pack.attempts), lang, today) if pack else "")


def briefing_of(library: Library, scenario_id: str, left: dict[str, int], lang: str) -> list[Part]:
    """The assignment part of a scenario's briefing; none for a scenario of no assignment."""
    pack = pack_of(library, scenario_id)
    if pack is None:
        return []
    return briefing(pack, left.get(pack.id, pack.attempts), lang, date.today())
