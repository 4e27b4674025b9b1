"""The result file a trainee submits: every attempt at one pack, with hashed transcripts."""

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from simulator import __version__
from simulator.coach.attempts import Attempt, attempts
from simulator.coach.packs import SEPARATOR, PackError, contents, newer_format
from simulator.domain.assignment import (
    RESULT_FORMAT,
    RESULT_KIND,
    AssignmentPack,
    AssignmentResult,
    pack_hash,
    transcript_sha256,
)
from simulator.domain.assignment import Attempt as ResultAttempt
from simulator.domain.scorecard import Scorecard
from simulator.errors import message
from simulator.invalid import field_problem
from simulator.library import Library, Problem
from simulator.store import Store

# A result holds transcripts and scorecards: tens of attempts, well under this.
MAX_RESULT_BYTES = 20_000_000

if TYPE_CHECKING:
    from simulator.domain.session import Session


def _attempt(pack: AssignmentPack, attempt: Attempt) -> dict[str, Any]:
    from simulator.export.rescore import conversation

    session = attempt.session
    transcript = [{"speaker": s, "text": t} for s, t in conversation(session)]
    return {
        "session": session.id,
        "scenario": (session.scenario or "").removeprefix(pack.id + SEPARATOR),
        "language": session.language,
        "backend": session.backend,
        "started": session.started.isoformat(),
        "ended": session.ended.isoformat() if session.ended else None,
        "score": attempt.scorecard.score,
        "passed": attempt.passed,
        "scorecard": attempt.scorecard.model_dump(mode="json"),
        "transcript": transcript,
        "transcript_sha256": transcript_sha256(transcript),
    }


def build_result(
    store: Store | None, library: Library, pack: AssignmentPack, trainee: str
) -> dict[str, Any]:
    """The result file's content, per the contract (DESIGN.md, issue 12)."""
    done = attempts(store, library, pack) if store is not None else []
    result = {
        "kind": RESULT_KIND,
        "format": RESULT_FORMAT,
        "staysim_version": __version__,
        "pack": {
            "id": pack.id,
            "title": pack.title,
            "hash": pack_hash(pack),
            "pass_score": pack.pass_score,
            "attempts": pack.attempts,
        },
        "trainee": trainee,
        "submitted": datetime.now(UTC).isoformat(timespec="seconds"),
        "attempts": [_attempt(pack, a) for a in done],
    }
    AssignmentResult.model_validate(result)  # what we write, we can read back
    return result


def read_result(path: Path) -> AssignmentResult:
    """A result file, checked; PackError with one line naming the file and field otherwise."""
    from simulator.paths import Unreadable, read_regular

    try:
        data = json.loads(read_regular(path, MAX_RESULT_BYTES))
    except Unreadable as exc:
        raise PackError([Problem(path, str(exc))]) from None
    except (ValueError, RecursionError):
        raise PackError([Problem(path, message("errors_coach.not_json"))]) from None
    newer = newer_format(data, path, None, RESULT_FORMAT)
    if newer is not None:
        raise PackError([newer])
    if not isinstance(data, dict) or data.get("kind") != RESULT_KIND:
        said = message("errors_coach.not_result", kind=RESULT_KIND)
        raise PackError([Problem(path, said, None, "kind")])
    try:
        return AssignmentResult.model_validate(data)
    except ValidationError as exc:
        problems = [
            Problem(path, field_problem(dict(e)), None, ".".join(str(p) for p in e["loc"]) or None)
            for e in exc.errors()
        ]
        raise PackError(problems) from None


def attempt_session(attempt: ResultAttempt, scenario: str) -> "Session":
    """A submitted attempt as the session it was, under the library's id of its scenario."""
    from simulator.domain.session import Session, Turn

    turns = [
        Turn(index=i, speaker=line.speaker, text=line.text)
        for i, line in enumerate(attempt.transcript)
    ]
    return Session(
        id=attempt.session,
        scenario=scenario,
        backend=attempt.backend,
        language=attempt.language,
        started=attempt.started,
        turns=turns,
    )


def rescore(pack: AssignmentPack, attempt: ResultAttempt) -> Scorecard:
    """An attempt's transcript scored again with this staysim, as the session scored it."""
    from simulator.export.rescore import scorecard_for

    personas, scenarios = contents(pack)
    library = Library(personas={p.id: p for p in personas}, scenarios={s.id: s for s in scenarios})
    return scorecard_for(attempt_session(attempt, pack.id + SEPARATOR + attempt.scenario), library)
