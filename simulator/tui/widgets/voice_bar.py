"""The voice line above the practice input (off, ready, recording with a level meter, busy,
speaking) and the picker's line naming the voice setup."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from simulator.tui.i18n import t
from simulator.tui.literal import literal
from simulator.tui.voice import VoiceSetup, voice_line

METER_CELLS = 12


def meter(level: float, cells: int = METER_CELLS) -> str:
    """A level 0..1 as a bar of full and empty cells."""
    full = max(0, min(cells, round(level * cells)))
    return "▮" * full + "▯" * (cells - full)


class VoiceBar(Static):
    """One line; `show` sets what it says. Hidden while voice is off."""

    DEFAULT_CSS = """
    VoiceBar {
        height: 1;
        padding: 0 1;
        color: $text-muted;
        display: none;
    }
    VoiceBar.-on { display: block; }
    VoiceBar.-recording { color: $text-error; text-style: bold; }
    VoiceBar.-speaking { color: $text-secondary; }
    """

    def __init__(self, lang: str, employee: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.employee = employee
        self.state = "off"

    def show(self, state: str, *, level: float = 0.0, seconds: float = 0.0) -> None:
        """`state`: off, ready, recording, transcribing, speaking, or held (a clip waits)."""
        self.state = state
        self.set_class(state != "off", "-on")
        self.set_class(state == "recording", "-recording")
        self.set_class(state == "speaking", "-speaking")
        if state == "recording":
            minutes, rest = divmod(int(seconds), 60)
            self.update(
                Content.assemble(
                    ("● ", "bold $text-error"),
                    t("voice.recording", self.lang, time=f"{minutes}:{rest:02d}"),
                    "  ",
                    (meter(level), "$text-error"),
                    ("  " + t("voice.recording_keys", self.lang), "dim"),
                )
            )
        elif state != "off":
            self.update(Content(t(f"voice.{state}", self.lang, name=self.employee)))


class VoiceLine(Static):
    """The picker's line: voice on or off, and the speech backends it uses or would use."""

    def __init__(self, lang: str, setup: VoiceSetup | None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.setup = setup

    def on_mount(self) -> None:
        self.update(
            Content.assemble(
                (t("voice.picker", self.lang), "bold"),
                literal(voice_line(self.setup, self.lang)),
                ("  ·  " + t("voice.picker_hint", self.lang), "dim"),
            )
        )
