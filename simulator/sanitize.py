"""The one sanitiser for untrusted text on a terminal: plain text and JSON output."""

import json
import re
from typing import Any

# CSI/OSC/other escape sequences go whole, so no half-sequence ("[31m") is left behind.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")
# Bidi controls make text read differently from what it is ("Trojan Source"); the marks
# (LRM, RLM, ALM) too, so names cannot be reordered around them.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Any C0 control but tab and newline, DEL and C1 (U+009B is a one-byte CSI on some terminals).
_CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}]")
# What json.dumps leaves raw: C0 it escapes itself; U+2028/2029 end a line in JavaScript.
_JSON_RAW = re.compile(f"[\\x7f-\\x9f\\u2028\\u2029{_BIDI}]")


def writable(text: str) -> bool:
    """Whether the text can be written out as UTF-8: JSON's "\\ud800" (a lone surrogate) reads
    as a string but is no character."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def inert(text: str) -> str:
    """Text safe to print to a terminal or page: escape sequences and control characters gone."""
    text = text.replace("\r\n", "\n")
    return _CONTROL.sub("", _ANSI.sub("", text))


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_dumps(data: Any, indent: int | None = None) -> str:
    """JSON readable as UTF-8 whose every control, line-separator and bidi character is a
    `\\uXXXX` escape, so printing it cannot drive the terminal; the data round-trips exactly."""
    # Outside strings JSON holds only ASCII, so escaping in the finished text is safe.
    return _JSON_RAW.sub(_escape, json.dumps(data, ensure_ascii=False, indent=indent))
