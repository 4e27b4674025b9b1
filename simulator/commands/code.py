"""`staysim code`: JSON Lines of utterances in, the same objects with their codes out."""

import io
import json
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO

from simulator.cli import UsageError
from simulator.errors import message
from simulator.sanitize import inert, json_dumps, writable


def _evidence(coded: Any) -> list[dict[str, Any]]:
    """Each code's span and rule id (or the model's features); a reflection also says whether
    it gives back what was said (`accurate`), fits any story (`generic`) and adds meaning
    (`complex`)."""
    out = []
    quality = coded.reflection
    for e in coded.evidence:
        item = {"code": e.code, "span": e.span, "rule": e.rule, "start": e.start, "end": e.end}
        if e.code == "reflection" and quality is not None:
            item |= {"accurate": quality.accurate, "generic": quality.generic,
                     "complex": quality.complex}
        out.append(item)
    return out


MAX_LINE_BYTES = 1_000_000
MAX_SKIP_BYTES = 64_000_000


def _lines(stream: BinaryIO) -> Iterator[tuple[int, str | None, str | None]]:
    """(number, text, problem) per input line; a line never takes more than MAX_LINE_BYTES."""
    number = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            skipped = 0
            while raw and not raw.endswith(b"\n"):  # skip the rest of the over-long line
                raw = stream.readline(MAX_LINE_BYTES)
                skipped += len(raw)
                if skipped > MAX_SKIP_BYTES:  # a stream that never ends its line: stop
                    yield number, None, message("errors_cli.code_stopped", limit=MAX_SKIP_BYTES)
                    return
            yield number, None, message("errors_cli.code_too_long", limit=MAX_LINE_BYTES)
            continue
        try:
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8"), None
        except UnicodeDecodeError:
            yield number, None, message("errors_cli.code_not_utf8")


def _parse(line: str, default_lang: str | None) -> tuple[dict[str, Any] | None, str | None]:
    """The line's object, or why it cannot be coded."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, message("errors_cli.code_json_at", reason=exc.msg, column=exc.colno)
    except RecursionError:
        return None, message("errors_cli.code_json_deep")
    except ValueError as exc:  # e.g. a number of more than 4,300 digits
        return None, message("errors_cli.code_json", reason=str(exc).split(":")[0])
    if not isinstance(item, dict):
        return None, message("errors_cli.code_not_object")
    if not writable(json.dumps(item, ensure_ascii=False)):  # "\ud800": valid JSON, no character
        return None, message("errors_cli.code_surrogate")
    text, lang, prev = item.get("text"), item.get("lang", default_lang), item.get("prev")
    if not isinstance(text, str):
        return item, message("errors_cli.code_no_text")
    if lang is not None and lang not in ("nl", "en"):
        return item, message("errors_cli.code_bad_lang", value=repr(lang))
    if prev is not None and not isinstance(prev, str):
        return item, message("errors_cli.code_bad_prev")
    return item, None


# Lines already waiting are coded together (a file or a pipe written ahead: one batch for the
# learned layer, over two processes from a few thousand lines); a line sent alone is answered
# at once, so a program that writes a line and waits for its codes is never kept waiting.
BATCH_LINES = 8192


def _more_waiting(stream: BinaryIO) -> bool:
    """Whether a whole next line is there to read now (a file, or a pipe written ahead), so
    reading it cannot keep the lines before it waiting. Where that cannot be asked (no file
    descriptor), each line is answered alone."""
    import select

    try:
        if stream.isatty():
            # Typed at a terminal: each line is answered, and an end of input typed right
            # after a line is not read away by looking ahead.
            return False
        ready, _, _ = select.select([stream], [], [], 0)
        if not ready:
            return False
        # Data is there, so peeking returns at once. A line only begun in what was read so
        # far still counts while more is arriving (a file, a pipe written ahead); where nothing
        # more has arrived, the writer may be waiting for the answers to the lines before it.
        if b"\n" in stream.peek(1):  # type: ignore[attr-defined]
            return True
        ready, _, _ = select.select([stream], [], [], 0)
        return bool(ready)
    except (OSError, ValueError, TypeError, AttributeError, io.UnsupportedOperation):
        return False


def _failed(number: int, item: dict[str, Any] | None, problem: str) -> str:
    # Every input line keeps its output line, so output pairs with input by position.
    print(inert(f"stdin:{number}: {problem}"), file=sys.stderr)
    failed = dict(item) if item is not None else {}
    failed.update({"codes": [], "error": problem, "line": number})
    return json_dumps(failed)


def _write(pending: list[dict[str, Any] | str], default_lang: str | None) -> None:
    """The output lines of `pending`, in order: the items coded as one batch, the failed lines'
    messages as they are."""
    from simulator.scoring.coder import code_many

    items = [p for p in pending if isinstance(p, dict)]
    coded = iter(code_many([(item["text"], item.get("lang", default_lang), item.get("prev"))
                            for item in items]))
    for entry in pending:
        if isinstance(entry, str):
            sys.stdout.write(entry + "\n")
            continue
        one = next(coded)
        entry["codes"] = one.codes
        entry.setdefault("evidence", _evidence(one))
        entry.setdefault("themes", one.themes)
        sys.stdout.write(json_dumps(entry) + "\n")
    sys.stdout.flush()
    pending.clear()


def run(args: Any) -> int:
    default_lang = getattr(args, "lang", None)
    stream = sys.stdin.buffer
    errors = 0
    pending: list[dict[str, Any] | str] = []
    for number, line, problem in _lines(stream):
        if line is not None and not line.strip():
            continue
        item: dict[str, Any] | None = None
        if problem is None and line is not None:
            item, problem = _parse(line, default_lang)
        if problem is not None:
            errors += 1
            pending.append(_failed(number, item, problem))
        else:
            assert item is not None
            pending.append(item)
        if len(pending) >= BATCH_LINES or not _more_waiting(stream):
            _write(pending, default_lang)
    _write(pending, default_lang)
    if errors:
        raise UsageError(message("errors_cli.code_failed", count=errors))
    return 0
