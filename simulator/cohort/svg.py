"""Small inline SVG charts for the cohort page: plain shapes, no script, no fonts fetched."""

from collections.abc import Sequence

from simulator.export.text import esc

_FILL = "#3a6ea5"
_PASS = "#c0392b"
_MUTED = "#eef0f5"


def _svg(width: int, height: int, label: str, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(label)}">'
        f"<title>{esc(label)}</title>{body}</svg>"
    )


def score_bar(best: int | None, latest: int | None, pass_score: int, label: str) -> str:
    """A 0-100 track: the best score as a bar, the latest as a tick, the pass score a line."""
    width, height = 160, 14
    scale = width / 100
    body = f'<rect width="{width}" height="{height}" fill="{_MUTED}"/>'
    if best is not None:
        body += f'<rect width="{best * scale:.1f}" height="{height}" fill="{_FILL}"/>'
    if latest is not None:
        x = min(latest * scale, width - 1.5)
        body += f'<rect x="{x:.1f}" y="1" width="3" height="{height - 2}" fill="#1d2330"/>'
    x = pass_score * scale
    body += f'<line x1="{x:.1f}" x2="{x:.1f}" y1="0" y2="{height}" stroke="{_PASS}" ' \
        'stroke-width="1.5"/>'
    return _svg(width, height, label, body)


def profile(values: Sequence[tuple[str, int | None]], label: str) -> str:
    """One small column per dimension, 0-100 each; a missing one is an empty slot."""
    column, gap, height = 9, 3, 28
    width = len(values) * (column + gap)
    body = ""
    for index, (name, value) in enumerate(values):
        x = index * (column + gap)
        body += f'<rect x="{x}" width="{column}" height="{height}" fill="{_MUTED}"/>'
        if value is not None:
            top = height - value * height / 100
            body += (
                f'<rect x="{x}" y="{top:.1f}" width="{column}" height="{height - top:.1f}" '
                f'fill="{_FILL}"><title>{esc(name)}: {value}</title></rect>'
            )
    return _svg(width, height, label, body)


def histogram(values: Sequence[int], label: str, bins: int = 10) -> str:
    """How many trainees fall in each tenth of 0-100."""
    width, height, gap = 240, 48, 2
    counts = [0] * bins
    for value in values:
        counts[min(bins - 1, max(0, value) * bins // 100)] += 1
    peak = max(counts) or 1
    column = width / bins
    body = f'<line x1="0" x2="{width}" y1="{height - 0.5}" y2="{height - 0.5}" stroke="#99a"/>'
    for index, count in enumerate(counts):
        if not count:
            continue
        top = height - count * (height - 4) / peak
        low, high = index * 100 // bins, (index + 1) * 100 // bins - (index < bins - 1)
        body += (
            f'<rect x="{index * column + gap / 2:.1f}" y="{top:.1f}" '
            f'width="{column - gap:.1f}" height="{height - top:.1f}" fill="{_FILL}">'
            f"<title>{low}-{high}: {count}</title></rect>"
        )
    return _svg(width, height, label, body)


def slope(pairs: Sequence[tuple[int, int]], pass_score: int, label: str) -> str:
    """A line per trainee from the first attempt's score (left) to the best (right)."""
    width, height, pad = 260, 160, 24
    def y(score: int) -> float:
        return 6 + (100 - score) * (height - 12) / 100

    body = (
        f'<line x1="{pad}" x2="{pad}" y1="0" y2="{height}" stroke="#99a"/>'
        f'<line x1="{width - pad}" x2="{width - pad}" y1="0" y2="{height}" stroke="#99a"/>'
        f'<line x1="{pad}" x2="{width - pad}" y1="{y(pass_score):.1f}" '
        f'y2="{y(pass_score):.1f}" stroke="{_PASS}" stroke-dasharray="4 3"/>'
    )
    opacity = 0.7 if len(pairs) <= 20 else 0.25
    for first, best in pairs:
        body += (
            f'<line x1="{pad}" y1="{y(first):.1f}" x2="{width - pad}" y2="{y(best):.1f}" '
            f'stroke="{_FILL}" stroke-opacity="{opacity}"/>'
        )
    return _svg(width, height, label, body)
