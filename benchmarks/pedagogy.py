"""Does listening earn the story? Five manager styles per scenario, played offline.

    python benchmarks/pedagogy.py [--scenario ID] [--show]

For every scenario the five scripts in tests/scripts/ (responsive: ID.good.txt, paraphrase:
ID.paraphrase.txt, the same questions with reflections in the manager's own words, generic:
ID.generic.txt, mediocre: ID.mediocre.txt, bad: ID.poor.txt) are played against the offline
employee; the table gives score, pass, facts shared (and their depth: 1 per first telling, +1
per deeper layer) and the manager's share of the words. Below it, the acceptance criteria per
scenario, and a coherence count of replies that do not fit.
"""

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SCRIPTS = Path(__file__).resolve().parents[1] / "tests" / "scripts"
STYLES = ("responsive", "paraphrase", "generic", "mediocre", "bad")
FILES = {"responsive": "good", "paraphrase": "paraphrase", "generic": "generic",
         "mediocre": "mediocre", "bad": "poor"}


async def play(scenario_id: str, lines: list[str]) -> tuple[object, list[object], object]:
    from simulator.engine import PracticeSession, choose_backend
    from simulator.engine.coherence import Played
    from simulator.library import load_library
    from simulator.paths import database_path
    from simulator.store import Store

    library = load_library(include_user=False)
    scenario = library.scenarios[scenario_id]
    persona = library.persona_for(scenario)
    store = Store.open(database_path())
    session = PracticeSession.start(store, scenario, persona, choose_backend("offline"))
    plays = []
    for line in lines:
        reply = "".join([chunk async for chunk in session.reply(line)])
        decision = session._pending[1] if session._pending else None  # noqa: SLF001
        plays.append(Played(line, tuple(session.last_codes()), decision, reply))  # type: ignore[arg-type]
    card = session.finish()
    store.close()
    return card, plays, persona


def row(card: object) -> dict[str, object]:
    d = card.disclosures  # type: ignore[attr-defined]
    return {
        "score": card.score,  # type: ignore[attr-defined]
        "passed": card.passed,  # type: ignore[attr-defined]
        "facts": len(d.revealed),
        "total": d.total,
        "depth": sum(d.depth.values()),
        "talk": card.metrics.manager_talk_share,  # type: ignore[attr-defined]
    }


def criteria(scenario: str, difficulty: str, rows: dict[str, dict[str, object]]) -> list[str]:
    """The issue's acceptance, per scenario: the ones that fail."""
    r, p, g, m, b = (rows.get(s) for s in STYLES)
    failed = []
    if r and p and r["passed"] and not p["passed"]:
        failed.append("paraphrase fails where responsive passes")
    if p and g and not (int(p["score"]) >= int(g["score"]) + 10):  # type: ignore[call-overload]
        failed.append("paraphrase does not beat generic by 10 points")
    if r and g and not (int(r["score"]) >= int(g["score"]) + 10):  # type: ignore[call-overload]
        failed.append("responsive does not beat generic by 10 points")
    if r and g and not (int(r["depth"]) >= 2 * int(g["depth"])):  # type: ignore[call-overload]
        failed.append("responsive does not uncover twice the depth")
    if g and difficulty == "hard" and g["passed"]:
        failed.append("generic passes a hard scenario")
    if m and b and not (int(m["score"]) > int(b["score"])):  # type: ignore[call-overload]
        failed.append("mediocre does not beat bad")
    for style, data in rows.items():
        if data["passed"] and 3 * int(data["facts"]) < int(data["total"]):  # type: ignore[call-overload]
            failed.append(f"{style} passes with under a third of the facts")
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scenario", help="one scenario only")
    parser.add_argument("--show", action="store_true", help="print every misfit")
    args = parser.parse_args()
    os.environ["STAYSIM_HOME"] = tempfile.mkdtemp(prefix="staysim-pedagogy-")
    from simulator.engine.coherence import check
    from simulator.library import load_library

    library = load_library(include_user=False)
    ids = [args.scenario] if args.scenario else sorted(library.scenarios)
    print(f"{'scenario':28} {'style':10} {'score':>5} {'pass':>4} {'facts':>6} {'depth':>5} "
          f"{'talk':>5} {'misfits':>7}")
    failures, misfit_total = [], 0
    for sid in ids:
        rows: dict[str, dict[str, object]] = {}
        for style in STYLES:
            path = SCRIPTS / f"{sid}.{FILES[style]}.txt"
            if not path.exists():
                continue
            lines = [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
            card, plays, persona = asyncio.run(play(sid, lines))
            misfits = check(persona, plays)  # type: ignore[arg-type]
            misfit_total += len(misfits)
            rows[style] = data = row(card)
            print(f"{sid:28} {style:10} {data['score']:>5} {'yes' if data['passed'] else 'no':>4} "
                  f"{data['facts']:>3}/{data['total']:<2} {data['depth']:>5} "
                  f"{float(data['talk']):>5.0%} {len(misfits):>7}")  # type: ignore[arg-type]
            if args.show:
                for misfit in misfits:
                    print(f"    turn {misfit.turn}: {misfit.kind}: {misfit.detail}")
        difficulty = library.scenarios[sid].difficulty
        failures += [f"{sid}: {f}" for f in criteria(sid, difficulty, rows)]
    print(f"\nreplies that do not fit: {misfit_total}")
    print("criteria: all met" if not failures else "criteria not met:\n  " + "\n  ".join(failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
