"""`staysim code`: JSON Lines of utterances in, the same objects with their codes out."""

import json
import sys
from typing import Any

from simulator.cli import UsageError


def _evidence(coded: Any) -> list[dict[str, Any]]:
    return [
        {"code": e.code, "span": e.span, "rule": e.rule, "start": e.start, "end": e.end}
        for e in coded.evidence
    ]


def run(args: Any) -> int:
    from simulator.scoring.coder import code_utterance

    default_lang = getattr(args, "lang", None)
    out = sys.stdout
    errors = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            errors += _bad(number, f"not valid JSON ({exc.msg}, column {exc.colno})")
            continue
        except RecursionError:
            errors += _bad(number, "not valid JSON (nested too deeply)")
            continue
        except ValueError as exc:  # e.g. a number of more than 4,300 digits
            errors += _bad(number, f"not valid JSON ({str(exc).split(':')[0]})")
            continue
        if not isinstance(item, dict):
            errors += _bad(number, "each line must be a JSON object with a \"text\" field")
            continue
        text, lang, prev = item.get("text"), item.get("lang", default_lang), item.get("prev")
        if not isinstance(text, str):
            errors += _bad(number, "field \"text\" is missing or not a string")
            continue
        if lang is not None and lang not in ("nl", "en"):
            errors += _bad(number, f"field \"lang\" must be \"nl\" or \"en\", not {lang!r}")
            continue
        if prev is not None and not isinstance(prev, str):
            errors += _bad(number, "field \"prev\" must be a string")
            continue
        coded = code_utterance(text, lang, prev)
        item["codes"] = coded.codes
        item.setdefault("evidence", _evidence(coded))
        item.setdefault("themes", coded.themes)
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
    out.flush()
    if errors:
        raise UsageError(f"{errors} line(s) of stdin could not be coded (see above)")
    return 0


def _bad(number: int, message: str) -> int:
    print(f"stdin:{number}: {message}", file=sys.stderr)
    return 1
