"""The staysim app: one factory, `make_app`, used by `staysim practice` and the tests."""

from __future__ import annotations

import asyncio
import importlib
import threading
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker

from simulator.library import Library
from simulator.store import Store, StoreError
from simulator.tui.errors import report_failed_worker, show_error
from simulator.tui.i18n import lang_of, localise_bindings, t, ui_language
from simulator.tui.palette import palette_commands


class StaysimApp(App[None]):
    """Picker, practice, scorecard, review and history screens over one store and library."""

    CSS_PATH = "staysim.tcss"
    TITLE = "staysim"
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
        lang: str | None = None,
        backend_chosen: bool = False,
        voice: Any = None,
    ) -> None:
        super().__init__()
        self.lang = lang_of(lang) if lang else ui_language()
        self.sub_title = t("app.subtitle", self.lang)
        localise_bindings(self, "app", self.lang)
        self._library = library
        self._store = store
        self._owns_store = store is None
        self._store_lock = threading.Lock()
        self._engine = engine
        self.backend = backend
        self.start_scenario = scenario_id
        self.resume_session = resume
        self.hints = hints
        # Whether the user chose the backend (--backend); else an assignment's backend applies.
        self.backend_chosen = backend_chosen
        # A VoiceSetup from `practice --voice` (or a test); None: voice starts off.
        self.voice = voice

    # Lazily built services, so that startup reads nothing it does not need.

    @property
    def library(self) -> Library:
        if self._library is None:
            from simulator.library import load_library

            self._library = load_library()
        return self._library

    @property
    def store(self) -> Store:
        """The session store, opened on first use; raises StoreError when it cannot be (a
        damaged file, a newer schema, a lock held too long). Opened from worker threads too."""
        with self._store_lock:
            if self._store is None:
                from simulator import paths

                self._store = Store.open(paths.database_path())
            return self._store

    def store_opener(self) -> Callable[[], Store]:
        """`store` as a function, for a thread to open it with."""
        return lambda: self.store

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
            if self._engine is None:
                # The backend module alone: the director and the coder load with a session.
                from simulator.engine.backend import choose_backend

                self.backend = choose_backend(None, None)
            else:
                self.backend = self._engine.choose_backend(None, None)
        return self.backend

    def describe_backend(self) -> str:
        from simulator.engine.backend import EngineError

        try:
            return str(self.get_backend().describe())
        except EngineError as exc:  # the picker must open even when no backend can be chosen
            return t("app.no_backend", self.lang, error=exc.message)

    def get_default_screen(self) -> Screen:
        from simulator.tui.screens.picker import PickerScreen

        return PickerScreen(self.lang)

    async def on_mount(self) -> None:
        # Awaited here, not in a worker: keys typed meanwhile wait in the app's queue and reach
        # the practice screen, not the picker underneath.
        if self.resume_session is not None:
            await self.open_resumed(self.resume_session)
        elif self.start_scenario is not None:
            await self.open_practice(self.start_scenario)

    def on_unmount(self) -> None:
        if self._owns_store and self._store is not None:
            self._store.close()
        if self.voice is not None:
            self.voice.close()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failed_worker(self, event.worker, event.state, self.lang)

    @property
    def failures(self) -> tuple[type[BaseException], ...]:
        """A store or engine failure: one notification, and the app goes on."""
        return (StoreError, self.engine.EngineError)

    # Navigation used by the screens; opening a session reads and writes the store, so it
    # runs in a thread and the screen comes once it is there.

    @work(group="open", exclusive=True, exit_on_error=False)
    async def start_practice(self, scenario_id: str, replace: bool = False) -> None:
        await self.open_practice(scenario_id, replace)

    async def open_practice(self, scenario_id: str, replace: bool = False) -> None:
        library = self.library
        scenario = library.scenarios[scenario_id]
        persona = library.persona_for(scenario)
        pack = library.assignments.get(library.assignment_of.get(scenario_id, ""))
        start = self.engine.PracticeSession.start
        try:
            backend = self.backend_for(pack)
            session = await asyncio.to_thread(
                lambda: start(self.store, scenario, persona, backend, pack)
            )
        except self.failures as exc:
            show_error(self, exc, t("app.cannot_start", self.lang))
            return
        screen = self.practice_screen(session)
        if replace:
            await self.switch_screen(screen)
        else:
            await self.push_screen(screen)

    def backend_for(self, pack: Any) -> Any:
        """The assignment's backend unless the user chose one (then a note says so)."""
        backend = self.get_backend()
        if pack is None or pack.backend is None or pack.backend == backend.name:
            return backend
        if self.backend_chosen:
            note = t("assignment.backend_note", self.lang, expected=pack.backend, used=backend.name)
            self.notify(note, severity="warning", timeout=8, markup=False)
            return backend
        return self.engine.choose_backend(pack.backend, None)

    def practice_screen(self, session: Any) -> Any:
        """The practice screen; an exam assignment's session hides the live meters."""
        from simulator.tui.screens.practice import PracticeScreen

        library = self.library
        pack = library.assignments.get(library.assignment_of.get(session.scenario.id, ""))
        exam = pack is not None and pack.exam
        return PracticeScreen(
            session, hints=self.hints and not exam, exam=exam, voice=self.voice
        )

    async def _resumed(self, session_id: int) -> Any:
        resume = self.engine.PracticeSession.resume
        try:
            return await asyncio.to_thread(
                lambda: resume(self.store, session_id, self.library, self.get_backend())
            )
        except self.failures as exc:
            show_error(self, exc, t("app.cannot_resume", self.lang))
            return None

    @work(group="open", exclusive=True, exit_on_error=False)
    async def resume(self, session_id: int) -> None:
        """Continue a saved session in the practice screen."""
        await self.open_resumed(session_id)

    async def open_resumed(self, session_id: int) -> None:
        session = await self._resumed(session_id)
        if session is not None:
            await self.push_screen(self.practice_screen(session))

    @work(group="open", exclusive=True, exit_on_error=False)
    async def score_unfinished(self, session_id: int) -> None:
        """Finish a saved session as it stands and show its scorecard."""
        from simulator.tui.screens.scorecard import ScorecardScreen

        session = await self._resumed(session_id)
        if session is None:
            return
        try:
            card = await asyncio.to_thread(session.finish)
        except self.failures as exc:
            show_error(self, exc, t("practice.cannot_finish", self.lang))
            return
        finally:
            close = getattr(session, "aclose", None)
            if close is not None:
                self.run_worker(close(), exit_on_error=False)
        await self.push_screen(
            ScorecardScreen(
                card, session_id=session_id, scenario=session.scenario, persona=session.persona
            )
        )

    def action_command_palette(self) -> None:
        """The command palette (ctrl+p), its search line in the screen's language."""
        from textual.command import CommandPalette

        open_now = any(isinstance(screen, CommandPalette) for screen in self.screen_stack)
        if self.use_command_palette and not open_now:
            lang = str(getattr(self.screen, "lang", None) or self.lang)
            placeholder = t("app.search_commands", lang)
            self.push_screen(CommandPalette(placeholder=placeholder, id="--command-palette"))

    def action_help(self) -> None:
        from simulator.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.lang))

    def action_history(self) -> None:
        from simulator.tui.screens.history import HistoryScreen

        if not isinstance(self.screen, HistoryScreen):
            self.push_screen(HistoryScreen(self.lang))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        return palette_commands(self, screen, super().get_system_commands(screen))


def make_app(
    *,
    scenario_id: str | None = None,
    resume: int | None = None,
    backend: Any = None,
    library: Library | None = None,
    store: Store | None = None,
    engine: Any = None,
    hints: bool = True,
    lang: str | None = None,
    backend_chosen: bool = False,
    voice: Any = None,
) -> StaysimApp:
    """The app; the CLI passes the chosen backend, tests may pass a library, store and engine.

    `lang` is the language of the picker, history and help (default: `ui_language()`);
    `voice` a `simulator.tui.voice.VoiceSetup` for voice practice."""
    return StaysimApp(
        library=library,
        store=store,
        backend=backend,
        scenario_id=scenario_id,
        resume=resume,
        engine=engine,
        hints=hints,
        lang=lang,
        backend_chosen=backend_chosen,
        voice=voice,
    )
