"""`staysim export SESSION --format md|html|json [-o FILE]`."""

import argparse
import sys
from pathlib import Path

from simulator import paths
from simulator.cli import UsageError
from simulator.store import Store, StoreError


# Messages follow the app's language rule (STAYSIM_LANG, else the locale, else Dutch), like
# `staysim history`; the exported files keep the session's own language.
def _say(key: str, **values: object) -> str:
    from simulator.language import ui_language
    from simulator.locale import t

    return t(f"cli.export.{key}", ui_language(), **values)


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
