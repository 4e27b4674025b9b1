"""Score charts on an absolute 0..100 scale (a sparkline rescales to min..max, which misleads)."""

from textual.content import Content
from textual.widgets import Static

EIGHTHS = " ▁▂▃▄▅▆▇█"


def column_rows(values: list[float], height: int, top: float = 100.0) -> list[str]:
    """One column per value, `height` rows tall, top row first."""
    rows: list[str] = []
    for row in range(height - 1, -1, -1):
        line = []
        for value in values:
            level = max(0.0, min(top, value)) / top * height * 8
            filled = int(round(level)) - row * 8
            line.append(EIGHTHS[max(0, min(8, filled))])
        rows.append("".join(line))
    return rows


def strip(values: list[float], top: float = 100.0) -> str:
    """A one-row chart of the values."""
    return column_rows(values, 1, top)[0]


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
