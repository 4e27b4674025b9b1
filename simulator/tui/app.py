"""The staysim app: one factory, `make_app`, used by `staysim practice` and the tests."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import partial
from types import ModuleType
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from simulator.library import Library
from simulator.store import Store


class StaysimApp(App[None]):
    """Picker, practice, scorecard, review and history screens over one store and library."""

    CSS_PATH = "staysim.tcss"
    TITLE = "staysim"
    SUB_TITLE = "blijfgesprek oefenen · stay interview practice"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDINGS = [
        Binding("f1", "help", "Help", tooltip="List every key of every screen"),
        Binding("ctrl+p", "command_palette", "Commands", show=False),
    ]

    def __init__(
        self,
        *,
        library: Library | None = None,
        store: Store | None = None,
        backend: Any = None,
        scenario_id: str | None = None,
        resume: int | None = None,
        engine: ModuleType | Any = None,
        hints: bool = True,
    ) -> None:
        super().__init__()
        self._library = library
        self._store = store
        self._owns_store = store is None
        self._engine = engine
        self.backend = backend
        self.start_scenario = scenario_id
        self.resume_session = resume
        self.hints = hints

    # Lazily built services, so that startup reads nothing it does not need.

    @property
    def library(self) -> Library:
        if self._library is None:
            from simulator.library import load_library

            self._library = load_library()
        return self._library

    @property
    def store(self) -> Store:
        if self._store is None:
            from simulator import paths

            self._store = Store.open(paths.database_path())
        return self._store

    def has_store(self) -> bool:
        """Whether there is a history to show; looking must not create the database."""
        if self._store is not None:
            return True
        from simulator import paths

        return paths.database_path().exists()

    @property
    def engine(self) -> Any:
        if self._engine is None:
            self._engine = importlib.import_module("simulator.engine")
        return self._engine

    def get_backend(self) -> Any:
        if self.backend is None:
            self.backend = self.engine.choose_backend(None, None)
        return self.backend

    def describe_backend(self) -> str:
        try:
            return str(self.get_backend().describe())
        except Exception as exc:  # the picker must open even when no backend can be chosen
            return f"no backend: {getattr(exc, 'message', exc)}"

    def get_default_screen(self) -> Screen:
        from simulator.tui.screens.picker import PickerScreen

        return PickerScreen()

    def on_mount(self) -> None:
        if self.resume_session is not None:
            self.resume(self.resume_session)
        elif self.start_scenario is not None:
            self.start_practice(self.start_scenario)

    def on_unmount(self) -> None:
        if self._owns_store and self._store is not None:
            self._store.close()

    # Navigation used by the screens.

    def start_practice(self, scenario_id: str, replace: bool = False) -> None:
        from simulator.tui.screens.practice import PracticeScreen

        library = self.library
        scenario = library.scenarios[scenario_id]
        persona = library.persona_for(scenario)
        try:
            session = self.engine.PracticeSession.start(
                self.store, scenario, persona, self.get_backend()
            )
        except Exception as exc:
            self.notify(_message(exc), title="Cannot start", severity="error", timeout=8)
            return
        screen = PracticeScreen(session, hints=self.hints)
        if replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def resume(self, session_id: int) -> None:
        from simulator.tui.screens.practice import PracticeScreen

        try:
            session = self.engine.PracticeSession.resume(
                self.store, session_id, self.library, self.get_backend()
            )
        except Exception as exc:
            self.notify(_message(exc), title="Cannot resume", severity="error", timeout=8)
            return
        self.push_screen(PracticeScreen(session, hints=self.hints))

    def action_help(self) -> None:
        from simulator.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_history(self) -> None:
        from simulator.tui.screens.history import HistoryScreen

        if not isinstance(self.screen, HistoryScreen):
            self.push_screen(HistoryScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        seen = {"Theme", "Quit", "Keys", "Screenshot"}
        for owner, bindings in ((screen, screen.BINDINGS), (self, self.BINDINGS)):
            for binding in bindings:
                if not isinstance(binding, Binding) or not binding.description:
                    continue
                if binding.action == "command_palette" or binding.description in seen:
                    continue
                if not owner.check_action(binding.action, ()):
                    continue
                seen.add(binding.description)
                help_text = binding.tooltip or f"Key: {binding.key}"
                yield SystemCommand(
                    binding.description, help_text, partial(owner.run_action, binding.action)
                )


def _message(exc: BaseException) -> str:
    return str(getattr(exc, "message", None) or exc)


def make_app(
    *,
    scenario_id: str | None = None,
    resume: int | None = None,
    backend: Any = None,
    library: Library | None = None,
    store: Store | None = None,
    engine: Any = None,
    hints: bool = True,
) -> StaysimApp:
    """The app; the CLI passes the chosen backend, tests may pass a library, store and engine."""
    return StaysimApp(
        library=library,
        store=store,
        backend=backend,
        scenario_id=scenario_id,
        resume=resume,
        engine=engine,
        hints=hints,
    )
