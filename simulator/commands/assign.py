"""`staysim assign new|add|list|submit`: assignment packs for coaches and their trainees."""

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from simulator.cli import UsageError
from simulator.errors import message
from simulator.sanitize import inert, json_dumps

COLUMNS = ("id", "due", "attempts", "left", "best", "passed", "title")


def _say(key: str, **values: object) -> str:
    """A message in the app's language (STAYSIM_LANG, else the locale, else Dutch)."""
    from simulator.language import ui_language
    from simulator.locale import t

    return t(f"assign.{key}", ui_language(), **values)


def run(args: argparse.Namespace) -> int:
    actions = {"new": _new, "add": _add, "list": _list, "submit": _submit}
    code: int = actions[args.action](args)
    return code


def _report(problems: list[Any]) -> int:
    for problem in problems:
        print(inert(str(problem)), file=sys.stderr)
    return 1


def _write(target: Path, text: str, *, private: bool) -> None:
    """A result is personal (owner-only, as an export); a pack is for handing out."""
    from simulator.coach.packs import write_atomic
    from simulator.export import write_private

    if target.is_dir():
        reason = message("errors_files.is_folder")
        raise UsageError(_say("cannot_write", target=target, reason=reason))
    try:
        if private:
            write_private(target, text)
        else:
            write_atomic(target, text.encode("utf-8"), mode=0o644)
    except OSError as exc:
        raise UsageError(_say("cannot_write", target=target, reason=exc.strerror or exc)) from None


def _new(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from simulator.coach.packs import build, to_yaml
    from simulator.library import load_library

    library = load_library()
    unknown = [s for s in args.scenarios if s not in library.scenarios]
    if unknown:
        from simulator.commands.run import unknown_scenario

        raise UsageError(unknown_scenario(unknown[0], library))
    instructions = args.instructions or ""
    if args.instructions_file:
        instructions = _read_instructions(Path(args.instructions_file))
    try:
        pack = build(
            library,
            list(dict.fromkeys(args.scenarios)),
            pack_id=args.id,
            title=args.title or args.id,
            instructions=instructions,
            pass_score=args.pass_score,
            attempts=args.attempts,
            due=args.due,
            exam=args.exam,
            backend=args.backend,
        )
    except ValidationError as exc:
        from simulator.invalid import field_problem

        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"])
        raise UsageError(f"{field}: {field_problem(dict(error))}") from None
    target = Path(args.output or f"{pack.id}.yaml")
    _write(target, to_yaml(pack), private=False)
    print(
        inert(
            _say(
                "written",
                id=pack.id,
                target=target,
                scenarios=len(pack.scenarios),
                personas=len(pack.personas),
                attempts=pack.attempts,
                pass_score=pack.pass_score,
            )
        )
    )
    return 0


def _read_instructions(path: Path) -> str:
    from simulator.paths import Unreadable, read_regular

    try:
        return read_regular(path, 100_000).decode("utf-8").strip()
    except Unreadable as exc:
        raise UsageError(f"{path}: {exc}") from None
    except UnicodeDecodeError:
        raise UsageError(message("errors_cli.not_utf8", path=path)) from None


def _add(args: argparse.Namespace) -> int:
    from simulator.coach.packs import PackError, assignments_dir, install
    from simulator.library import load_library
    from simulator.paths import irregular

    path = Path(args.pack)
    if not path.exists():
        raise UsageError(f"{path}: {message('errors_files.no_such_file')}")
    reason = irregular(path)
    if reason or path.is_dir():
        raise UsageError(f"{path}: {reason or message('errors_files.is_folder')}")
    try:
        pack, what = install(path, load_library())
    except PackError as exc:
        return _report(exc.problems)
    except OSError as exc:
        why = exc.strerror or exc
        raise UsageError(_say("cannot_write", target=assignments_dir(), reason=why)) from None
    print(inert(_say(what, id=pack.id, title=pack.title)))
    if pack.instructions:
        print(inert(pack.instructions))
    print(inert(_say("how", id=pack.id, scenario=pack.scenarios[0].id)))
    return 0


def _open_store() -> Any:
    """The session store, or None when nothing was ever practised (listing creates nothing)."""
    from simulator import paths
    from simulator.store import Store, StoreError

    if not paths.database_path().exists():
        return None
    try:
        return Store.open(paths.database_path())
    except StoreError as exc:
        raise UsageError(str(exc)) from None


def _list(args: argparse.Namespace) -> int:
    from simulator.coach.attempts import progress
    from simulator.library import load_library
    from simulator.store import StoreError

    library = load_library()
    store = _open_store()
    try:
        rows = [progress(store, library, pack) for pack in library.assignments.values()]
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    finally:
        if store is not None:
            store.close()
    today = date.today()
    if args.json:
        print(json_dumps([_as_json(p, today) for p in rows], indent=2))
        return 0
    _print_table(rows, today)
    return 0


def _as_json(progress: Any, today: date) -> dict[str, Any]:
    pack = progress.pack
    return {
        "id": pack.id,
        "title": pack.title,
        "due": pack.due.isoformat() if pack.due else None,
        "overdue": progress.overdue(today),
        "attempts": pack.attempts,
        "used": progress.used,
        "left": progress.left,
        "best": progress.best,
        "passed": progress.passed,
        "pass_score": pack.pass_score,
        "exam": pack.exam,
        "backend": pack.backend,
        "scenarios": [s.id for s in pack.scenarios],
    }


def _print_table(rows: list[Any], today: date) -> None:
    if not rows:
        print(_say("none"))
        return
    header = tuple(_say(f"col.{c}") for c in COLUMNS)
    cells = []
    for p in rows:
        due = p.pack.due.isoformat() if p.pack.due else "-"
        if p.overdue(today):
            due += f" ({_say('overdue')})"
        cells.append(
            (
                p.pack.id,
                due,
                f"{p.used}/{p.pack.attempts}",
                str(p.left),
                "-" if p.best is None else str(p.best),
                _say("yes" if p.passed else "no"),
                p.pack.title,
            )
        )
    widths = [max(len(r[i]) for r in [header, *cells]) for i in range(len(header))]
    for row in [header, *cells]:
        print(inert("  ".join(c.ljust(widths[i]) for i, c in enumerate(row)).rstrip()))


def _submit(args: argparse.Namespace) -> int:
    from simulator import paths
    from simulator.coach.results import build_result
    from simulator.config import ConfigError, load_settings
    from simulator.library import load_library
    from simulator.store import StoreError

    library = load_library()
    pack = library.assignments.get(args.id)
    if pack is None:
        known = ", ".join(sorted(library.assignments)) or "none"
        raise UsageError(_say("unknown", id=args.id, known=known))
    name = args.name
    if not name:
        try:
            name = load_settings().name
        except ConfigError as exc:
            raise UsageError(exc.message) from None
    if not name or not name.strip():
        raise UsageError(_say("no_name", config=paths.config_path()))
    store = _open_store()
    try:
        result = build_result(store, library, pack, name.strip())
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    finally:
        if store is not None:
            store.close()
    target = Path(args.output)
    _write(target, json_dumps(result, indent=2) + "\n", private=True)
    count = len(result["attempts"])
    key = "submitted_one" if count == 1 else "submitted_many"
    print(inert(_say(key, count=count, id=pack.id, target=target)), file=sys.stderr)
    return 0
