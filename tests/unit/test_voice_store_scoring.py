"""Voice turns in the store and the scorecard: seconds per turn, talk share by seconds or
words (and saying which), and the findings of interrupting or letting no silence fall."""

import sqlite3

from simulator.domain.session import Turn
from simulator.scoring import build_scorecard
from simulator.store import MIGRATIONS, Store

TALK = [
    ("employee", "Hoi. Moet ik me zorgen maken?"),
    ("manager", "Nee. Wat geeft je energie in je werk?"),
    ("employee", "Bouwen. Vorige maand kreeg ik de klantlaad van vier uur naar twintig minuten."),
    ("manager", "Je wordt blij van bouwen. Wat zou je willen veranderen?"),
    ("employee", "Minder vergaderen, meer bouwen."),
]


def _turns(timings: list[tuple[object, object]]) -> list[dict]:
    return [
        {"speaker": s, "text": t, "seconds": sec, "pause": pause}
        for (s, t), (sec, pause) in zip(TALK, timings, strict=True)
    ]


def test_a_store_of_the_previous_schema_gains_the_timing_columns(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as raw:
        for script in MIGRATIONS[:2]:
            raw.executescript(script)
        raw.execute("PRAGMA user_version = 2")
        raw.execute("INSERT INTO sessions (scenario, backend, started) "
                    "VALUES ('s', 'offline', '2026-01-01T10:00:00')")
        raw.execute("INSERT INTO turns (session_id, idx, speaker, text, created) "
                    "VALUES (1, 0, 'employee', 'Hoi.', '2026-01-01T10:00:00')")
    store = Store.open(path)
    assert store.version == len(MIGRATIONS)
    session = store.load_session(1)
    assert session is not None and session.turns[0].seconds is None
    index = store.append_turn(1, "manager", "Wat geeft je energie?")
    store.time_turn(1, index, 2.4, -0.3)
    turn = store.load_session(1).turns[1]  # type: ignore[union-attr]
    assert (turn.seconds, turn.pause) == (2.4, -0.3)
    assert store.history(with_turns=True)[0].session.turns[1].seconds == 2.4
    store.close()


def test_seconds_on_every_turn_make_the_talk_share_count_seconds():
    card = build_scorecard(_turns([(2.0, None), (3.0, 1.5), (9.0, None), (4.0, 2.0),
                                   (2.0, None)]), language="nl")
    metrics = card.metrics
    assert metrics.talk_share_basis == "seconds"
    assert (metrics.manager_speaking_seconds, metrics.employee_speaking_seconds) == (7.0, 13.0)
    assert metrics.manager_talk_share == 0.35
    listening = next(d for d in card.model_dump()["dimensions"] if d["name"] == "listening")
    assert listening["shown"].startswith("35% van de spreektijd van jou (7 van 20 s)")
    data = card.model_dump(mode="json")
    assert data["transcript"][1] == {"speaker": "manager", "text": TALK[1][1],
                                     "codes": data["transcript"][1]["codes"],
                                     "seconds": 3.0, "pause": 1.5}
    assert card.findings == [] or all(
        f.code not in ("interruption", "no_pause") for f in card.findings)


def test_typed_replies_leave_the_talk_share_on_words_and_say_so():
    card = build_scorecard(_turns([(None, None), (3.0, 1.0), (None, None), (4.0, 1.0),
                                   (None, None)]), language="en")
    metrics = card.metrics
    assert metrics.talk_share_basis == "words"
    assert metrics.manager_speaking_seconds == 7.0 and metrics.employee_speaking_seconds is None
    listening = next(d for d in card.model_dump()["dimensions"] if d["name"] == "listening")
    assert listening["shown"].startswith("44% of the words yours")
    assert "talk_share_basis" in card.model_dump(mode="json")["metrics"]


def test_a_typed_conversation_keeps_its_json_shape():
    data = build_scorecard(TALK, language="nl").model_dump(mode="json")
    assert "talk_share_basis" not in data["metrics"]
    assert all(set(line) == {"speaker", "text", "codes"} for line in data["transcript"])


def test_an_interruption_and_no_silence_after_most_answers_are_findings():
    card = build_scorecard(_turns([(2.0, None), (3.0, -0.8), (9.0, None), (4.0, 0.2),
                                   (2.0, None)]), language="nl")
    codes = [(f.turn, f.code) for f in card.findings if f.code in ("interruption", "no_pause")]
    assert codes == [(1, "interruption"), (3, "no_pause")]
    no_pause = next(f for f in card.findings if f.code == "no_pause")
    assert "(2 van 2 beurten binnen een halve seconde)" in no_pause.tip
    assert no_pause.quote == TALK[3][1]


def test_one_quick_answer_among_patient_ones_is_no_finding():
    card = build_scorecard(_turns([(2.0, None), (3.0, 0.2), (9.0, None), (4.0, 2.5),
                                   (2.0, None)]), language="nl")
    assert not [f for f in card.findings if f.code in ("interruption", "no_pause")]


def test_hostile_timing_values_are_ignored():
    turns = _turns([(None, None), (float("nan"), float("inf")), (None, None), (True, "x"),
                    (None, None)])
    card = build_scorecard(turns, language="nl")
    assert card.metrics.talk_share_basis == "words"
    assert "manager_speaking_seconds" not in card.model_dump()["metrics"]


def test_a_session_turn_carries_its_timing_into_the_scorecard():
    turns = [Turn(index=i, speaker=s, text=t, seconds=2.0, pause=1.0 if s == "manager" else None)
             for i, (s, t) in enumerate(TALK)]
    card = build_scorecard(turns, language="nl")
    assert card.metrics.talk_share_basis == "seconds" and card.metrics.manager_talk_share == 0.4
