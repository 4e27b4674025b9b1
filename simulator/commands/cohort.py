"""`staysim cohort report RESULTS... --format html|md|csv [-o FILE] [--anonymise]`."""

import argparse
import sys
from pathlib import Path

from simulator.cli import UsageError
from simulator.sanitize import inert


def run(args: argparse.Namespace) -> int:
    from simulator.cohort.cache import RescoreCache, default_path
    from simulator.cohort.report import make_report
    from simulator.language import ui_language
    from simulator.library import load_library
    from simulator.locale import t

    lang = ui_language()
    paths = _expand([Path(p) for p in args.results], lang)
    rescores = RescoreCache(default_path())
    try:
        outcome = make_report(
            paths, args.format, lang=lang, library=load_library(), anonymise=args.anonymise,
            rescores=rescores,
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
