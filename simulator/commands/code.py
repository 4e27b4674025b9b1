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


class _Failed:
    """A line that could not be coded: its message for stderr and its output line."""

    def __init__(self, number: int, item: dict[str, Any] | None, problem: str) -> None:
        # Every input line keeps its output line, so output pairs with input by position.
        self.message = inert(f"stdin:{number}: {problem}")
        failed = dict(item) if item is not None else {}
        failed.update({"codes": [], "error": problem, "line": number})
        self.line = json_dumps(failed)


Pending = list[tuple[int, dict[str, Any]] | _Failed]


def _coded(items: list[tuple[int, dict[str, Any]]], default_lang: str | None) -> list[Any]:
    """The coded utterance of each item, or a `_Failed` for one the coder could not code: a
    fault in one line costs that line only, not the batch it came in."""
    from simulator.scoring.coder import code_many
    from simulator.scoring.model import ModelUnreadable, load_model

    load_model()  # a broken installation stops the command (ModelUnreadable), not each line

    def key(item: dict[str, Any]) -> tuple[str, str | None, str | None]:
        return item["text"], item.get("lang", default_lang), item.get("prev")

    try:
        return code_many([key(item) for _, item in items])
    except ModelUnreadable:
        raise
    except Exception:  # noqa: BLE001 - coded again line by line to find the one at fault
        out: list[Any] = []
        for number, item in items:
            try:
                out.append(code_many([key(item)])[0])
            except Exception as exc:  # noqa: BLE001 - named on stderr, the rest coded
                reason = type(exc).__name__
                out.append(_Failed(number, item, message("errors_cli.code_crashed",
                                                         reason=reason)))
        return out


def _write(pending: Pending, default_lang: str | None) -> int:
    """The output lines of `pending`, in order: the items coded as one batch, a failed line's
    message on stderr where its output line falls. Returns how many lines failed."""
    items = [p for p in pending if not isinstance(p, _Failed)]
    coded = iter(_coded(items, default_lang))
    failures = 0
    for entry in pending:
        one = entry if isinstance(entry, _Failed) else next(coded)
        if isinstance(one, _Failed):
            failures += 1
            sys.stdout.flush()
            print(one.message, file=sys.stderr, flush=True)
            sys.stdout.write(one.line + "\n")
            continue
        assert not isinstance(entry, _Failed)
        item = entry[1]
        item["codes"] = one.codes
        item.setdefault("evidence", _evidence(one))
        item.setdefault("themes", one.themes)
        sys.stdout.write(json_dumps(item) + "\n")
    sys.stdout.flush()
    pending.clear()
    return failures


def run(args: Any) -> int:
    default_lang = getattr(args, "lang", None)
    stream = sys.stdin.buffer
    errors = 0
    pending: Pending = []
    for number, line, problem in _lines(stream):
        if line is not None and not line.strip():
            continue
        item: dict[str, Any] | None = None
        if problem is None and line is not None:
            item, problem = _parse(line, default_lang)
        if problem is not None:
            pending.append(_Failed(number, item, problem))
        else:
            assert item is not None
            pending.append((number, item))
        if len(pending) >= BATCH_LINES or not _more_waiting(stream):
            errors += _write(pending, default_lang)
    errors += _write(pending, default_lang)
    if errors:
        raise UsageError(message("errors_cli.code_failed", count=errors))
    return 0
