"""Result files as trainees submit them (`staysim assign submit`): read and checked.

Every problem is one line naming the file and the field; nothing is taken on trust that
can be checked here (the transcript's hash, the pack all files belong to).
"""

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from simulator.library import Problem, _friendly

RESULT_KIND = "staysim.result"
# The newest result format this staysim reads; a newer one is refused.
RESULT_FORMAT = 1
# A result holds tens of attempts with transcripts and scorecards: well under this.
MAX_RESULT_BYTES = 20_000_000


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ResultPack(_In):
    id: str
    title: str
    hash: str
    pass_score: int
    attempts: int


class Line(_In):
    speaker: Literal["manager", "employee"]
    text: str


class Attempt(_In):
    session: int
    scenario: str
    language: Literal["nl", "en"]
    backend: str
    started: datetime
    ended: datetime | None
    score: int
    passed: bool
    scorecard: dict[str, Any]
    transcript: list[Line]
    transcript_sha256: str


class Result(_In):
    kind: Literal["staysim.result"]
    format: int
    staysim_version: str
    pack: ResultPack
    trainee: str
    submitted: datetime
    attempts: list[Attempt]


@dataclass(frozen=True)
class Submitted:
    """One result file as read: where it came from and what it holds."""

    path: Path
    result: Result


def canonical_json(data: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes a transcript's hash is taken of."""
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def transcript_sha256(transcript: list[Line]) -> str:
    return hashlib.sha256(canonical_json([line.model_dump() for line in transcript])).hexdigest()


class ResultError(Exception):
    """A result file that cannot be used; `unreadable` when it is not even JSON."""

    def __init__(self, problem: Problem, unreadable: bool = False) -> None:
        super().__init__(str(problem))
        self.problem = problem
        self.unreadable = unreadable


def read_result(path: Path) -> Submitted:
    """One result file, checked field by field; ResultError naming the file and field."""
    from simulator.paths import Unreadable, read_regular

    try:
        data = json.loads(read_regular(path, MAX_RESULT_BYTES))
    except Unreadable as exc:
        raise ResultError(Problem(path, str(exc)), unreadable=True) from None
    except (ValueError, RecursionError):
        raise ResultError(Problem(path, "not a JSON file"), unreadable=True) from None
    if not isinstance(data, dict) or data.get("kind") != RESULT_KIND:
        kind = data.get("kind") if isinstance(data, dict) else None
        message = f"not a staysim result: kind is {kind!r}, expected {RESULT_KIND!r}"
        raise ResultError(Problem(path, message, None, "kind"))
    version = data.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > RESULT_FORMAT:
        message = (
            f"format {version} is newer than this staysim reads ({RESULT_FORMAT}); "
            "please upgrade staysim"
        )
        raise ResultError(Problem(path, message, None, "format"))
    try:
        result = Result.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or None
        raise ResultError(Problem(path, _friendly(dict(first)), None, field)) from None
    if result.format < 1:
        raise ResultError(Problem(path, "must be at least 1", None, "format"))
    return Submitted(path, result)


def one_pack(
    submitted: list[Submitted], pack_id: str | None = None, pack_hash: str | None = None
) -> list[Problem]:
    """Files from another pack than the given one, else than most of the others."""
    if not submitted:
        return []
    if pack_id is None:
        counts = Counter((s.result.pack.id, s.result.pack.hash) for s in submitted)
        top = max(counts.values())
        pack_id, pack_hash = next(
            key for s in submitted if counts[key := (s.result.pack.id, s.result.pack.hash)] == top
        )
        reference = next(s.path for s in submitted if s.result.pack.id == pack_id)
        where = f"as in {reference}"
    else:
        where = "as in the pack given"
    problems = []
    for item in submitted:
        pack = item.result.pack
        if pack.id != pack_id:
            message = f"another pack: '{pack.id}', not '{pack_id}' {where}"
            problems.append(Problem(item.path, message, None, "pack.id"))
        elif pack_hash is not None and pack.hash != pack_hash:
            message = (
                f"another version of pack '{pack.id}': {pack.hash[:12]}, "
                f"not {pack_hash[:12]} {where}"
            )
            problems.append(Problem(item.path, message, None, "pack.hash"))
    return problems


def read_all(paths: list[Path]) -> tuple[list[Submitted], list[ResultError]]:
    """Every file read; the errors of those that could not be."""
    good: list[Submitted] = []
    errors: list[ResultError] = []
    for path in paths:
        try:
            good.append(read_result(path))
        except ResultError as exc:
            errors.append(exc)
    return good, errors
