"""Scorecards already in a user's store load as they were saved, and read in any language.

tests/data/saved/sessions.json holds two sessions exactly as the store saved them before
every scorecard field had a type (the scorecard column byte for byte): a simulated Dutch
practice run that did not pass (facts, disclosures, five pass blockers) and an English
voice session (seconds per turn, talk share in seconds).
"""

import json
from pathlib import Path
from typing import Any

import pytest

from simulator import paths
from simulator.cli import main
from simulator.domain.scorecard import Scorecard
from simulator.locale.scorecard import stored_json, worded
from simulator.store import Store
from simulator.tui.screens.scorecard import blockers_view, dimensions_view, score_line
from simulator.tui.widgets.card_facts import facts_view

SAVED: list[dict[str, Any]] = json.loads(
    (Path(__file__).parents[1] / "data" / "saved" / "sessions.json").read_text(encoding="utf-8")
)
SIMULATED, VOICE = SAVED


def _restore(entry: dict[str, Any], scorecard: str | None = None) -> int:
    """The session in the store under STAYSIM_HOME, its scorecard column as given."""
    store = Store.open(paths.database_path())
    sid = store.create_session(entry["scenario"], entry["backend"], language=entry["language"])
    for turn in entry["turns"]:
        index = store.append_turn(sid, turn["speaker"], turn["text"])
        if turn["seconds"] is not None:
            store.time_turn(sid, index, turn["seconds"], turn["pause"])
    raw = entry["scorecard"] if scorecard is None else scorecard
    store._db.execute(
        "UPDATE sessions SET ended = started, score = ?, scorecard = ? WHERE id = ?",
        (json.loads(raw)["score"], raw, sid),
    )
    store.close()
    return sid


def _loaded(sid: int) -> Scorecard | None:
    store = Store.open(paths.database_path())
    session = store.load_session(sid)
    store.close()
    assert session is not None
    return session.scorecard


@pytest.mark.parametrize("entry", SAVED, ids=["simulated", "voice"])
def test_a_saved_scorecard_loads_unchanged(entry):
    card = _loaded(_restore(entry))
    assert card is not None  # read as saved, not scored again from the turns
    assert not card.model_extra  # every field has its type
    assert stored_json(card) == entry["scorecard"]  # saved again, byte for byte


@pytest.mark.parametrize("entry", SAVED, ids=["simulated", "voice"])
def test_the_json_export_of_a_saved_scorecard_is_the_saved_card_with_its_sentences(
    entry, capsys
):
    sid = _restore(entry)
    assert main(["export", str(sid), "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["passed"] is False and len(exported["pass_blockers"]) == len(
        exported["pass_blocker_codes"])
    assert all(d["label"] and d["goal"] and d["shown"] for d in exported["dimensions"])
    assert set(exported["actions_help"]) == {"employee", "manager", "together", "follow_up"}
    # Without the sentences it is what the store holds.
    assert stored_json(Scorecard.model_validate(exported)) == entry["scorecard"]


def test_a_saved_simulated_session_renders_in_the_export_and_on_the_scorecard_screen(capsys):
    sid = _restore(SIMULATED)
    assert main(["export", str(sid), "--format", "md"]) == 0
    text = capsys.readouterr().out
    assert "**Score: 14/100 · nog niet gehaald (grens 60)" in text
    assert "score 14 ligt onder de grens van 60" in text
    assert "een belofte die je niet zelf kunt waarmaken" in text
    assert "- [ ] Energie van de lastige storing" in text
    card = _loaded(sid)
    assert card is not None
    assert "nog niet gehaald  (voldoende vanaf 60)" in score_line(card).plain
    blockers = blockers_view(card)
    assert blockers is not None and "je sprak 64% van de woorden" in blockers.plain
    assert "Luisteren" in dimensions_view(card).plain
    assert "Energie van de lastige storing" in facts_view(card, None, "nl").plain


def test_a_saved_voice_session_reads_in_another_language():
    card = _loaded(_restore(VOICE))
    assert card is not None and card.metrics.talk_share_basis == "seconds"
    assert [line.seconds for line in card.transcript][:2] == [2.4, 5.1]
    dutch = worded(card, "nl")
    assert dutch.dimensions is not None and dutch.dimensions[0].label == "Luisteren"
    assert "spreektijd van jou (8 van 22 s)" in (dutch.dimensions[0].shown or "")
    assert "te kort gesprek: 3 beurten van jou, minstens 6" in (dutch.pass_blockers or [])
    assert card.pass_blockers is not None and "too short" in card.pass_blockers[1]


def test_a_saved_scorecard_with_a_field_this_version_does_not_know_is_scored_again(capsys):
    unknown = json.loads(SIMULATED["scorecard"]) | {"mood": "sunny"}
    sid = _restore(SIMULATED, json.dumps(unknown, ensure_ascii=False))
    assert _loaded(sid) is None
    assert main(["export", str(sid), "--format", "json"]) == 0
    rescored = json.loads(capsys.readouterr().out)
    assert "mood" not in rescored and rescored["score"] == 16
    assert rescored["facts"] == json.loads(SIMULATED["scorecard"])["facts"]
