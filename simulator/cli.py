"""Command line: argparse only; each subcommand imports what it needs when it runs."""

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from simulator import __version__
from simulator.errors import message

EPILOG = """\
Configuration: OPENAI_API_KEY, OPENAI_BASE_URL and STAYSIM_MODEL select any
OpenAI-compatible server; without a key or base URL staysim runs on its offline
persona engine. STAYSIM_STT (openai|local|none) and STAYSIM_TTS (openai|espeak|none)
choose speech to text and text to speech. STAYSIM_HOME moves all data (history, your
own scenarios, config).
"""


class UsageError(Exception):
    """A mistake on the command line or unreadable input: exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="staysim",
        description="Practise a stay interview (blijfgesprek) with a simulated employee, "
        "then get an evidence-based scorecard.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"staysim {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    practice = sub.add_parser("practice", help="open the app straight into a practice conversation")
    practice.add_argument(
        "--scenario", metavar="ID", help="scenario id (see: staysim scenarios list)"
    )
    practice.add_argument("--backend", choices=["offline", "openai"], help="persona engine to use")
    practice.add_argument("--model", metavar="M", help="model name for the openai backend")
    practice.add_argument(
        "--resume", metavar="SESSION", type=int, help="continue an unfinished session"
    )
    _voice_flags(practice)
    practice.add_argument(
        "--voice", action="store_true", help="speak your turns and hear the replies (ctrl+l talks)"
    )
    practice.add_argument(
        "--voice-input",
        metavar="WAV",
        type=Path,
        help="hear this WAV file in the microphone's place at each recording (implies --voice)",
    )

    run = sub.add_parser("run", help="a headless session from a script of manager turns")
    run.add_argument(
        "--scenario", metavar="ID", help="scenario id (optional with a one-scenario --assignment)"
    )
    run.add_argument(
        "--assignment", metavar="ID", help="an attempt at this assignment (see: assign list)"
    )
    source = run.add_mutually_exclusive_group(required=True)
    source.add_argument("--script", metavar="FILE", help="one manager turn per non-empty line")
    source.add_argument(
        "--audio", metavar="DIR", help="one WAV per manager turn, in file-name order"
    )
    run.add_argument("--backend", choices=["offline", "openai"], help="persona engine to use")
    run.add_argument("--model", metavar="M", help="model name for the openai backend")
    run.add_argument("--json", action="store_true", help="print the scorecard as JSON")
    _voice_flags(run)

    score = sub.add_parser("score", help="score an existing conversation transcript")
    score.add_argument("file", metavar="FILE", help="JSON export, plain text, WebVTT or SRT")
    score.add_argument("--manager", metavar="NAME", help="the manager's speaker name")
    score.add_argument("--lang", choices=["nl", "en"], help="language (default: detected)")
    score.add_argument("--json", action="store_true", help="print the scorecard as JSON")

    code = sub.add_parser("code", help="code utterances: JSON Lines in, JSON Lines out")
    code.add_argument("--lang", choices=["nl", "en"], help="default language of the lines")

    scenarios = sub.add_parser("scenarios", help="list, validate and author scenarios")
    scen_sub = scenarios.add_subparsers(dest="action", metavar="ACTION")
    listing = scen_sub.add_parser("list", help="list the available scenarios")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    validate = scen_sub.add_parser("validate", help="check scenario and persona files")
    validate.add_argument("paths", metavar="PATH", nargs="+", help="files or folders")
    scen_sub.add_parser("schema", help="print a JSON Schema for scenario and persona files")

    history = sub.add_parser("history", help="list saved sessions")
    history.add_argument("--json", action="store_true", help="print as JSON")
    history.add_argument(
        "--trend", action="store_true",
        help="each dimension's trend per scenario, and what changed since last time",
    )

    export = sub.add_parser("export", help="export a saved session")
    export.add_argument("session", metavar="SESSION", help="session id (see: staysim history)")
    export.add_argument("--format", choices=["md", "html", "json"], default="md")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")

    serve = sub.add_parser("serve", help="the app in a browser; one app and one home per visitor")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument(
        "--data", metavar="DIR", help="visitors' homes (default: STAYSIM_HOME/serve)"
    )
    serve.add_argument(
        "--public-url", metavar="URL",
        help="the address visitors open, behind your authenticating proxy; needed for a "
        "non-local --host",
    )
    _assign_parser(sub)
    _cohort_parser(sub)
    return parser


def _number(low: int, high: int | None = None) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            said = message("errors_cli.not_whole", value=repr(value))
            raise argparse.ArgumentTypeError(said) from None
        if number < low or (high is not None and number > high):
            key = "errors_cli.or_more" if high is None else "errors_cli.from_to"
            said = message(key, low=low, high=high, number=number)
            raise argparse.ArgumentTypeError(said)
        return number

    return parse


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        said = message("errors_cli.not_date", value=repr(value))
        raise argparse.ArgumentTypeError(said) from None


def _cohort_parser(sub: Any) -> None:
    cohort = sub.add_parser("cohort", help="a coach's report over submitted results")
    cohort_sub = cohort.add_subparsers(dest="action", metavar="ACTION")
    report = cohort_sub.add_parser("report", help="re-score results and report on the cohort")
    report.add_argument("results", metavar="RESULT", nargs="+", help="result files or folders")
    report.add_argument("--format", choices=["html", "md", "csv"], default="md")
    report.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    report.add_argument(
        "--anonymise", action="store_true", help="number the trainees instead of naming them"
    )
    report.add_argument(
        "--pack", metavar="PACK",
        help="the assignment pack: its scenarios re-score the attempts, its version is checked",
    )


def _assign_parser(sub: Any) -> None:
    assign = sub.add_parser("assign", help="assignment packs: create, add, list, submit")
    actions = assign.add_subparsers(dest="action", metavar="ACTION")
    new = actions.add_parser("new", help="write an assignment pack of library scenarios")
    new.add_argument("scenarios", metavar="SCENARIO", nargs="+", help="scenario ids")
    new.add_argument("--id", required=True, help="the pack's id, a slug: q1-teamleiders")
    new.add_argument("--title", help="the title trainees see (default: the id)")
    new.add_argument("--instructions", metavar="TEXT", help="your instructions to trainees")
    new.add_argument("--instructions-file", metavar="FILE", help="the instructions from a file")
    new.add_argument("--pass-score", type=_number(0, 100), default=60, metavar="N")
    new.add_argument("--attempts", type=_number(1), default=3, metavar="N")
    new.add_argument("--due", type=_date, metavar="YYYY-MM-DD", help="due date")
    new.add_argument("--exam", action="store_true", help="hide the live meters")
    new.add_argument("--backend", choices=["offline", "openai"], help="the backend to expect")
    new.add_argument("-o", "--output", metavar="FILE", help="default: ID.yaml")
    add = actions.add_parser("add", help="put an assignment pack in your library")
    add.add_argument("pack", metavar="PACK", help="the pack's YAML file")
    listing = actions.add_parser("list", help="your assignments: due, attempts, best score")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    submit = actions.add_parser("submit", help="write your attempts at an assignment")
    submit.add_argument("id", metavar="ID", help="the assignment's id (see: assign list)")
    submit.add_argument("-o", "--output", metavar="FILE", required=True, help="result JSON file")
    submit.add_argument("--name", metavar="NAME", help="your name (default: name in config)")


def _voice_flags(parser: argparse.ArgumentParser) -> None:
    """Speech settings per run, over STAYSIM_STT, STAYSIM_TTS and the config file."""
    parser.add_argument("--stt", choices=["openai", "local", "none"], help="speech to text")
    parser.add_argument("--tts", choices=["openai", "espeak", "none"], help="text to speech")
    parser.add_argument("--stt-model", metavar="M", help="speech-to-text model name or folder")
    parser.add_argument("--tts-voice", metavar="V", help="voice for the employee")
    parser.add_argument(
        "--keep-audio",
        action="store_true",
        default=None,
        help="keep each turn's audio under STAYSIM_HOME/audio (default: never stored)",
    )


COMMANDS = {
    "practice": "simulator.commands.practice",
    "run": "simulator.commands.run",
    "score": "simulator.commands.score",
    "code": "simulator.commands.code",
    "scenarios": "simulator.commands.scenarios",
    "history": "simulator.commands.history",
    "export": "simulator.commands.export",
    "serve": "simulator.commands.serve",
    "assign": "simulator.commands.assign",
    "cohort": "simulator.commands.cohort",
}


# Commands that read or write STAYSIM_HOME (`scenarios list` too, for the user's scenarios).
USES_HOME = frozenset(
    {"practice", "run", "history", "export", "serve", "assign", "cohort"}
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command
    if command is None:
        command = "practice"
        args = parser.parse_args(["practice"])
        args.picker = True
    if command == "scenarios" and args.action is None:
        print(message("errors_cli.choose_scenarios"), file=sys.stderr)
        print("usage: staysim scenarios {list,validate,schema} ...", file=sys.stderr)
        return 2
    if command == "assign" and args.action is None:
        print(message("errors_cli.choose_assign"), file=sys.stderr)
        print("usage: staysim assign {new,add,list,submit} ...", file=sys.stderr)
        return 2
    if command == "cohort" and args.action is None:
        print(message("errors_cli.choose_cohort"), file=sys.stderr)
        print("usage: staysim cohort report RESULT... [--format html|md|csv]", file=sys.stderr)
        return 2
    if command in USES_HOME or getattr(args, "action", None) == "list":
        from simulator.paths import home_problem
        from simulator.sanitize import inert

        problem = home_problem()
        if problem:  # otherwise SQLite or mkdir would say only "File exists"
            print(inert(f"staysim: {problem}"), file=sys.stderr)
            return 2
    module = importlib.import_module(COMMANDS[command])
    from simulator.scoring.model import ModelUnreadable

    try:
        code: int = module.run(args)
    except ModelUnreadable as exc:  # a broken installation, whichever command met it
        print(f"staysim: {message('errors_cli.model_unreadable', reason=str(exc))}",
              file=sys.stderr)
        return 1
    except UsageError as exc:
        from simulator.sanitize import inert

        # Messages quote file names, speakers and values: shown, never obeyed.
        print(inert(f"staysim: {exc}"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"staysim: {message('errors_cli.interrupted')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return code
