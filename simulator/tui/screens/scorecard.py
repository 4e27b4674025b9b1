"""The scorecard: score, dimensions against targets, findings, facts and agreed actions."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from simulator.domain.persona import Persona
from simulator.domain.scenario import Scenario
from simulator.domain.scorecard import Scorecard
from simulator.tui.labels import code_label, literal, theme_label
from simulator.tui.widgets.bars import dimension_bar

if TYPE_CHECKING:
    from simulator.tui.app import StaysimApp

ACTION_LABELS = {
    "employee": {"nl": "Actie voor de medewerker", "en": "An action for the employee"},
    "manager": {"nl": "Actie voor jou", "en": "An action for you"},
    "together": {"nl": "Actie samen", "en": "An action together"},
    "follow_up": {"nl": "Datum om erop terug te komen", "en": "A date to come back to it"},
}


def extra(card: Scorecard, key: str, default: Any = None) -> Any:
    return (card.model_extra or {}).get(key, default)


def score_line(card: Scorecard) -> Content:
    pass_score = extra(card, "pass_score")
    parts: list[Content | str | tuple[str, str]] = [("Score ", "bold"), (f"{card.score}", "bold")]
    parts.append(" / 100")
    if isinstance(pass_score, int | float):
        passed = card.score >= pass_score
        verdict = (
            ("  passed", "bold $text-success") if passed else ("  not yet", "bold $text-warning")
        )
        parts += [verdict, (f"  (pass mark {pass_score:.0f})", "dim")]
    return Content.assemble(*parts)


def dimensions_view(card: Scorecard) -> Content:
    rows = [("Dimensions", "bold $text-accent")]
    lines: list[Content | str | tuple[str, str]] = list(rows)
    dims = [d for d in extra(card, "dimensions", []) or [] if isinstance(d, dict)]
    width = min(30, max((len(str(d.get("label") or d.get("name"))) for d in dims), default=10))
    for dim in dims:
        if not isinstance(dim, dict):
            continue
        label = str(dim.get("label") or dim.get("name") or "?")
        score = dim.get("score")
        target = dim.get("target")
        if not isinstance(score, int | float):
            continue
        goal = dim.get("goal")
        usable_target = target if isinstance(target, int | float) else None
        lines += [
            "\n",
            dimension_bar(
                label, score, usable_target, str(goal) if goal else None, label_width=width
            ),
        ]
    if len(lines) == 1:
        lines.append("\n(no dimensions in this scorecard)")
    return Content.assemble(*lines)


def findings_widgets(card: Scorecard, lang: str) -> list[Static]:
    """A title, then per finding its code, and the quote and tip indented under it."""
    widgets = [Static(Content.styled("Findings", "bold $text-accent"))]
    if not card.findings:
        widgets.append(Static("Nothing to improve was flagged."))
    for finding in card.findings:
        widgets += [
            Static(
                Content.styled(f"turn {finding.turn} · {code_label(finding.code, lang)}", "bold"),
                classes="finding-code",
            ),
            Static(Content.assemble("“", literal(finding.quote), "”"), classes="finding-text"),
            Static(Content.assemble("→ ", literal(finding.tip)), classes="finding-text"),
        ]
    return widgets


def _facts(card: Scorecard, persona: Persona | None) -> list[tuple[str, str, bool]]:
    """(label, theme, revealed) per hidden fact: from the card, else from the persona."""
    saved = extra(card, "facts")
    if isinstance(saved, list) and saved:
        return [
            (
                str(f.get("label", f.get("id", "?"))),
                str(f.get("theme", "")),
                bool(f.get("revealed")),
            )
            for f in saved
            if isinstance(f, dict)
        ]
    if persona is None or card.disclosures is None:
        return []
    revealed = set(card.disclosures.revealed)
    return [(f.label, f.theme, f.id in revealed) for f in persona.facts]


def facts_view(card: Scorecard, persona: Persona | None, lang: str) -> Content:
    parts: list[Content | str | tuple[str, str]] = [("Uncovered and missed", "bold $text-accent")]
    facts = _facts(card, persona)
    if not facts:
        parts.append("\n(no hidden facts: this conversation was not simulated)")
        return Content.assemble(*parts)
    coverage = card.coverage if isinstance(card.coverage, dict) else {}
    listed = coverage.get("explored")
    explored = {str(t) for t in listed} if isinstance(listed, list) else set()
    uncovered = sum(1 for _, _, revealed in facts if revealed)
    parts.append(f"\n{uncovered} of {len(facts)} hidden facts uncovered")
    for label, theme_id, revealed in facts:
        theme = theme_label(theme_id, lang)
        if revealed:
            parts += ["\n", ("✓ ", "$text-success"), literal(label), (f"  ({theme})", "dim")]
        else:
            why = "asked, but trust was too low" if theme_id in explored else "ask about"
            parts += ["\n", ("✗ ", "$text-error"), literal(label), (f"  {why}: {theme}", "dim")]
    return Content.assemble(*parts)


def actions_view(card: Scorecard, lang: str) -> Content:
    parts: list[Content | str | tuple[str, str]] = [("Agreed actions", "bold $text-accent")]
    for key, labels in ACTION_LABELS.items():
        done = bool(getattr(card.actions, key, False))
        box = ("[x] ", "$text-success") if done else ("[ ] ", "$text-warning")
        parts += ["\n", box, labels.get(lang, labels["en"])]
    return Content.assemble(*parts)


class ScorecardScreen(Screen[None]):
    """The scorecard of a finished session; from here review, practise again or export."""

    app: StaysimApp
    BINDINGS = [
        Binding("r", "review", "Review", tooltip="The transcript, every turn with its codes"),
        Binding("p", "again", "Practise again", tooltip="The same scenario, a fresh session"),
        Binding("e", "export('md')", "Export md", tooltip="Export: save a Markdown report"),
        Binding("E", "export('html')", "Export html", tooltip="Save a self-contained web page"),
        Binding("escape,q", "back", "Back", tooltip="Close the scorecard"),
    ]

    def __init__(
        self,
        card: Scorecard,
        *,
        session_id: int | None,
        scenario: Scenario | None,
        persona: Persona | None,
    ) -> None:
        super().__init__(id="scorecard")
        self.card = card
        self.session_id = session_id
        self.scenario = scenario
        self.persona = persona
        self.lang = card.language

    def compose(self) -> ComposeResult:
        title = self.scenario.title if self.scenario else (self.card.scenario or "conversation")
        yield Static(
            Content.assemble(score_line(self.card), ("  ·  ", "dim"), literal(title)),
            id="score-line",
        )
        with VerticalScroll(id="card-scroll"):
            with Grid(id="card-grid"):
                yield Static(dimensions_view(self.card), id="card-dimensions")
                with Vertical(id="card-findings"):
                    yield from findings_widgets(self.card, self.lang)
                yield Static(facts_view(self.card, self.persona, self.lang), id="card-facts")
                yield Static(actions_view(self.card, self.lang), id="card-actions")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#card-scroll").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "again":
            return self.scenario is not None
        if action == "export":
            return self.session_id is not None
        return True

    def action_review(self) -> None:
        from simulator.tui.screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen(self.card))

    def action_again(self) -> None:
        if self.scenario is not None:
            self.app.start_practice(self.scenario.id, replace=True)

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_export(self, fmt: str) -> None:
        from simulator import paths
        from simulator.export import export_session

        session = self.app.store.load_session(self.session_id) if self.session_id else None
        if session is None:
            self.notify("This session is not in the history.", severity="error")
            return
        try:
            text = export_session(session, fmt, self.card)  # type: ignore[arg-type]
            folder = paths.home() / "exports"
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"session-{session.id}.{fmt}"
            target.write_text(text, encoding="utf-8")
            os.chmod(target, 0o600)
        except Exception as exc:
            self.notify(str(exc), title="Export failed", severity="error", timeout=8)
            return
        self.notify(str(target), title="Exported", timeout=8)
