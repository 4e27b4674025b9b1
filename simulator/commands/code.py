"""`staysim code`: JSON Lines of utterances in, the same objects with their codes out."""

import json
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO

from simulator.cli import UsageError
from simulator.errors import message
from simulator.sanitize import inert, json_dumps


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
    text, lang, prev = item.get("text"), item.get("lang", default_lang), item.get("prev")
    if not isinstance(text, str):
        return item, message("errors_cli.code_no_text")
    if lang is not None and lang not in ("nl", "en"):
        return item, message("errors_cli.code_bad_lang", value=repr(lang))
    if prev is not None and not isinstance(prev, str):
        return item, message("errors_cli.code_bad_prev")
    return item, None


def run(args: Any) -> int:
    from simulator.scoring.coder import code_utterance

    default_lang = getattr(args, "lang", None)
    out = sys.stdout
    errors = 0
    for number, line, problem in _lines(sys.stdin.buffer):
        if line is not None and not line.strip():
            continue
        item: dict[str, Any] | None = None
        if problem is None and line is not None:
            item, problem = _parse(line, default_lang)
        if problem is not None:
            # Every input line keeps its output line, so output pairs with input by position.
            print(inert(f"stdin:{number}: {problem}"), file=sys.stderr)
            errors += 1
            failed = dict(item) if item is not None else {}
            failed.update({"codes": [], "error": problem, "line": number})
            out.write(json_dumps(failed) + "\n")
            continue
        assert item is not None
        coded = code_utterance(item["text"], item.get("lang", default_lang), item.get("prev"))
        item["codes"] = coded.codes
        item.setdefault("evidence", _evidence(coded))
        item.setdefault("themes", coded.themes)
        out.write(json_dumps(item) + "\n")
    out.flush()
    if errors:
        raise UsageError(message("errors_cli.code_failed", count=errors))
    return 0
