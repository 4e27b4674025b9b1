"""`staysim export SESSION --format md|html|json [-o FILE]`."""

import argparse
import sys
from pathlib import Path

from simulator import paths
from simulator.cli import UsageError
from simulator.store import Store, StoreError


def run(args: argparse.Namespace) -> int:
    from simulator.export import export_session

    session_id = _session_id(args.session)
    path = paths.database_path()
    if not path.exists():
        raise UsageError("no saved sessions yet (see: staysim history)")
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
        raise UsageError(f"no session {args.session} (see: staysim history)")
    text = export_session(session, args.format)
    if args.output:
        target = Path(args.output)
        _write_private(target, text)
        print(f"Exported session {session.id} to {target}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _session_id(value: str) -> int | None:
    if value in ("last", "latest"):
        return None
    try:
        number = int(value)
    except ValueError:
        raise UsageError(
            f"SESSION must be a session number or 'last', not {value!r} (see: staysim history)"
        ) from None
    if number < 1:
        raise UsageError(f"no session {number} (see: staysim history)")
    return number


def _write_private(target: Path, text: str) -> None:
    from simulator.export import write_private

    try:
        write_private(target, text)
    except OSError as exc:
        raise UsageError(f"{target}: cannot write: {exc.strerror or exc}") from None
