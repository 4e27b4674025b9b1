"""`staysim` and `staysim practice`: the Textual app, on the picker or straight into a session."""

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from simulator.cli import UsageError
from simulator.errors import message


def run(args: argparse.Namespace) -> int:
    from simulator import paths
    from simulator.engine import EngineError, choose_backend
    from simulator.library import load_library

    library = load_library()
    scenario = getattr(args, "scenario", None)
    resume = getattr(args, "resume", None)
    if scenario is not None and scenario not in library.scenarios:
        from simulator.commands.run import unknown_scenario

        raise UsageError(unknown_scenario(scenario, library))
    if scenario is not None and resume is not None:
        raise UsageError(message("errors_cli.either_or"))
    try:
        backend = choose_backend(getattr(args, "backend", None), getattr(args, "model", None))
    except EngineError as exc:
        raise UsageError(exc.message) from None
    if resume is not None:
        _check_resumable(paths.database_path(), resume)

    voice = _voice_setup(args)
    if not _has_screen():
        raise UsageError(message("errors_cli.needs_terminal"))
    from simulator.tui.app import make_app

    app = make_app(
        scenario_id=scenario,
        resume=resume,
        backend=backend,
        library=library,
        backend_chosen=getattr(args, "backend", None) is not None,
        voice=voice,
    )
    app.run()
    return 0


def _has_screen() -> bool:
    """A terminal, or a browser page: `staysim serve` runs the app with Textual's web driver."""
    if "web_driver" in os.environ.get("TEXTUAL_DRIVER", ""):
        return True
    return sys.stdin.isatty() and sys.stdout.isatty()


def _voice_setup(args: argparse.Namespace) -> Any:
    """What --voice and --voice-input ask for; None without them, so no audio code loads."""
    source: Path | None = getattr(args, "voice_input", None)
    if not getattr(args, "voice", False) and source is None:
        return None
    from simulator.tui.voice import VoiceSetup
    from simulator.voice.errors import VoiceError
    from simulator.voice.options import voice_settings

    if source is not None:
        from simulator.voice.audio import Clip

        try:
            Clip.read_wav(source)  # a missing or broken file is said now, not mid-session
        except VoiceError as exc:
            raise UsageError(message("errors_voice.voice_input", error=exc.message)) from None

    try:
        settings = voice_settings(args)  # --stt, --tts, ... over the environment and config
    except VoiceError as exc:
        raise UsageError(exc.message) from None
    return VoiceSetup(settings=settings, input_file=source)


def _check_resumable(path: Path, session_id: int) -> None:
    from simulator.store import Store, StoreError

    if not path.exists():
        raise UsageError(message("cli.export.no_session", session=session_id))
    try:
        store = Store.open(path)
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    try:
        session = store.load_session(session_id)
    finally:
        store.close()
    if session is None:
        raise UsageError(message("cli.export.no_session", session=session_id))
    if session.ended is not None:
        raise UsageError(message("errors_cli.finished", session=session_id))
