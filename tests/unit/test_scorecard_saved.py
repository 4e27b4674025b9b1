"""A saved scorecard keeps codes and values; its sentences are written out when it is read."""

import json

from simulator.domain.scorecard import Scorecard
from simulator.domain.session import Speaker
from simulator.export.rescore import scorecard_for
from simulator.locale.scorecard import stored_json, worded
from simulator.scoring import build_scorecard
from simulator.store import Store

POOR_EN: list[tuple[Speaker, str]] = [
    ("manager", "Is everything still going fine?"),
    ("employee", "Mostly. I don't feel my work is seen."),
    ("manager", "Yes, but everyone is busy. It's not that bad, we all have a lot on our plate "
                "and you just have to accept that this is how things work here for now."),
    ("employee", "Okay."),
    ("manager", "Your performance this quarter was below expectations. You should work "
                "harder. I'll make sure you get the promotion next year."),
    ("employee", "Right."),
]


def _saved(tmp_path, card: Scorecard) -> tuple[Store, int]:
    store = Store.open(tmp_path / "s.db")
    sid = store.create_session(None, "offline", language=card.language)
    for speaker, text in POOR_EN:
        store.append_turn(sid, speaker, text)
    store.finish_session(sid, card)
    return store, sid


def _raw(store: Store, sid: int) -> dict:
    row = store._db.execute("SELECT scorecard FROM sessions WHERE id = ?", (sid,)).fetchone()
    return json.loads(row[0])


def test_the_saved_scorecard_holds_ids_and_values_and_reads_back_with_its_sentences(tmp_path):
    card = build_scorecard(POOR_EN)
    assert card.findings and all(f.tip_id and f.tip for f in card.findings)
    store, sid = _saved(tmp_path, card)
    raw = _raw(store, sid)
    assert all(f["tip"] == "" and f["tip_id"] for f in raw["findings"])
    defence = next(f for f in raw["findings"] if f["code"] == "defensive")
    assert defence["values"]["quote"].startswith("Yes, but everyone is busy")
    assert not {"label", "goal", "shown", "focus"} & set(raw["dimensions"][0])
    assert raw["dimensions"][0]["values"] == {"goal": 0.3, "turns": 3, "full": 6}
    assert "pass_blockers" not in raw and "actions_help" not in raw
    assert raw["pass_blocker_codes"] and len(raw["pass_blocker_values"]) == len(
        raw["pass_blocker_codes"])
    assert "give back what you hear" not in json.dumps(raw)
    assert "promise you cannot" not in json.dumps(raw)

    loaded = store.load_session(sid)
    assert loaded is not None and loaded.scorecard is not None
    assert loaded.scorecard.model_dump() == card.model_dump()
    store.close()


def test_a_saved_scorecard_reads_in_another_language(tmp_path):
    card = build_scorecard(POOR_EN)
    dutch = worded(Scorecard.model_validate_json(stored_json(card)), "nl")
    promise = next(f for f in dutch.findings if f.code == "promise")
    assert promise.quote.startswith("I'll make sure") and "Beloof" in promise.tip
    assert dutch.dimensions is not None and dutch.dimensions[0].label == "Luisteren"
    assert "een belofte die je niet zelf kunt waarmaken" in (dutch.pass_blockers or [])
    assert dutch.actions_help is not None
    assert dutch.actions_help["manager"].startswith("Een actie voor jou")


def test_a_scorecard_saved_with_sentences_still_loads_with_them(tmp_path):
    card = build_scorecard(POOR_EN)
    old = card.model_dump(mode="json")
    for finding in old["findings"]:
        finding.pop("tip_id"), finding.pop("values")
        finding["tip"] = "An older tip, kept as it was saved."
    for dim in old["dimensions"]:
        dim.pop("values")
        dim["label"] = "Older label"
    old.pop("pass_blocker_values")
    old["pass_blockers"] = ["an older reason"]
    store, sid = _saved(tmp_path, card)
    store._db.execute("UPDATE sessions SET scorecard = ? WHERE id = ?", (json.dumps(old), sid))
    loaded = store.load_session(sid)
    assert loaded is not None and loaded.scorecard is not None
    assert {f.tip for f in loaded.scorecard.findings} == {"An older tip, kept as it was saved."}
    dims = loaded.scorecard.dimensions
    assert dims is not None and dims[0].label == "Older label"
    assert loaded.scorecard.pass_blockers == ["an older reason"]
    store.close()


def test_a_saved_scorecard_that_no_longer_validates_is_scored_again_from_the_turns(tmp_path):
    card = build_scorecard(POOR_EN)
    store, sid = _saved(tmp_path, card)
    old = card.model_dump(mode="json")
    old["findings"][0]["tip"] = None  # a shape this version does not read
    store._db.execute("UPDATE sessions SET scorecard = ? WHERE id = ?", (json.dumps(old), sid))
    session = store.load_session(sid)
    assert session is not None and session.scorecard is None
    again = scorecard_for(session)
    assert [f.tip for f in again.findings] == [f.tip for f in card.findings]
    store.close()
