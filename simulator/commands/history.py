"""`staysim history [--json]`: the saved sessions, newest first."""

import argparse
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from simulator import paths
from simulator.cli import UsageError
from simulator.domain.session import Session
from simulator.sanitize import inert, json_dumps
from simulator.store import HistoryEntry, Store, StoreError

# The table follows the app's language rule (STAYSIM_LANG, else the locale, else Dutch);
# `--json` keeps its English keys and values for scripts.
T = TypeVar("T")
COLUMNS = ("id", "date", "scenario", "backend", "score", "passed", "status", "turns")


def run(args: argparse.Namespace) -> int:
    if getattr(args, "trend", False):
        return _trend(args.json)
    entries: list[HistoryEntry] = _read(lambda store: store.history(with_turns=args.json), [])
    if args.json:
        print(json_dumps([_as_json(e) for e in entries], indent=2))
    else:
        _print_table(entries)
    return 0


def _read(read: Callable[[Store], T], empty: T) -> T:
    """What `read` finds in the saved sessions; `empty` on a fresh STAYSIM_HOME, which has no
    database yet (reading must not create one). A store failure is one usage line."""
    path = paths.database_path()
    if not path.exists():
        return empty
    try:
        store = Store.open(path)
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    try:
        return read(store)
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    finally:
        store.close()


def _as_json(entry: HistoryEntry) -> dict:
    session = entry.session
    return {
        "id": session.id,
        "started": session.started.isoformat(),
        "ended": session.ended.isoformat() if session.ended else None,
        "scenario": session.scenario,
        "backend": session.backend,
        "model": session.model,
        "language": session.language,
        "score": session.score,
        "passed": entry.passed,
        "status": entry.status,
        "turn_count": entry.turn_count,
        "interrupted": entry.interrupted,
        "turns": [
            {"index": t.index, "speaker": t.speaker, "text": t.text, "status": t.status}
            for t in session.turns
        ],
    }


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _titles() -> dict[str, str]:
    """Scenario titles by id, as the app shows them; an unreadable library names none."""
    try:
        from simulator.library import load_library

        return {key: s.title for key, s in load_library().scenarios.items()}
    except Exception:  # the table never fails over the library; the id still names it
        return {}


def _print_table(entries: list[HistoryEntry]) -> None:
    from simulator.language import ui_language
    from simulator.locale import section

    text = section("cli.history.", ui_language())
    if not entries:
        print(text["empty"])
        return
    titles = _titles()
    rows = [
        (
            str(e.session.id),
            _local(e.session.started),
            inert(
                titles.get(e.session.scenario, e.session.scenario)
                if e.session.scenario
                else str(text["imported"])
            ),
            inert(e.session.backend),
            "-" if e.session.score is None else str(e.session.score),
            "-" if e.passed is None else str(text["passed.yes" if e.passed else "passed.no"]),
            str(text.get(e.status, e.status)),
            str(e.turn_count),
        )
        for e in entries
    ]
    header = tuple(text[f"col.{column}"] for column in COLUMNS)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    right = {0, 4, 7}
    for row in [header, *rows]:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        print("  ".join(cells).rstrip())
    unfinished = [e.session.id for e in entries if e.status == "unfinished"]
    if unfinished:
        print(str(text["hint"]).format(count=len(unfinished), id=unfinished[0]))


def _trend(as_json: bool) -> int:
    """`--trend`: per scenario each dimension over the sessions and what changed."""
    from simulator.language import ui_language
    from simulator.progress import text
    from simulator.progress.trend import scored_sessions, trends

    sessions: list[Session] = _read(scored_sessions, [])
    found = trends(sessions)
    if as_json:
        print(json_dumps(text.as_json(found), indent=2))
    else:
        print(inert(text.render(found, _titles(), ui_language())), end="")
    return 0
