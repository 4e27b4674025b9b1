"""Assignment packs as files: read and check one, build one from the library, install one."""

import os
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from simulator import paths
from simulator.domain.assignment import PACK_FORMAT, PACK_KIND, AssignmentPack, pack_hash
from simulator.domain.persona import Persona
from simulator.domain.scenario import Scenario
from simulator.errors import message
from simulator.library import Library, Problem, _add, _validate, display_path, yaml_files
from simulator.yamlsafe import LoadedYaml, YamlProblem, load_file

# An installed pack's scenarios and personas live under `<pack id>--<their id>`, so they never
# take the place of the trainee's own or the bundled ones.
SEPARATOR = "--"


class PackError(Exception):
    """A pack that cannot be used; each problem is one line naming the file and field."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def namespaced(pack_id: str, item_id: str) -> str:
    return f"{pack_id}{SEPARATOR}{item_id}"


def assignments_dir() -> Path:
    return paths.home() / "assignments"


def newer_format(
    data: object, path: Path, loaded: LoadedYaml | None, newest: int
) -> Problem | None:
    """A `format` newer than this staysim reads, as one problem naming the file and field."""
    value = data.get("format") if isinstance(data, dict) else None
    if isinstance(value, bool) or not isinstance(value, int) or value <= newest:
        return None
    line = loaded.line_of(("format",)) if loaded is not None else None
    said = message("errors_coach.newer_format", value=value, newest=newest)
    return Problem(path, said, line, "format")


def read_pack(path: Path) -> tuple[AssignmentPack | None, list[Problem]]:
    """The pack in `path`, or the problems that keep it from being one."""
    try:
        loaded = load_file(path)
    except YamlProblem as exc:
        return None, [Problem(path, exc.message, exc.line, exc.field)]
    newer = newer_format(loaded.data, path, loaded, PACK_FORMAT)
    if newer is not None:
        return None, [newer]
    pack, problems = _validate(AssignmentPack, loaded, path)
    if pack is None:
        return None, problems
    problems = _references(pack, loaded, path)
    return (pack if not problems else None), problems


def _references(pack: AssignmentPack, loaded: LoadedYaml, path: Path) -> list[Problem]:
    """Ids unique within the pack; every scenario's persona carried along, in its language."""
    problems: list[Problem] = []

    def problem(loc: tuple[int | str, ...], key: str, **values: object) -> None:
        field = ".".join(str(p) for p in loc)
        problems.append(Problem(path, message(key, **values), loaded.line_of(loc), field))

    personas: dict[str, Persona] = {}
    for index, persona in enumerate(pack.personas):
        if persona.id in personas:
            problem(("personas", index, "id"), "errors_coach.duplicate_persona", id=persona.id)
        personas[persona.id] = persona
    seen: set[str] = set()
    for index, scenario in enumerate(pack.scenarios):
        if scenario.id in seen:
            problem(("scenarios", index, "id"), "errors_coach.duplicate_scenario", id=scenario.id)
        seen.add(scenario.id)
        carrier = personas.get(scenario.persona)
        if carrier is None:
            carried = ", ".join(sorted(personas)) or message("errors_cli.none")
            problem(("scenarios", index, "persona"), "errors_coach.unknown_persona",
                    persona=scenario.persona, carried=carried)
        elif carrier.language != scenario.language:
            problem(("scenarios", index, "language"), "errors_library.language_mismatch",
                    persona=carrier.id, spoken=carrier.language, language=scenario.language)
    return problems


def contents(pack: AssignmentPack) -> tuple[list[Persona], list[Scenario]]:
    """The pack's personas and scenarios under their namespaced ids, with the pack's pass score."""
    personas = [p.model_copy(update={"id": namespaced(pack.id, p.id)}) for p in pack.personas]
    scenarios = [
        s.model_copy(
            update={
                "id": namespaced(pack.id, s.id),
                "persona": namespaced(pack.id, s.persona),
                "rubric": s.rubric.model_copy(update={"pass_score": pack.pass_score}),
            }
        )
        for s in pack.scenarios
    ]
    return personas, scenarios


def pack_scenario(pack: AssignmentPack, scenario_id: str) -> tuple[Scenario, Persona] | None:
    """A scenario of the pack (by its id in the pack or its namespaced id) as installed."""
    personas, scenarios = contents(pack)
    for scenario in scenarios:
        if scenario_id in (scenario.id, scenario.id.removeprefix(pack.id + SEPARATOR)):
            persona = next(p for p in personas if p.id == scenario.persona)
            return scenario, persona
    return None


