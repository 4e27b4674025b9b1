"""Session exports: Markdown to paste, self-contained HTML for a coach, scorecard JSON."""

import os
import stat
import tempfile
from pathlib import Path
from typing import Literal

from simulator.domain.scorecard import Scorecard
from simulator.domain.session import Session
from simulator.export import markdown, page
from simulator.export.report import bars
from simulator.export.rescore import conversation, scorecard_for
from simulator.export.text import esc, md_escape
from simulator.sanitize import inert, json_dumps

__all__ = [
    "FORMATS",
    "Format",
    "bars",
    "conversation",
    "esc",
    "export_session",
    "inert",
    "md_escape",
    "scorecard_for",
    "write_private",
]

Format = Literal["md", "html", "json"]
FORMATS: tuple[str, ...] = ("md", "html", "json")


def export_session(session: Session, fmt: Format, scorecard: Scorecard | None = None) -> str:
    """The session as `fmt`; a session without a scorecard is scored from its turns."""
    card = scorecard if scorecard is not None else scorecard_for(session)
    if fmt == "json":
        return _json(card)
    if fmt == "md":
        return markdown.render(session, card)
    if fmt == "html":
        return page.render(session, card)
    from simulator.errors import message

    formats = ", ".join(FORMATS)
    raise ValueError(message("errors_cli.unknown_format", fmt=repr(fmt), formats=formats))


def _json(card: Scorecard) -> str:
    # The DESIGN.md scorecard shape, nothing else: `staysim score` reads it back as is.
    return json_dumps(card.model_dump(mode="json"), indent=2) + "\n"


def write_private(target: Path, text: str) -> None:
    """Write `text` to `target` atomically, readable by the owner only from the first byte
    (an export is personal HR data). Raises OSError, e.g. IsADirectoryError."""
    if target.is_dir():
        from simulator.errors import message

        raise IsADirectoryError(21, message("errors_files.give_file_name"), str(target))
    # A link is followed, so the file it points to gets the export, not the link replaced.
    target = Path(os.path.realpath(target))
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        # A device or pipe (/dev/stdout, a FIFO) is written into, never replaced.
        with target.open("w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        return
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent if str(target.parent) else ".", prefix=".staysim-export-"
    )
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
