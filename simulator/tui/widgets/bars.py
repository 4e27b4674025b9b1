"""A scorecard dimension drawn as a bar against its target."""

import textwrap

from textual.content import Content


def dimension_bar(
    label: str,
    score: float,
    target: float | None,
    goal: str | None = None,
    width: int = 20,
    label_width: int = 24,
    shown: str | None = None,
) -> Content:
    """`label  ██████░░│░  72 / 80`, what was measured and the goal under the bar: a `│` marks
    a target below 100; `shown` and `goal` are shown as given, already in the card's language."""
    score = max(0.0, min(100.0, float(score)))
    filled = round(score / 100 * width)
    cells = ["█" if i < filled else "░" for i in range(width)]
    if target is not None and float(target) < 100:
        marker = min(width - 1, max(0, round(float(target) / 100 * width)))
        cells[marker] = "│"
    good = target is None or score >= float(target)
    style = "$text-success" if good else "$text-warning"
    suffix = f" {score:>3.0f}"
    if target is not None and float(target) < 100:
        suffix += f" / {float(target):.0f}"
    # The goal goes under the bar, wrapped to the bar's width so that every line of it
    # starts under the bar: the scorer's goals are phrases, too long for one line.
    indent = " " * (label_width + 1)
    shown_lines = textwrap.wrap(shown, width + len(suffix)) if shown else []
    goal_lines = textwrap.wrap(goal, width + len(suffix)) if goal else []
    return Content.assemble(
        (f"{label[:label_width]:<{label_width}} ", "bold"),
        ("".join(cells), style),
        suffix,
        "".join(f"\n{indent}{line}" for line in shown_lines),
        ("".join(f"\n{indent}{line}" for line in goal_lines), "dim"),
    )
