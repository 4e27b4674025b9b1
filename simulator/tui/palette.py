"""The command palette (ctrl+p) in the screen's language: Textual's own commands with
their titles translated, then every key of the screen and the app that is active now."""

from collections.abc import Iterable
from functools import partial

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from simulator.tui.i18n import system_text


def palette_commands(
    app: App, screen: Screen, textual_commands: Iterable[SystemCommand]
) -> Iterable[SystemCommand]:
    """What the palette offers on `screen`: `textual_commands` localised, then the keys."""
    lang = str(getattr(screen, "lang", None) or getattr(app, "lang", "nl"))
    for command in textual_commands:
        if found := system_text(command.title, lang):
            command = command._replace(title=found[0], help=found[1])
        yield command
    # Textual's own commands cover these; the footer still shows them as keys.
    seen_actions = {"command_palette", "quit"}
    seen: set[str] = set()
    for owner in (screen, app):
        own = [b for b in type(owner).BINDINGS if isinstance(b, Binding)]
        actions = [b.action for b in own]
        # The localised copies Textual holds for this screen or app, in declared order.
        held = [b for bs in owner._bindings.key_to_bindings.values() for b in bs]
        for binding in sorted(
            (b for b in held if b.action in actions), key=lambda b: actions.index(b.action)
        ):
            action = binding.action.removeprefix("app.")
            if not binding.description or action in seen_actions:
                continue
            if binding.description in seen:
                continue
            if not owner.check_action(binding.action, ()):
                continue
            seen.add(binding.description)
            seen_actions.add(action)
            help_text = binding.tooltip or f"{binding.key}"
            yield SystemCommand(
                binding.description, help_text, partial(owner.run_action, binding.action)
            )