def load_installed(library: Library, folder: Path | None = None) -> None:
    """Add the installed packs' namespaced personas and scenarios to `library`."""
    for path in yaml_files(folder or assignments_dir()):
        pack, problems = read_pack(path)
        library.problems.extend(problems)
        if pack is None:
            continue
        if pack.id in library.assignments:
            first = display_path(library.sources[f"assignment:{pack.id}"])
            said = message("errors_coach.duplicate_assignment", id=pack.id, path=first)
            library.problems.append(Problem(path, said, None, "id"))
            continue
        library.assignments[pack.id] = pack
        library.sources[f"assignment:{pack.id}"] = path
        personas, scenarios = contents(pack)
        loaded = LoadedYaml(None, None)
        for persona in personas:
            _add(library, library.personas, persona, path, loaded, "persona")
        for scenario in scenarios:
            _add(library, library.scenarios, scenario, path, loaded, "scenario")
            if library.sources.get(f"scenario:{scenario.id}") == path:
                library.assignment_of[scenario.id] = pack.id


_CLASH = {"persona": "errors_coach.clash_persona", "scenario": "errors_coach.clash_scenario"}


def clashes(pack: AssignmentPack, path: Path, library: Library) -> list[Problem]:
    """Namespaced ids of `pack` that another file in the library already uses."""
    loaded = load_file(path)
    own = library.sources.get(f"assignment:{pack.id}")
    problems: list[Problem] = []
    groups: list[tuple[str, Iterable[Any], dict[str, Any]]] = [
        ("persona", pack.personas, library.personas),
        ("scenario", pack.scenarios, library.scenarios),
    ]
    for kind, items, table in groups:
        for index, item in enumerate(items):
            name = namespaced(pack.id, item.id)
            source = library.sources.get(f"{kind}:{name}")
            if name in table and source is not None and source != own:
                key = _CLASH[kind]
                said = message(key, id=item.id, name=name, path=display_path(source))
                loc = (f"{kind}s", index, "id")
                problems.append(Problem(path, said, loaded.line_of(loc), f"{kind}s.{index}.id"))
    return problems


def install(path: Path, library: Library) -> tuple[AssignmentPack, str]:
    """Check the pack in `path` and copy it into the trainee's library, whole or not at all.

    Returns the pack and what happened: 'added', 'updated' or 'unchanged'."""
    pack, problems = read_pack(path)
    if pack is None:
        raise PackError(problems)
    problems = clashes(pack, path, library)
    if problems:
        raise PackError(problems)
    earlier = library.assignments.get(pack.id)
    if earlier is not None and pack_hash(earlier) == pack_hash(pack):
        return pack, "unchanged"
    target = library.sources.get(f"assignment:{pack.id}") or assignments_dir() / f"{pack.id}.yaml"
    write_atomic(target, path.read_bytes())
    return pack, "added" if earlier is None else "updated"


def write_atomic(target: Path, data: bytes, mode: int | None = None) -> None:
    """Write to a temporary file beside `target`, then rename: never a half-written file.
    Owner-only unless `mode` says otherwise (a pack is meant to be handed out)."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=".staysim-")
    try:
        if mode is not None:
            os.fchmod(descriptor, mode)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def build(
    library: Library,
    scenario_ids: list[str],
    *,
    pack_id: str,
    title: str,
    instructions: str = "",
    pass_score: int = 60,
    attempts: int = 3,
    due: date | None = None,
    exam: bool = False,
    backend: str | None = None,
) -> AssignmentPack:
    """A pack of the named library scenarios and the personas they need. KeyError names an
    unknown scenario; ValueError (pydantic's) a value out of range."""
    scenarios = [library.scenarios[sid] for sid in scenario_ids]
    personas: dict[str, Persona] = {}
    for scenario in scenarios:
        personas.setdefault(scenario.persona, library.persona_for(scenario))
    return AssignmentPack.model_validate(
        {
            "kind": PACK_KIND,
            "format": PACK_FORMAT,
            "id": pack_id,
            "title": title,
            "instructions": instructions,
            "scenarios": [s.model_dump(mode="json") for s in scenarios],
            "personas": [p.model_dump(mode="json") for p in personas.values()],
            "pass_score": pass_score,
            "attempts": attempts,
            "due": due,
            "exam": exam,
            "backend": backend,
        }
    )


def to_yaml(pack: AssignmentPack) -> str:
    """The pack as one YAML file, fields in the contract's order."""
    data = pack.model_dump(mode="json")
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
