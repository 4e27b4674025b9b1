"""Transcript review: every turn with its code badges; a manager turn shows its evidence."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker

from simulator.domain.scorecard import Scorecard, TranscriptLine
from simulator.tui.errors import report_failed_worker
from simulator.tui.i18n import localise_bindings, t
from simulator.tui.keys import SESSION_KEYS
from simulator.tui.labels import badges, code_label, code_style, literal
from simulator.tui.widgets.talk_time import turn_timing

if TYPE_CHECKING:
    from simulator.tui.app import StaysimApp

SPEAKERS = {"manager": "practice.you", "employee": "review.employee"}


def turn_prompt(index: int, line: TranscriptLine, lang: str) -> Content:
    who = t(SPEAKERS.get(line.speaker, line.speaker), lang)
    style = "bold $text-primary" if line.speaker == "manager" else "bold $text-secondary"
    parts: list[Content | str | tuple[str, str]] = [
        (f"{index + 1:>2} {who}: ", style),
        literal(line.text),
    ]
    timing = turn_timing(line, lang)
    if timing:
        parts += [("  (" + timing + ")", "dim")]
    if line.codes:
        parts += ["\n   ", badges(line.codes, lang)]
    return Content.assemble(*parts)


def evidence_for(card: Scorecard, index: int) -> Content:
    """What each code of a manager turn rests on, and the tip for it."""
    line = card.transcript[index]
    lang = card.language
    if line.speaker != "manager":
        return Content(t("review.pick_own", lang))
    prev = next(
        (t.text for t in reversed(card.transcript[:index]) if t.speaker == "employee"), None
    )
    from simulator.scoring import code_utterance
    from simulator.scoring.findings import formula_choice

    coded: Any = code_utterance(line.text, lang, prev)
    evidence = list(getattr(coded, "evidence", []) or [])
    tips = {f.code: f.tip for f in card.findings if f.turn == index}
    title = (t("review.turn", lang, turn=index + 1), "bold $text-accent")
    parts: list[Content | str | tuple[str, str]] = [title, "\n"]
    parts += ["“", marked(line.text, evidence), "”\n"]
    if not line.codes:
        parts.append("\n" + t("review.no_codes", lang))
    for code in line.codes:
        # A reflection that fits any story is shown as a formula, with the card's tip for it
        # (or the same advice), never praised.
        quality = getattr(coded, "reflection", None)
        formula = code == "reflection" and (
            "formula_reflection" in tips or bool(quality and quality.generic))
        shown = "formula_reflection" if formula else code
        style = "$text-warning" if formula else code_style(code)
        parts += ["\n", (f"[{code_label(shown, lang)}]", f"bold {style}")]
        for span in spans(line.text, [e for e in evidence if getattr(e, "code", None) == code]):
            parts += ["\n  ", (t("review.because", lang), "dim"), " “", literal(span), "”"]
        tip = tips.get(shown) or (formula_choice(coded, prev, lang).text(lang) if formula
                                  else _tip(code, lang, line.text, prev))
        if tip:
            # Flush left, so a long tip wraps into a readable paragraph.
            parts += ["\n", (t("review.tip", lang), f"bold {style}"), literal(tip)]
        parts.append("\n")
    return Content.assemble(*parts)


def spans(text: str, evidence: list[Any]) -> list[str]:
    """Each evidence span once, widened to whole words so none is cut off mid-word."""
    shown: list[str] = []
    for item in evidence:
        start, end = getattr(item, "start", None), getattr(item, "end", None)
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            while end < len(text) and text[end].isalnum():
                end += 1
            span = text[start:end].strip()
        else:
            span = str(getattr(item, "span", "")).strip()
        if span and span not in shown:
            shown.append(span)
    return shown


def marked(text: str, evidence: list[Any]) -> Content:
    """The turn with each evidence span underlined in its code's colour."""
    content = literal(text)
    if content.plain != text:  # escapes were dropped, so the offsets no longer fit
        return content
    for item in evidence:
        start, end = getattr(item, "start", None), getattr(item, "end", None)
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            style = f"underline {code_style(str(getattr(item, 'code', '')))}"
            content = content.stylize(style, start, end)
    return content


def _tip(code: str, lang: str, quote: str, prev: str | None) -> str:
    from simulator.scoring import tip_for

    return str(tip_for(code, lang, quote, prev) or "")


class ReviewScreen(Screen[None]):
    """The transcript with badges on the left, the selected turn's evidence on the right."""

    app: StaysimApp
    BINDINGS = [
        Binding("escape,q", "back", "Back", tooltip="Back to the scorecard"),
        Binding("n", "next_manager", "Next own turn", tooltip="Jump to your next turn"),
        *SESSION_KEYS,
    ]

    def __init__(self, card: Scorecard) -> None:
        super().__init__(id="review")
        self.card = card
        self.lang = card.language
        localise_bindings(self, "review", self.lang)

    def compose(self) -> ComposeResult:
        yield Static(
            Content.assemble(
                (t("review.title", self.lang), "bold"),
                "  ·  ",
                (t("review.subtitle", self.lang), "dim"),
            ),
            id="review-title",
        )
        with Horizontal(id="review-body"):
            yield OptionList(
                *[
                    Option(turn_prompt(i, line, self.card.language), id=f"turn-{i}")
                    for i, line in enumerate(self.card.transcript)
                ],
                id="turn-list",
            )
            with VerticalScroll(id="evidence-panel"):
                yield Static(id="evidence")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        turns = self.query_one("#turn-list", OptionList)
        turns.focus()
        if self.card.transcript:
            turns.highlighted = self._next_manager(-1) or 0

    def _next_manager(self, after: int) -> int | None:
        for i in range(after + 1, len(self.card.transcript)):
            if self.card.transcript[i].speaker == "manager":
                return i
        return None

    @on(OptionList.OptionHighlighted, "#turn-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_evidence(event.option_index)

    @work(group="evidence", exclusive=True, exit_on_error=False)
    async def show_evidence(self, index: int) -> None:
        # The coder reads the turn again for its evidence: in a thread, off the event loop.
        evidence = await asyncio.to_thread(evidence_for, self.card, index)
        self.query_one("#evidence", Static).update(evidence)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failed_worker(self, event.worker, event.state, self.card.language)

    def action_next_manager(self) -> None:
        turns = self.query_one("#turn-list", OptionList)
        current = turns.highlighted if turns.highlighted is not None else -1
        found = self._next_manager(current)
        if found is None:
            found = self._next_manager(-1)
        if found is not None:
            turns.highlighted = found

    def action_back(self) -> None:
        self.app.pop_screen()
