"""Keys every screen in the session's language repeats, so the footer speaks one language."""

from textual.binding import Binding

# On a screen these win over the app's own, whose words follow the app's language.
SESSION_KEYS = [
    Binding("f1", "app.help", "Help", tooltip="List every key of every screen"),
    Binding("ctrl+p", "app.command_palette", "Commands", show=False),
]
