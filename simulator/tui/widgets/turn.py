"""One line of the conversation: who speaks, what they said (literally), and its codes."""

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from simulator.tui.labels import badges
from simulator.tui.literal import literal


class TurnView(Widget):
    """A manager or employee turn; an employee reply can grow while it streams.

    The text is one `Static` per line, so a streamed chunk re-renders only the line it lands
    on, not the whole reply."""

    DEFAULT_CSS = """
    TurnView {
        height: auto;
        margin: 0 0 1 0;
        padding: 0 1;
    }
    TurnView.manager {
        border-left: thick $primary;
        margin-left: 6;
        background: $primary 8%;
    }
    TurnView.employee {
        border-left: thick $secondary;
        margin-right: 6;
    }
    TurnView.notice {
        border-left: thick $error;
        background: $error 10%;
    }
    TurnView .speaker { text-style: bold; height: 1; }
    TurnView.manager .speaker { color: $text-primary; }
    TurnView.employee .speaker { color: $text-secondary; }
    TurnView.notice .speaker { color: $text-error; }
    TurnView .body { height: auto; }
    TurnView .line { height: auto; }
    TurnView .codes { height: auto; }
    TurnView .status { color: $text-muted; text-style: italic; height: auto; }
    """

    def __init__(
        self,
        speaker: str,
        name: str,
        text: str = "",
        *,
        codes: list[str] | None = None,
        lang: str = "nl",
        status: str = "",
    ) -> None:
        super().__init__(classes=speaker)
        self.speaker = speaker
        self.display_name = name
        self.text = text
        self.codes = codes or []
        self.lang = lang
        self.status = status
        # The text of the last line, which the next chunk extends.
        self._tail = text.rsplit("\n", 1)[-1]

    def compose(self) -> ComposeResult:
        yield Static(literal(self.display_name), classes="speaker")
        with Vertical(classes="body"):
            for line in self.text.split("\n"):
                yield _line(line)
        yield Static(badges(self.codes, self.lang), classes="codes")
        yield Static(literal(self.status), classes="status")

    def on_mount(self) -> None:
        self.query_one(".codes").display = bool(self.codes)
        self.query_one(".status").display = bool(self.status)

    def append(self, chunk: str) -> None:
        self.text += chunk
        first, *more = chunk.split("\n")
        self._tail += first
        body = self.query_one(".body", Vertical)
        last = body.children[-1]
        if isinstance(last, Static):
            last.update(literal(self._tail))
        if more:
            self._tail = more[-1]
            body.mount_all(_line(line) for line in more)

    def set_codes(self, codes: list[str]) -> None:
        self.codes = list(codes)
        codes_view = self.query_one(".codes", Static)
        codes_view.update(badges(self.codes, self.lang))
        codes_view.display = bool(self.codes)

    def set_status(self, status: str | Content) -> None:
        self.status = str(status)
        status_view = self.query_one(".status", Static)
        status_view.update(status if isinstance(status, Content) else literal(status))
        status_view.display = bool(self.status)


def _line(text: str) -> Static:
    return Static(literal(text), classes="line")
