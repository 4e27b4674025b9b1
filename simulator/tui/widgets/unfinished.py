"""The picker's offer of a session left unfinished: which one, and the line that offers it."""

from collections.abc import Callable

from textual.content import Content

from simulator.domain.session import Session
from simulator.library import Library
from simulator.store import Store
from simulator.tui.i18n import t
from simulator.tui.literal import literal

# How many unfinished sessions to look into for one worth offering; each costs a load.
UNFINISHED_LOOKUPS = 5


def find_unfinished(open_store: Callable[[], Store], library: Library) -> Session | None:
    """The newest unfinished session the manager said something in. Blocking (it opens and
    reads the store), so called in a thread; raises StoreError when the store fails."""
    store = open_store()
    for candidate in store.unfinished_sessions()[:UNFINISHED_LOOKUPS]:
        if candidate.scenario not in library.scenarios:
            continue
        session = store.load_session(candidate.id)
        if session and any(turn.speaker == "manager" for turn in session.turns):
            return session
    return None


def unfinished_banner(session: Session, library: Library, lang: str) -> Content:
    scenario = library.scenarios.get(session.scenario or "")
    mine = sum(1 for turn in session.turns if turn.speaker == "manager")
    turns = (
        t("picker.turns_one", lang) if mine == 1 else t("picker.turns_many", lang, count=mine)
    )
    return Content.assemble(
        (t("picker.unfinished", lang), "bold"),
        literal(scenario.title if scenario else str(session.scenario)),
        t(
            "picker.unfinished_detail",
            lang,
            turns=turns,
            date=session.started.astimezone().strftime(t("picker.date", lang)),
        ),
        "\n",
        (t("picker.unfinished_keys", lang), "bold"),
    )
