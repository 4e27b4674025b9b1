"""The live meters beside the conversation: talk share, questions, reflections, flags."""

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from simulator.domain.scorecard import Metrics
from simulator.scoring.scorecard import TALK_SHARE_GOOD
from simulator.tui.i18n import t
from simulator.tui.labels import WARNING_CODES, code_label, literal

# The scorecard's own goal for the talk share, so the meter and the scorecard agree.
TALK_GOAL = f"≤ {TALK_SHARE_GOOD:.0%}"


def _bar(share: float, width: int = 14, mark: float | None = None) -> str:
    """A bar of the share; a `│` marks the goal."""
    filled = round(max(0.0, min(1.0, share)) * width)
    cells = ["█"] * filled + ["░"] * (width - filled)
    if mark is not None:
        cells[min(width - 1, round(mark * width))] = "│"
    return "".join(cells)


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
        yield Static(t("meters.title", self.lang), classes="title")
        yield Static(id="meter-values")
        yield Static(t("meters.flags", self.lang), classes="title", id="meter-flags-title")
        yield Static(t("meters.no_flags", self.lang), id="meter-flags")

    def show(self, metrics: Metrics | None) -> None:
        if metrics is None:
            return
        share = metrics.manager_talk_share
        counts = [
            ("meters.open", metrics.open_questions),
            ("meters.closed", metrics.closed_questions),
            ("meters.reflections", metrics.reflections),
            ("meters.affirmations", metrics.affirmations),
            ("meters.commitments", metrics.commitments),
        ]
        lines = [
            t("meters.talk", self.lang, share=share),
            _bar(share, 20, TALK_SHARE_GOOD),
            t("meters.goal", self.lang, goal=TALK_GOAL),
        ]
        lines += [f"{t(key, self.lang):<16} {value:>3}" for key, value in counts]
        self.query_one("#meter-values", Static).update(Content("\n".join(lines)))

    def flag(self, turn: int, codes: list[str]) -> None:
        for code in codes:
            if code in WARNING_CODES and (turn, code) not in self.flags:
                self.flags.append((turn, code))
        if not self.flags:
            return
        # Newest first, one line per turn with all its codes: the panel is short at 80x24
        # and the latest advice is what the trainee can still act on.
        by_turn: dict[int, list[str]] = {}
        for n, c in self.flags:
            by_turn.setdefault(n, []).append(code_label(c, self.lang))
        text = "\n".join(
            t("meters.flag", self.lang, turn=n, code=", ".join(by_turn[n]))
            for n in sorted(by_turn, reverse=True)
        )
        self.query_one("#meter-flags", Static).update(literal(text))
        title = f"{t('meters.flags', self.lang)} ({len(self.flags)})"
        self.query_one("#meter-flags-title", Static).update(title)
