"""A scorecard dimension drawn as a bar against its target."""

from textual.content import Content


def dimension_bar(label: str, score: float, target: float | None, width: int = 20) -> Content:
    """`label  ██████░░|░░  72 (target 70)`: the marker `|` sits at the target."""
    score = max(0.0, min(100.0, float(score)))
    filled = round(score / 100 * width)
    cells = ["█" if i < filled else "░" for i in range(width)]
    marker = None
    if target is not None:
        marker = min(width - 1, max(0, round(float(target) / 100 * width)))
        cells[marker] = "│"
    good = target is None or score >= float(target)
    style = "$text-success" if good else "$text-warning"
    suffix = f" {score:>3.0f}" + (f" / {float(target):.0f}" if target is not None else "")
    return Content.assemble(
        (f"{label[:22]:<22} ", "bold"),
        ("".join(cells), style),
        suffix,
    )
