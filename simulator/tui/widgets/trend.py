"""One scenario's progress: the score and each dimension as a strip over the sessions, the
latest figure, its change since last time, and what changed in words."""

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from simulator.progress import text
from simulator.progress.spark import strip
from simulator.progress.trend import ScenarioTrend
from simulator.tui.literal import plain

# The strip shows at most this many of the latest sessions.
POINTS = 30


class TrendBlock(Vertical):
    """A scenario's heading, one row per dimension, and a sentence per change."""

    DEFAULT_CSS = """
    TrendBlock { height: auto; margin: 1 0 0 0; }
    TrendBlock > .trend-change { padding: 0 0 0 2; }
    """

    def __init__(self, trend: ScenarioTrend, title: str, lang: str, **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.trend = trend
        self.title = title
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield Static(self.table(), classes="trend-rows")
        for line in text.change_lines(self.trend.change(), self.lang):
            yield Static(plain(line), classes="trend-change")

    def table(self) -> Content:
        trend, lang = self.trend, self.lang
        rows = text.rows(trend, lang)
        width = max(len(label) for label, *_ in rows)
        points = min(POINTS, len(trend.points))
        parts: list[Content | str | tuple[str, str]] = [
            (plain(text.heading(trend, self.title, lang)), "bold $text-accent")
        ]
        for label, values, latest, moved in rows:
            spark = strip([float(v) for v in values[-points:]], zero=text.ZERO)
            parts += ["\n", f"  {label:<{width}}  ", (f"{spark:<{points}}", "$text-accent"),
                      f"  {latest:>3}"]
            if moved is not None:
                style = "$text-success" if moved > 0 else "$text-error" if moved < 0 else ""
                parts += ["  ", (f"{text.delta(moved):>4}", style)]
        return Content.assemble(*parts)
