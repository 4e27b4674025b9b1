"""Round trips through the real engine (offline) and `staysim score`: an export scores as
the live session did, finished or not."""

import json
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.domain.scorecard import Scorecard
from simulator.export import export_session
from simulator.store import Store

SCRIPTS = sorted((Path(__file__).parents[1] / "scripts").glob("*.txt"))


async def _practise(script: Path, finish: bool) -> tuple[int, Scorecard | None]:
    from simulator.engine import PracticeSession, choose_backend
    from simulator.library import load_library

    library = load_library(include_user=False)
    scenario = library.scenarios[script.name.split(".")[0]]
    store = Store.open(paths.database_path())
    session = PracticeSession.start(
        store, scenario, library.persona_for(scenario), choose_backend("offline")
    )
    for line in script.read_text(encoding="utf-8").splitlines():
        if line.strip():
            async for _ in session.reply(line):
                pass
    card = session.finish() if finish else None
    store.close()
    return session.session_id, card


def _score_file(path: Path, capsys) -> dict:
    capsys.readouterr()
    assert main(["score", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
async def test_score_of_the_json_export_gives_the_same_metrics(tmp_path, capsys, script):
    sid, card = await _practise(script, finish=True)
    assert card is not None
    target = tmp_path / "export.json"
    assert main(["export", str(sid), "--format", "json", "-o", str(target)]) == 0
    rescored = _score_file(target, capsys)
    assert rescored["metrics"] == card.model_dump(mode="json")["metrics"]
    assert rescored["score"] == card.score
    assert rescored["language"] == card.language


async def test_an_unfinished_session_is_scored_on_export_like_the_live_session(tmp_path, capsys):
    script = SCRIPTS[0]
    sid, _ = await _practise(script, finish=False)
    store = Store.open(paths.database_path())
    saved = store.load_session(sid)
    store.close()
    assert saved is not None and saved.ended is None
    on_export = json.loads(export_session(saved, "json"))
    # What the live session would have scored had it been finished.
    from simulator.engine import PracticeSession, choose_backend
    from simulator.library import load_library

    store = Store.open(paths.database_path())
    live = PracticeSession.resume(
        store, sid, load_library(include_user=False), choose_backend("offline")
    ).finish()
    store.close()
    expected = live.model_dump(mode="json")
    for key in ("score", "metrics", "actions", "findings", "disclosures", "transcript", "facts"):
        assert on_export[key] == expected[key], key
    target = tmp_path / "unfinished.json"
    target.write_text(json.dumps(on_export), encoding="utf-8")
    assert _score_file(target, capsys)["metrics"] == expected["metrics"]
    page = export_session(saved, "html")
    assert "niet afgerond" in page or "unfinished" in page

