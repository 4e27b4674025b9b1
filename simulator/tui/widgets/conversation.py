"""The scrolling conversation: turns as saved, replies as they stream, and failure notices."""

from typing import Any

from textual.containers import VerticalScroll

from simulator.tui.errors import error_text
from simulator.tui.i18n import t
from simulator.tui.widgets.turn import TurnView


class Conversation(VerticalScroll):
    """Keeps to the newest turn while it grows (anchored), unless the manager scrolls up."""

    def __init__(self, lang: str, employee: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.employee = employee

    def on_mount(self) -> None:
        self.anchor()

    def view_for(self, turn: Any) -> TurnView:
        """A saved turn as it was left: an interrupted reply says so."""
        interrupted = getattr(turn, "status", "complete") == "interrupted"
        status = t("practice.interrupted", self.lang) if interrupted else ""
        if turn.speaker == "manager":
            return self.manager(turn.text, status=status)
        return TurnView("employee", self.employee, turn.text, lang=self.lang, status=status)

    def manager(self, text: str, codes: list[str] | None = None, status: str = "") -> TurnView:
        you = t("practice.you", self.lang)
        return TurnView("manager", you, text, codes=codes, lang=self.lang, status=status)

    async def new_reply(self) -> TurnView:
        reply = TurnView("employee", self.employee, lang=self.lang, status="…")
        await self.mount(reply)
        return reply

    async def notice(self, title: str, exc: BaseException, hint: str) -> TurnView:
        """A failure, in the conversation where it happened, with what to do next."""
        view = TurnView("notice", title, error_text(exc), lang=self.lang, status=hint)
        await self.mount(view)
        return view
