"""Score charts on an absolute 0..100 scale (a sparkline rescales to min..max, which misleads)."""

from textual.content import Content
from textual.widgets import Static

from simulator.progress.spark import EIGHTHS, column_rows, strip

__all__ = ["EIGHTHS", "ScoreChart", "column_rows", "strip"]

class ScoreChart(Static):
    """The score of each session, oldest left, with a 0/50/100 axis."""

    DEFAULT_CSS = """
    ScoreChart { height: auto; color: $text-accent; }
    """

    def __init__(
        self, values: list[float], height: int = 5, *, empty: str = "", **kwargs: str
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.values = values
        self.empty = empty
        self.rows = height

    def set_values(self, values: list[float]) -> None:
        self.values = values
        self.refresh(layout=True)

    def render(self) -> Content:
        width = max(1, self.size.width - 5)
        values = self.values[-width:]
        if not values:
            return Content(self.empty)
        lines = column_rows(values, self.rows)
        axis = {0: "100 ", self.rows // 2: " 50 ", self.rows - 1: "  0 "}
        return Content("\n".join(axis.get(i, "    ") + "│" + line for i, line in enumerate(lines)))
