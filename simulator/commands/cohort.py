"""`staysim cohort report RESULTS... --format html|md|csv [-o FILE] [--anonymise] [--pack PACK]`."""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.cli import UsageError
from simulator.sanitize import inert

if TYPE_CHECKING:
    from simulator.library import Library


def run(args: argparse.Namespace) -> int:
    from simulator.cohort.cache import RescoreCache, default_path
    from simulator.cohort.report import make_report
    from simulator.language import ui_language
    from simulator.library import load_library
    from simulator.locale import t

    lang = ui_language()
    paths = _expand([Path(p) for p in args.results], lang)
    library = load_library()
    pack = None
    if args.pack:
        pack = _with_pack(Path(args.pack), library)
        if pack is None:
            return 1
    rescores = RescoreCache(default_path())
    try:
        outcome = make_report(
            paths, args.format, lang=lang, library=library, anonymise=args.anonymise,
            pack=pack, rescores=rescores,
        )
    finally:
        rescores.close()
    for problem in outcome.problems:
        print(inert(f"staysim: {problem}"), file=sys.stderr)
    if outcome.text is None:
        if not outcome.problems:
            raise UsageError(t("cohort.no_results", lang))
        return outcome.status
    if args.output:
        target = Path(args.output)
        _write(target, outcome.text)
        count = len(outcome.cohort.rows) if outcome.cohort else 0
        print(inert(t("cohort.written", lang, count=count, target=target)), file=sys.stderr)
    else:
        sys.stdout.write(outcome.text)
    return outcome.status


def _with_pack(path: Path, library: "Library") -> tuple[str, str] | None:
    """The pack's scenarios and personas put in the library under their installed ids, so
    every attempt is re-scored as it was played; the pack's id and version, or None after
    its problems are said."""
    from simulator.coach.packs import contents, read_pack
    from simulator.domain.assignment import pack_hash

    pack, problems = read_pack(path)
    for problem in problems:
        print(inert(f"staysim: {problem}"), file=sys.stderr)
    if pack is None:
        return None
    personas, scenarios = contents(pack)
    library.personas.update({p.id: p for p in personas})
    library.scenarios.update({s.id: s for s in scenarios})
    return pack.id, pack_hash(pack)


def _expand(paths: list[Path], lang: str) -> list[Path]:
    """A folder stands for the .json files in it, in name order."""
    from simulator.locale import t

    expanded: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.glob("*.json") if p.is_file())
            if not found:
                raise UsageError(t("cohort.folder_empty", lang, path=path))
            expanded += found
        else:
            expanded.append(path)
    return expanded


def _write(target: Path, text: str) -> None:
    from simulator.commands.export import _write_private

    _write_private(target, text)
