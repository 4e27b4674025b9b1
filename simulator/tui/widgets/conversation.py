"""The scrolling conversation: turns as saved, replies as they stream, and failure notices."""

from typing import Any

from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from simulator.tui.errors import error_text
from simulator.tui.i18n import t
from simulator.tui.widgets.turn import TurnView

# Every streamed chunk lays the conversation out again, at a cost that grows with the number
# of turn widgets; past this many, the oldest leave the view (they stay saved, and the
# review screen shows the whole transcript), so typing stays immediate in long sessions.
MAX_VIEWS = 40


class Conversation(VerticalScroll):
    """Keeps to the newest turn while it grows (anchored), unless the manager scrolls up."""

    DEFAULT_CSS = """
    Conversation #earlier { color: $text-muted; text-style: italic; margin: 0 0 1 0; }
    """

    def __init__(
        self, lang: str, employee: str, *, id: str | None = None, max_views: int = MAX_VIEWS
    ) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.employee = employee
        self.max_views = max_views
        self.hidden_turns = 0

    def compose(self) -> Any:
        earlier = Static("", id="earlier")
        earlier.display = False
        yield earlier

    def on_mount(self) -> None:
        self.anchor()

    async def add(self, *views: Widget) -> None:
        """Show `views` after the last turn, and let the oldest go past `max_views`."""
        left_out = max(0, len(views) - self.max_views)
        await self.mount_all(views[left_out:])
        shown = [child for child in self.children if isinstance(child, TurnView)]
        surplus = shown[: max(0, len(shown) - self.max_views)]
        if surplus:
            await self.remove_children(surplus)
        self.hidden_turns += left_out + len(surplus)
        if self.hidden_turns:
            earlier = self.query_one("#earlier", Static)
            earlier.update(t("practice.earlier", self.lang, count=self.hidden_turns))
            earlier.display = True

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
        await self.add(reply)
        return reply

    async def notice(self, title: str, exc: BaseException, hint: str) -> TurnView:
        """A failure, in the conversation where it happened, with what to do next."""
        view = TurnView("notice", title, error_text(exc, self.lang), lang=self.lang, status=hint)
        await self.add(view)
        return view
