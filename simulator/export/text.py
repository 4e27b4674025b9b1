"""Making text inert: no terminal escapes, no live Markdown or HTML."""

import html
import re

# CSI/OSC/other escape sequences first, then any remaining C0/C1 control character, and the
# bidi overrides that can make text read differently from what it is ("Trojan Source").
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def inert(text: str) -> str:
    """Text safe to print to a terminal or page: escape sequences and control characters gone."""
    text = text.replace("\r\n", "\n")
    return _CONTROL.sub("", _ANSI.sub("", text))


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md_escape(text: str) -> str:
    """Literal text in Markdown: no emphasis, links, code, headings, lists or raw HTML."""
    escaped = _MD_SPECIAL.sub(r"\\\1", inert(text))
    # What only means something at the start of a line: headings, lists, setext underlines.
    escaped = re.sub(r"(?m)^(\s*)([#+=-])", r"\1\\\2", escaped)
    escaped = re.sub(r"(?m)^(\s*\d+)([.)])", r"\1\\\2", escaped)
    return escaped


def esc(text: object) -> str:
    """Escaped, inert text for HTML element content and attribute values."""
    return html.escape(inert(str(text)), quote=True)
