"""Loads personas and scenarios (bundled and the user's own) with clear, located errors."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from simulator import paths
from simulator.domain.assignment import PACK_KIND, AssignmentPack
from simulator.domain.persona import DuplicateId, Persona
from simulator.domain.scenario import Scenario
from simulator.errors import message
from simulator.invalid import field_problem
from simulator.yamlsafe import LoadedYaml, YamlProblem, load_file

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Problem:
    """One validation problem, printed as `file:line: field: message`."""

    path: Path
    message: str
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = display_path(self.path)
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            return f"{where}: {self.field}: {self.message}"
        return f"{where}: {self.message}"


@dataclass
class Library:
    personas: dict[str, Persona] = field(default_factory=dict)
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    sources: dict[str, Path] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # Personas whose files have problems of their own: a scenario naming one is not told
    # the persona is unknown, the persona's file already says what is wrong.
    broken_personas: set[str] = field(default_factory=set)
    # Installed assignment packs by id, and the pack of each of their (namespaced) scenarios.
    assignments: dict[str, AssignmentPack] = field(default_factory=dict)
    assignment_of: dict[str, str] = field(default_factory=dict)

    def scenario(self, scenario_id: str) -> Scenario:
        return self.scenarios[scenario_id]

    def persona_for(self, scenario: Scenario) -> Persona:
        return self.personas[scenario.persona]


def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _validate(model: type[M], loaded: LoadedYaml, path: Path) -> tuple[M | None, list[Problem]]:
    if not isinstance(loaded.data, dict):
        empty = loaded.data is None
        kind = message("errors_library.empty") if empty else type(loaded.data).__name__
        return None, [Problem(path, message("errors_library.expected_mapping", kind=kind), 1)]
    try:
        return model.model_validate(loaded.data), []
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            loc = _duplicate_location(loaded, loc, (error.get("ctx") or {}).get("error"))
            problems.append(
                Problem(
                    path,
                    field_problem(dict(error)),
                    loaded.line_of(loc),
                    ".".join(str(p) for p in loc) or None,
                )
            )
        return None, problems


def _duplicate_location(
    loaded: LoadedYaml, loc: tuple[int | str, ...], raised: object
) -> tuple[int | str, ...]:
    """Point a duplicate-id error at the second occurrence, where the author must look."""
    if not isinstance(raised, DuplicateId) or not loc or not isinstance(loaded.data, dict):
        return loc
    items = loaded.data.get(str(loc[0]))
    if not isinstance(items, list):
        return loc
    seen = 0
    for index, item in enumerate(items):
        if isinstance(item, dict) and item.get("id") == raised.id:
            seen += 1
            if seen == 2:
                return (loc[0], index, "id")
    return loc


def _kind_of(path: Path, loaded: LoadedYaml) -> str:
    """'persona' or 'scenario': by folder name, else by the fields present."""
    parent = path.parent.name
    if parent == "personas":
        return "persona"
    if parent == "scenarios":
        return "scenario"
    data = loaded.data if isinstance(loaded.data, dict) else {}
    return "persona" if "facts" in data or "profile" in data else "scenario"


def _is_pack(loaded: LoadedYaml) -> bool:
    return isinstance(loaded.data, dict) and loaded.data.get("kind") == PACK_KIND


def yaml_files(folder: Path) -> list[Path]:
    """The .yaml/.yml entries of a folder; a pipe or folder among them is reported, not skipped."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))


def _load_into(library: Library, files: Iterable[Path]) -> None:
    for path in files:
        try:
            loaded = load_file(path)
        except YamlProblem as exc:
            library.problems.append(Problem(path, exc.message, exc.line, exc.field))
            continue
        kind = _kind_of(path, loaded)
        if kind == "persona":
            persona, problems = _validate(Persona, loaded, path)
            library.problems.extend(problems)
            if persona is None and isinstance(loaded.data, dict):
                library.broken_personas.add(str(loaded.data.get("id", path.stem)))
            if persona is not None:
                _add(library, library.personas, persona, path, loaded, "persona")
        else:
            scenario, problems = _validate(Scenario, loaded, path)
            library.problems.extend(problems)
            if scenario is not None:
                _add(library, library.scenarios, scenario, path, loaded, "scenario")


