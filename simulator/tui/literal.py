"""Untrusted text (file names, field values, replies) as literal, inert content for the app."""

from textual.content import Content

from simulator.sanitize import inert


def plain(text: object) -> str:
    """The text without terminal escapes, controls or bidi overrides; still to be shown with
    markup off (`notify(..., markup=False)`, `Content(...)`), never parsed."""
    return inert(str(text))


def literal(text: object, style: str = "") -> Content:
    """Content that shows `text` as written: `[bold]` stays `[bold]`, `[@click=...]` is no
    link, and escapes or controls in it never reach the terminal."""
    content = Content(plain(text))
    return content.stylize(style) if style and content else content
