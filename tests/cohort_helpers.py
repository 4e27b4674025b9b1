"""Result files as `staysim assign submit` writes them (the shared contract), built from
real sessions played with `staysim run --script` in the test's STAYSIM_HOME."""

import contextlib
import io
import json
from pathlib import Path
from typing import Any

from simulator import __version__, paths
from simulator.cli import main
from simulator.domain.assignment import transcript_sha256
from simulator.export.rescore import conversation
from simulator.store import Store

SCRIPTS = Path(__file__).parent / "scripts"
PACK = {"id": "q1-blijfgesprek", "title": "Blijfgesprek Q1", "hash": "a" * 64,
        "pass_score": 60, "attempts": 3}


def play(scenario: str, script: str) -> dict[str, Any]:
    """One attempt: a real offline session, with its scorecard as the JSON export writes it."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(["run", "--scenario", scenario, "--script",
                     str(SCRIPTS / f"{scenario}.{script}.txt")])
    assert code == 0
    store = Store.open(paths.database_path())
    try:
        session = store.load_session(store.history(limit=1)[0].session.id)
    finally:
        store.close()
    assert session is not None and session.scorecard is not None
    card = session.scorecard.model_dump(mode="json")
    transcript = [{"speaker": s, "text": t} for s, t in conversation(session)]
    return {
        "session": session.id, "scenario": scenario, "language": session.language,
        "backend": session.backend, "started": session.started.isoformat(),
        "ended": session.ended.isoformat() if session.ended else None,
        "score": card["score"], "passed": card["passed"], "scorecard": card,
        "transcript": transcript,
        "transcript_sha256": transcript_sha256(transcript),
    }


def result(trainee: str, attempts: list[dict[str, Any]], **pack: Any) -> dict[str, Any]:
    return {
        "kind": "staysim.result", "format": 1, "staysim_version": __version__,
        "pack": {**PACK, **pack}, "trainee": trainee,
        "submitted": "2026-11-30T12:00:00+00:00", "attempts": attempts,
    }


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
