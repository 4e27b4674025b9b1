"""Result files as trainees submit them (`staysim assign submit`), read for a report.

The file format and its reader are the assignment's (`simulator.domain.assignment`,
`simulator.coach.results`); here a file is checked against the others: all of one pack, in
one version, and one result per trainee.
"""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from simulator.domain.assignment import AssignmentResult as Result
from simulator.domain.assignment import Attempt, Line, transcript_sha256
from simulator.errors import message as said
from simulator.library import Problem

__all__ = ["Attempt", "Line", "Result", "ResultError", "Submitted", "line_hash"]


@dataclass(frozen=True)
class Submitted:
    """One result file as read: where it came from and what it holds."""

    path: Path
    result: Result


def line_hash(transcript: list[Line]) -> str:
    """The hash `assign submit` writes, taken of the transcript as it is now."""
    return transcript_sha256([line.model_dump() for line in transcript])


class ResultError(Exception):
    """A result file that cannot be used; `unreadable` when it is not even JSON."""

    def __init__(self, problem: Problem, unreadable: bool = False) -> None:
        super().__init__(str(problem))
        self.problem = problem
        self.unreadable = unreadable


def read_result(path: Path) -> Submitted:
    """One result file, checked field by field; ResultError with its first problem."""
    from simulator.coach.packs import PackError
    from simulator.coach.results import read_result as read

    try:
        return Submitted(path, read(path))
    except PackError as exc:
        first = exc.problems[0]
        # Without a field the file could not be read or is no JSON at all.
        raise ResultError(first, unreadable=first.field is None) from None


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
        where = said("errors_cohort.as_in_file", path=reference)
    else:
        where = said("errors_cohort.as_in_pack")
    problems = []
    for item in submitted:
        pack = item.result.pack
        if pack.id != pack_id:
            message = said("errors_cohort.other_pack", pack=pack.id, expected=pack_id,
                           where=where)
            problems.append(Problem(item.path, message, None, "pack.id"))
        elif pack_hash is not None and pack.hash != pack_hash:
            message = said("errors_cohort.other_version", pack=pack.id, hash=pack.hash[:12],
                           expected=pack_hash[:12], where=where)
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
