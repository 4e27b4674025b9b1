"""The help screen: every key of every screen, built from the bindings themselves."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from simulator.tui.i18n import localise_binding, localise_bindings, t


def _screens(lang: str) -> list[tuple[str, list[Binding]]]:
    from simulator.tui.app import StaysimApp
    from simulator.tui.screens.history import HistoryScreen
    from simulator.tui.screens.picker import PickerScreen
    from simulator.tui.screens.practice import PracticeScreen
    from simulator.tui.screens.review import ReviewScreen
    from simulator.tui.screens.scorecard import ScorecardScreen

    everywhere = [
        localise_binding(b, "app", lang)
        for b in StaysimApp.BINDINGS
        if isinstance(b, Binding) and b.action != "command_palette"
    ]
    everywhere += [
        Binding("ctrl+p", "command_palette", t("help.palette", lang)),
        Binding("ctrl+q", "quit", t("help.quit", lang)),
    ]
    screens = [
        ("picker", PickerScreen),
        ("practice", PracticeScreen),
        ("scorecard", ScorecardScreen),
        ("review", ReviewScreen),
        ("history", HistoryScreen),
    ]
    found: list[tuple[str, list[Binding]]] = [(t("help.everywhere", lang), everywhere)]
    for scope, screen in screens:
        bindings = [b for b in screen.BINDINGS if isinstance(b, Binding)]
        found.append(
            (t(f"help.screen.{scope}", lang), [localise_binding(b, scope, lang) for b in bindings])
        )
    return found


def keys_text(lang: str = "nl") -> Content:
    parts: list[Content | str | tuple[str, str]] = [t("help.intro", lang), "\n"]
    for index, (title, bindings) in enumerate(_screens(lang)):
        parts += ["\n", (title, "bold $text-accent")]
        seen: set[str] = set()
        for binding in bindings:
            if binding.action == "command_palette" and index != 0:
                continue
            if binding.description in seen:
                continue
            seen.add(binding.description)
            key = binding.key.replace(",", " / ")
            parts += ["\n  ", (f"{key:<14}", "bold"), binding.description]
            if binding.tooltip:
                parts += [("  " + binding.tooltip, "dim")]
    parts += ["\n\n", (t("help.backend_title", lang), "bold $text-accent")]
    parts += ["\n", t("help.backend", lang), "\n\n", t("help.language", lang)]
    parts += ["\n\n", (t("help.close_hint", lang), "dim")]
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """A modal list of keys; Esc or F1 closes it."""

    BINDINGS = [Binding("escape,f1,q", "app.pop_screen", "Close help")]

    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        self.lang = lang
        localise_bindings(self, "help", lang)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(keys_text(self.lang), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()
