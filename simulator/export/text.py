"""Making text literal in Markdown and HTML; terminal escapes go through the sanitiser."""

import html
import re

from simulator.sanitize import inert

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
