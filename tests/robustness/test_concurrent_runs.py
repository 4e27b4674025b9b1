"""Two `staysim run`s on one STAYSIM_HOME at once: each saves its own whole session and the
database stays intact."""

import json
import os
import subprocess
import sys
from pathlib import Path

from simulator import paths
from simulator.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_two_instances_on_one_home_do_not_disturb_each_other(tmp_path, capsys):
    lines = (ROOT / "tests" / "scripts" / "stille-senior.good.txt").read_text(encoding="utf-8")
    script = tmp_path / "script.txt"
    script.write_text(lines * 8, encoding="utf-8")
    expected = [line.strip() for line in (lines * 8).splitlines() if line.strip()]
    env = dict(os.environ)
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "simulator", "run", "--scenario", "stille-senior",
             "--script", str(script), "--backend", "offline", "--json"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT,
        )  # fmt: skip
        for _ in range(2)
    ]
    results = [p.communicate(timeout=120) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], [r[1] for r in results]
    cards = [json.loads(out) for out, _ in results]
    assert cards[0]["session"] != cards[1]["session"]
    store = Store.open(paths.database_path())
    try:
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for card in cards:
            saved = store.load_session(card["session"])
            assert saved is not None and saved.ended is not None
            assert [t.text for t in saved.turns if t.speaker == "manager"] == expected
            assert all(t.status == "complete" for t in saved.turns)
    finally:
        store.close()
