"""The live meters beside the conversation: talk share, questions, reflections, flags."""

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from simulator.domain.scorecard import Metrics
from simulator.tui.labels import code_label, literal


def _bar(share: float, width: int = 14) -> str:
    filled = round(max(0.0, min(1.0, share)) * width)
    return "█" * filled + "░" * (width - filled)


class MetersPanel(VerticalScroll):
    """Shows `session.metrics()` and flags each defensive or promise turn as it happens."""

    DEFAULT_CSS = """
    MetersPanel {
        width: 30;
        height: 1fr;
        border-left: solid $panel-lighten-2;
        padding: 0 1;
    }
    MetersPanel .title { text-style: bold; color: $text-accent; }
    MetersPanel #meter-flags { color: $text-warning; height: auto; }
    """

    def __init__(self, lang: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.flags: list[tuple[int, str]] = []

    def compose(self) -> ComposeResult:
        yield Static("Live meters", classes="title")
        yield Static(id="meter-values")
        yield Static("Flags", classes="title")
        yield Static("none yet", id="meter-flags")

    def show(self, metrics: Metrics | None) -> None:
        if metrics is None:
            return
        share = metrics.manager_talk_share
        lines = [
            f"You talk {share:.0%} (aim ≤40%)",
            _bar(share, 20),
            f"Open questions   {metrics.open_questions:>3}",
            f"Closed questions {metrics.closed_questions:>3}",
            f"Reflections      {metrics.reflections:>3}",
            f"Affirmations     {metrics.affirmations:>3}",
            f"Commitments      {metrics.commitments:>3}",
        ]
        self.query_one("#meter-values", Static).update(Content("\n".join(lines)))

    def flag(self, turn: int, codes: list[str]) -> None:
        for code in codes:
            if code in ("defensive", "promise", "appraisal", "advice"):
                self.flags.append((turn, code))
        if self.flags:
            text = "\n".join(f"turn {t}: {code_label(c, self.lang)}" for t, c in self.flags)
            self.query_one("#meter-flags", Static).update(literal(text))
