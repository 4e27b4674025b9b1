"""The help screen: every key of every screen, built from the bindings themselves."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
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
    screens: list[tuple[str, type[Screen[None]]]] = [
        ("picker", PickerScreen),
        ("practice", PracticeScreen),
        ("scorecard", ScorecardScreen),
        ("review", ReviewScreen),
        ("history", HistoryScreen),
    ]
    found: list[tuple[str, list[Binding]]] = [(t("help.everywhere", lang), everywhere)]
    for scope, screen in screens:
        # Keys repeated from the app's are listed once, under "everywhere".
        bindings = [
            b
            for b in screen.BINDINGS
            if isinstance(b, Binding) and b.action not in ("app.help", "app.command_palette")
        ]
        found.append(
            (t(f"help.screen.{scope}", lang), [localise_binding(b, scope, lang) for b in bindings])
        )
    return found


def help_rows(lang: str = "nl") -> list[Widget]:
    """The intro, then per screen its keys: the key in a column, the words wrapping beside it."""
    rows: list[Widget] = [Static(t("help.intro", lang), classes="help-para")]
    for index, (title, bindings) in enumerate(_screens(lang)):
        rows.append(Static(Content.styled(title, "bold $text-accent"), classes="help-title"))
        seen: set[str] = set()
        for binding in bindings:
            if binding.action == "command_palette" and index != 0:
                continue
            if binding.description in seen:
                continue
            seen.add(binding.description)
            words = Content.assemble(
                (binding.description, "bold"),
                ("  " + binding.tooltip, "dim") if binding.tooltip else "",
            )
            rows.append(
                Horizontal(
                    Static(binding.key.replace(",", " / "), classes="help-key"),
                    Static(words, classes="help-words"),
                    classes="help-row",
                )
            )
    rows.append(Static(Content.styled(t("help.backend_title", lang), "bold $text-accent"),
                       classes="help-title"))
    rows.append(Static(t("help.backend", lang), classes="help-para"))
    rows.append(Static(t("help.language", lang), classes="help-para"))
    rows.append(Static(Content.styled(t("help.close_hint", lang), "dim"), classes="help-para"))
    return rows


def help_text(screen: ModalScreen) -> str:
    """All the help's words, for tests and for reading in one go."""
    return "\n".join(str(w.render()) for w in screen.query(Static))


class HelpScreen(ModalScreen[None]):
    """A modal list of keys; Esc or F1 closes it."""

    BINDINGS = [Binding("escape,f1,q", "app.pop_screen", "Close help")]

    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        self.lang = lang
        localise_bindings(self, "help", lang)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield from help_rows(self.lang)

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()