_DUPLICATE = {
    "persona": "errors_library.duplicate_persona",
    "scenario": "errors_library.duplicate_scenario",
}


def _add(
    library: Library, table: dict, item: Any, path: Path, loaded: LoadedYaml, kind: str
) -> None:
    if item.id in table:
        first = library.sources[f"{kind}:{item.id}"]
        key = _DUPLICATE[kind]
        said = message(key, id=item.id, path=display_path(first))
        library.problems.append(
            Problem(
                path,
                said,
                loaded.line_of(("id",)),
                "id",
            )
        )
        return
    table[item.id] = item
    library.sources[f"{kind}:{item.id}"] = path


def _check_references(library: Library, only: set[Path] | None = None) -> None:
    for scenario in list(library.scenarios.values()):
        path = library.sources[f"scenario:{scenario.id}"]
        if only is not None and path not in only:
            continue
        persona = library.personas.get(scenario.persona)
        if persona is None and scenario.persona in library.broken_personas:
            del library.scenarios[scenario.id]
        elif persona is None:
            loaded = load_file(path)
            library.problems.append(
                Problem(
                    path,
                    message("errors_library.unknown_persona", persona=scenario.persona),
                    loaded.line_of(("persona",)),
                    "persona",
                )
            )
            del library.scenarios[scenario.id]
        elif persona.language != scenario.language:
            library.problems.append(
                Problem(
                    path,
                    message(
                        "errors_library.language_mismatch",
                        persona=persona.id,
                        spoken=persona.language,
                        language=scenario.language,
                    ),
                    load_file(path).line_of(("language",)),
                    "language",
                )
            )


def load_library(include_user: bool = True) -> Library:
    """Bundled content plus, unless told otherwise, the user's folder under STAYSIM_HOME."""
    library = Library()
    folders = [paths.bundled_dirs()]
    if include_user:
        folders.append(paths.user_dirs())
    for personas, scenarios in folders:
        _load_into(library, yaml_files(personas))
        _load_into(library, yaml_files(scenarios))
    _check_references(library)
    if include_user:
        from simulator.coach.packs import load_installed

        load_installed(library)
    return library


def validate_paths(targets: list[Path]) -> list[Problem]:
    """Validate the given files or folders; references may point to the bundled personas."""
    files: list[Path] = []
    problems: list[Problem] = []
    for target in targets:
        if target.is_dir():
            found = yaml_files(target)
            for sub in ("personas", "scenarios"):
                found += yaml_files(target / sub)
            if not found:
                problems.append(Problem(target, message("errors_library.no_yaml")))
            files += found
        elif target.exists():
            files.append(target)
        else:
            problems.append(Problem(target, message("errors_files.no_such_path")))
    given = Library()
    # Personas first, so scenarios in the same run can name them.
    loaded_kinds: list[tuple[Path, str]] = []
    for path in files:
        try:
            loaded = load_file(path)
            kind = "pack" if _is_pack(loaded) else _kind_of(path, loaded)
        except YamlProblem:
            kind = "scenario"
        loaded_kinds.append((path, kind))
    from simulator.coach.packs import read_pack

    for path in [p for p, k in loaded_kinds if k == "pack"]:
        problems += read_pack(path)[1]
    _load_into(given, [p for p, k in loaded_kinds if k == "persona"])
    _load_into(given, [p for p, k in loaded_kinds if k == "scenario"])
    context = load_library()
    # A scenario may name a persona that sits in the sibling personas/ folder.
    siblings = {f.parent.parent / "personas" for f in files if f.parent.name == "scenarios"}
    _load_into(context, [p for d in sorted(siblings) for p in yaml_files(d) if p not in files])
    given.broken_personas |= context.broken_personas
    for persona_id, persona in context.personas.items():
        if persona_id not in given.personas:
            given.personas[persona_id] = persona
            given.sources[f"persona:{persona_id}"] = context.sources[f"persona:{persona_id}"]
    _check_references(given, only=set(files))
    return problems + given.problems
