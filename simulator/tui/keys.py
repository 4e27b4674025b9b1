"""Keys every screen in the session's language repeats, and the practice screen's own."""

from textual.binding import Binding, BindingType

# On a screen these win over the app's own, whose words follow the app's language.
SESSION_KEYS = [
    Binding("f1", "app.help", "Help", tooltip="List every key of every screen"),
    Binding("ctrl+p", "app.command_palette", "Commands", show=False),
]

# The practice screen's keys; ctrl keys with priority, so they work while typing.
PRACTICE_KEYS: list[BindingType] = [
    Binding(
        "ctrl+f",
        "finish",
        "Finish",
        tooltip="End the session and open the scorecard",
        priority=True,
    ),
    Binding(
        "escape",
        "cancel_reply",
        "Stop",
        tooltip="Stop the reply in progress and its voice; the partial reply stays. "
        "Discards a transcribed turn not yet sent",
    ),
    Binding(
        "ctrl+r",
        "retry",
        "Retry",
        tooltip="Send an unsaved turn again, ask again for a reply that failed, or "
        "transcribe a recorded turn again",
        priority=True,
    ),
    Binding(
        "ctrl+t",
        "toggle_meters",
        "Meters",
        tooltip="Show or hide the live meters (hide them for a no-hints run)",
        priority=True,
    ),
    Binding(
        "ctrl+b",
        "leave",
        "Leave",
        tooltip="Back to the scenarios without scoring; "
        "resume later with staysim practice --resume",
        show=False,
    ),
    Binding(
        "ctrl+o",
        "toggle_voice",
        "Voice",
        tooltip="Switch voice on or off: speak your turns and hear the replies; typing still works",
        priority=True,
        show=False,  # in the help and the palette; the footer keeps room for Talk and Help
    ),
    Binding(
        "ctrl+l",
        "talk",
        "Talk",
        tooltip="Start recording your turn; press again to stop (it also stops by itself when "
        "you fall silent). Starting cuts the employee off",
        priority=True,
    ),
    *SESSION_KEYS,
]
