"""Charts in block characters on an absolute 0..100 scale (a sparkline that rescales to
min..max would make a 2-point wobble look like a collapse)."""

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


def strip(values: list[float], top: float = 100.0, zero: str = " ") -> str:
    """A one-row chart of the values; `zero` marks a value too small for the lowest block."""
    return column_rows(values, 1, top)[0].replace(" ", zero)
