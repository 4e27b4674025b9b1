"""`staysim run`: a headless practice session from a script of manager turns."""

import asyncio
import sys
from pathlib import Path
from typing import Any, TextIO

from simulator.cli import UsageError
from simulator.errors import message
from simulator.sanitize import inert, json_dumps


def unknown_scenario(scenario_id: str, library: Any) -> str:
    """A scenario id the library does not hold, with the ones it does."""
    known = ", ".join(sorted(library.scenarios)) or message("errors_cli.none")
    return message("errors_cli.unknown_scenario", id=scenario_id, known=known)


def read_script(path: Path) -> list[str]:
    """The non-empty lines of the script, one manager turn each."""
    from simulator.transcripts import TranscriptError, read_text

    if not path.exists() and not path.is_symlink():
        raise UsageError(message("errors_cli.no_script", path=path))
    try:
        text = read_text(path)
    except TranscriptError as exc:
        if exc.code == "errors_transcripts.empty":
            raise UsageError(message("errors_cli.empty_script", path=path)) from None
        raise UsageError(str(exc)) from None
    turns = [line.strip() for line in text.splitlines() if line.strip()]
    if not turns:
        raise UsageError(message("errors_cli.empty_script", path=path))
    return turns


def run(args: Any) -> int:
    from simulator import paths
    from simulator.engine import EngineError, choose_backend
    from simulator.library import load_library
    from simulator.store import Store, StoreError

    library = load_library()
    scenario_id = args.scenario
    if getattr(args, "assignment", None):
        scenario_id = _assignment_scenario(library, args.assignment, scenario_id)
    if scenario_id is None:
        raise UsageError(message("errors_cli.give_scenario"))
    scenario = library.scenarios.get(scenario_id)
    if scenario is None:
        raise UsageError(unknown_scenario(scenario_id, library))
    persona = library.persona_for(scenario)
    pack = library.assignments.get(library.assignment_of.get(scenario.id, ""))
    voice = None
    if getattr(args, "audio", None):
        from simulator.commands.run_audio import AudioRun

        voice = AudioRun(args, scenario, persona)
        script = voice.texts
    else:
        script = read_script(Path(args.script))
    requested = args.backend
    if pack is not None and pack.backend is not None and requested is None:
        requested = pack.backend
    try:
        backend = choose_backend(requested, args.model)
    except EngineError as exc:
        raise UsageError(exc.message) from None
    try:
        store = Store.open(paths.database_path())
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    notes = sys.stderr if args.json else sys.stdout
    # The model name comes from config.json or the environment: shown, never obeyed.
    print(inert(f"backend: {backend.describe()}"), file=notes, flush=True)
    if pack is not None and pack.backend is not None and backend.name != pack.backend:
        from simulator.commands.assign import _say

        note = _say("backend_note", id=pack.id, expected=pack.backend, used=backend.name)
        print(inert(note), file=notes, flush=True)
    if voice is not None:
        print(inert(voice.describe()), file=notes, flush=True)
    try:
        return asyncio.run(
            _run(store, scenario, persona, backend, script, args.json, notes, pack, voice)
        )
    except StoreError as exc:  # e.g. the disk is full: one line, not a traceback
        raise UsageError(str(exc)) from None
    finally:
        store.close()


async def _run(
    store: Any,
    scenario: Any,
    persona: Any,
    backend: Any,
    script: list[str],
    as_json: bool,
    notes: TextIO,
    pack: Any = None,
    voice: Any = None,
) -> int:
    from simulator.engine import EngineError, PracticeSession, Restart
    from simulator.voice.errors import VoiceError

    manager = "Leidinggevende" if scenario.language == "nl" else "Manager"
    try:
        session = PracticeSession.start(store, scenario, persona, backend, pack)
    except EngineError as exc:
        print(inert(f"staysim: {exc.message}"), file=sys.stderr)
        return 2
    out = None if as_json else sys.stdout
    if out:
        print(inert(f"{persona.name}: {session.turns[0].text}"), file=out)
    replied = True
    try:
        if voice is not None:
            await voice.opening(session, out)
        for number, line in enumerate(script):
            if out:
                print(inert(f"{manager}: {line}"), file=out)
                print(inert(f"{persona.name}: "), end="", file=out, flush=True)
            replied = False
            async for chunk in session.reply(line):
                replied = True
                if out:
                    text = "\n  …\n" + f"{persona.name}: " if isinstance(chunk, Restart) else chunk
                    print(inert(text), end="", file=out, flush=True)
            if out:
                print(file=out)
            if voice is not None:
                await voice.after(session, number, out)
    except (EngineError, VoiceError) as exc:
        if out and isinstance(exc, EngineError):
            # The reply line stays readable: what arrived, or a mark that nothing did.
            print("" if replied else "…", file=out, flush=True)
        saved = message("errors_cli.saved_unfinished", session=session.session_id)
        print(inert(f"staysim: {exc.message} ({saved})"), file=sys.stderr)
        return 2
    finally:
        await session.aclose()
    card = session.finish()
    data = card.model_dump(mode="json")
    data["session"] = session.session_id
    data["backend"] = backend.describe()
    if as_json:
        sys.stdout.write(json_dumps(data, indent=2) + "\n")
    else:
        sys.stdout.write("\n" + inert(_report(data, scenario, persona)))
    print(message("errors_cli.saved", session=session.session_id), file=notes)
    return 0


def _assignment_scenario(library: Any, assignment: str, scenario: str | None) -> str:
    """The installed id of an assignment's scenario, named by its id in the pack or left out
    when the pack has one."""
    from simulator.coach.packs import namespaced

    pack = library.assignments.get(assignment)
    if pack is None:
        known = ", ".join(sorted(library.assignments)) or message("errors_cli.none")
        raise UsageError(message("assign.unknown", id=assignment, known=known))
    ids = [s.id for s in pack.scenarios]
    if scenario is not None:
        scenario = scenario.removeprefix(namespaced(pack.id, ""))
    if scenario is None and len(ids) == 1:
        scenario = ids[0]
    if scenario is None or scenario not in ids:
        listed = ", ".join(ids)
        if scenario is None:
            raise UsageError(message("errors_cli.give_assignment_scenario", ids=listed))
        raise UsageError(message("errors_cli.not_in_assignment", scenario=scenario, ids=listed))
    return namespaced(pack.id, scenario)


def _report(data: dict[str, Any], scenario: Any, persona: Any) -> str:
    from simulator.commands.score import report
    from simulator.locale import t

    data = dict(data, source={"file": scenario.title, "format": "run"})
    text = report(data)
    lang = "nl" if scenario.language == "nl" else "en"
    heading, hidden = t("cli.score.shared", lang), t("cli.score.hidden", lang)
    facts = data.get("facts") or []
    disclosures = data.get("disclosures") or {}
    lines = ["", f"{heading}: {len(disclosures.get('revealed', []))}/{disclosures.get('total', 0)}"]
    for fact in facts:
        mark = "[x]" if fact["revealed"] else "[ ]"
        lines.append(f"  {mark} {fact['label']}" + ("" if fact["revealed"] else f" ({hidden})"))
    return text + "\n".join(lines) + "\n"
