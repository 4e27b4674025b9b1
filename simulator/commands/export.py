"""`staysim export SESSION --format md|html|json [-o FILE]`."""

import argparse
import sys
from pathlib import Path

from simulator import paths
from simulator.cli import UsageError
from simulator.store import Store, StoreError

# Messages follow the app's language rule (STAYSIM_LANG, else the locale, else Dutch), like
# `staysim history`; the exported files keep the session's own language.
TEXT = {
    "nl": {
        "no_store": "nog geen opgeslagen gesprekken (zie: staysim history)",
        "no_session": "geen gesprek {session} (zie: staysim history)",
        "bad_session": "SESSION moet een gespreksnummer of 'last' zijn, niet {value} "
        "(zie: staysim history)",
        "folder": "{target}: is een map; geef een bestandsnaam",
        "cannot_write": "{target}: kan niet schrijven: {reason}",
        "exported": "Gesprek {session} geëxporteerd naar {target}",
    },
    "en": {
        "no_store": "no saved sessions yet (see: staysim history)",
        "no_session": "no session {session} (see: staysim history)",
        "bad_session": "SESSION must be a session number or 'last', not {value} "
        "(see: staysim history)",
        "folder": "{target}: is a folder; give a file name",
        "cannot_write": "{target}: cannot write: {reason}",
        "exported": "Exported session {session} to {target}",
    },
}


def _say(key: str, **values: object) -> str:
    from simulator.language import ui_language

    return TEXT[ui_language()][key].format(**values)


def run(args: argparse.Namespace) -> int:
    from simulator.export import export_session

    session_id = _session_id(args.session)
    path = paths.database_path()
    if not path.exists():
        raise UsageError(_say("no_store"))
    try:
        store = Store.open(path)
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    try:
        if session_id is None:
            latest = store.history(limit=1)
            session = store.load_session(latest[0].session.id) if latest else None
        else:
            session = store.load_session(session_id)
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    finally:
        store.close()
    if session is None:
        raise UsageError(_say("no_session", session=args.session))
    text = export_session(session, args.format)
    if args.output:
        target = Path(args.output)
        _write_private(target, text)
        from simulator.sanitize import inert

        print(inert(_say("exported", session=session.id, target=target)), file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _session_id(value: str) -> int | None:
    if value in ("last", "latest"):
        return None
    try:
        number = int(value)
    except ValueError:
        raise UsageError(_say("bad_session", value=repr(value))) from None
    if number < 1:
        raise UsageError(_say("no_session", session=number))
    return number


def _write_private(target: Path, text: str) -> None:
    from simulator.export import write_private

    try:
        write_private(target, text)
    except IsADirectoryError:
        raise UsageError(_say("folder", target=target)) from None
    except OSError as exc:
        reason = exc.strerror or exc
        raise UsageError(_say("cannot_write", target=target, reason=reason)) from None
