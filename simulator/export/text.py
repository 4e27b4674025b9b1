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


# The look every self-contained page shares (session export, cohort report): no web font,
# no remote anything.
PAGE_CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;
margin:2rem auto;padding:0 1rem;color:#1d2330;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem}
h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #dde}
.meta{color:#556;margin:0 0 1rem;padding:0;list-style:none}
.meta li{display:inline;margin-right:1.2rem}
"""
