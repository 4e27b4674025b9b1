"""`staysim scenarios list|validate|schema`."""

import argparse
import sys
from pathlib import Path
from typing import Any

from simulator.errors import message
from simulator.sanitize import inert, json_dumps


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(args.json)
    if args.action == "validate":
        return _validate([Path(p) for p in args.paths])
    return _schema()


def _list(as_json: bool) -> int:
    from simulator import paths
    from simulator.library import load_library

    library = load_library()
    for problem in library.problems:
        print(inert(message("errors_library.warning", problem=problem)), file=sys.stderr)
    bundled = paths.bundled_dirs()
    rows = []
    for scenario in library.scenarios.values():
        persona = library.personas[scenario.persona]
        rows.append(
            {
                "id": scenario.id,
                "title": scenario.title,
                "language": scenario.language,
                "difficulty": scenario.difficulty,
                "persona": persona.name,
                "role": persona.role,
                "source": _source(library, scenario.id, bundled),
            }
        )
    if as_json:
        print(json_dumps(rows, indent=2))
        return 0
    if not rows:
        print(message("errors_library.no_scenarios"))
        return 0
    width = max(len(r["id"]) for r in rows)
    for r in rows:
        line = (
            f"{r['id']:<{width}}  {r['language']}  {r['difficulty']:<6}  "
            f"{r['title']} ({r['persona']}, {r['role']})"
        )
        print(inert(line))
    return 0


def _source(library: Any, scenario_id: str, bundled: tuple[Path, Path]) -> str:
    """bundled, user, or assignment (installed with `staysim assign add`)."""
    if scenario_id in library.assignment_of:
        return "assignment"
    return "bundled" if library.sources[f"scenario:{scenario_id}"].parent in bundled else "user"


def _validate(targets: list[Path]) -> int:
    from simulator.library import display_path, validate_paths
    from simulator.paths import irregular

    # Input that cannot be read at all is a usage error (exit 2), not a validation problem.
    unreadable = [
        (t, message("errors_files.no_such_path") if not t.exists() else irregular(t))
        for t in targets
    ]
    unreadable = [(t, reason) for t, reason in unreadable if reason]
    if unreadable:
        for target, reason in unreadable:
            print(inert(f"staysim: {display_path(target)}: {reason}"), file=sys.stderr)
        return 2
    problems = validate_paths(targets)
    for problem in problems:
        print(inert(str(problem)))
    if problems:
        key = "errors_library.found_one" if len(problems) == 1 else "errors_library.found_many"
        print(message(key, count=len(problems)), file=sys.stderr)
        return 1
    print(message("errors_library.all_valid"))
    return 0


def _schema() -> int:
    from simulator.domain.persona import Persona
    from simulator.domain.scenario import Scenario

    scenario = Scenario.model_json_schema()
    persona = Persona.model_json_schema()
    definitions: dict[str, object] = {}
    schema: dict[str, object] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "staysim scenario or persona",
        "description": "A scenario file (scenarios/*.yaml) or a persona file (personas/*.yaml). "
        "Use with yaml-language-server: # yaml-language-server: $schema=staysim.schema.json",
        "anyOf": [{"$ref": "#/$defs/Scenario"}, {"$ref": "#/$defs/Persona"}],
        "$defs": definitions,
    }
    for name, part in (("Scenario", scenario), ("Persona", persona)):
        defs = part.pop("$defs", {})
        definitions.update(defs)
        definitions[name] = part
    print(json_dumps(schema, indent=2))
    return 0
