"""The help screen: every key of every screen, built from the bindings themselves."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

INTRO = (
    "staysim: practise a stay interview (blijfgesprek). Listen more than you talk, ask open "
    "questions, summarise what you hear, and agree one action for the employee, one for you, "
    "one together and a date to come back to it."
)

BACKEND_HELP = (
    "The offline backend voices the persona from its authored lines and needs nothing. "
    "For an LLM, set OPENAI_BASE_URL (any OpenAI-compatible server: Ollama, vLLM, LM Studio, "
    "llama.cpp) and/or OPENAI_API_KEY, optionally STAYSIM_MODEL, then start "
    "`staysim practice --backend openai --model M`. `--backend offline` forces offline."
)


def _screens() -> list[tuple[str, list[Binding]]]:
    from simulator.tui.app import StaysimApp
    from simulator.tui.screens.history import HistoryScreen
    from simulator.tui.screens.picker import PickerScreen
    from simulator.tui.screens.practice import PracticeScreen
    from simulator.tui.screens.review import ReviewScreen
    from simulator.tui.screens.scorecard import ScorecardScreen

    everywhere = [
        b for b in StaysimApp.BINDINGS if isinstance(b, Binding) and b.action != "command_palette"
    ]
    everywhere += [
        Binding("ctrl+p", "command_palette", "Command palette: every action, and themes"),
        Binding("ctrl+q", "quit", "Quit"),
    ]
    return [
        ("Everywhere", everywhere),
        ("Scenarios", list(PickerScreen.BINDINGS)),  # type: ignore[arg-type]
        ("Practice", list(PracticeScreen.BINDINGS)),  # type: ignore[arg-type]
        ("Scorecard", list(ScorecardScreen.BINDINGS)),  # type: ignore[arg-type]
        ("Transcript review", list(ReviewScreen.BINDINGS)),  # type: ignore[arg-type]
        ("History", list(HistoryScreen.BINDINGS)),  # type: ignore[arg-type]
    ]


def keys_text() -> Content:
    parts: list[Content | str | tuple[str, str]] = [INTRO, "\n"]
    for title, bindings in _screens():
        parts += ["\n", (title, "bold $text-accent")]
        seen: set[str] = set()
        for binding in bindings:
            if binding.action == "command_palette" and title != "Everywhere":
                continue
            if binding.description in seen:
                continue
            seen.add(binding.description)
            key = binding.key.replace(",", " / ")
            parts += ["\n  ", (f"{key:<14}", "bold"), binding.description]
            if binding.tooltip:
                parts += [("  " + binding.tooltip, "dim")]
    parts += ["\n\n", ("Backend", "bold $text-accent"), "\n", BACKEND_HELP]
    parts += ["\n\n", ("Esc closes this help.", "dim")]
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """A modal list of keys; Esc or F1 closes it."""

    BINDINGS = [Binding("escape,f1,q", "app.pop_screen", "Close help")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(keys_text(), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()
