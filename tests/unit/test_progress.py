"""Progress per scenario: grouping, the dimension series and what changed since last time."""

from datetime import UTC, datetime

from simulator.domain.scorecard import Actions, Finding, Metrics, Scorecard
from simulator.domain.session import Session
from simulator.progress import text
from simulator.progress.spark import strip
from simulator.progress.trend import trends


def _session(number: int, scenario: str | None, score: int, dims: dict[str, int],
             codes: tuple[str, ...] = ()) -> Session:
    card = Scorecard.model_validate({
        **Scorecard(scenario=scenario, language="nl", score=score,
                    metrics=Metrics(manager_talk_share=0.4), actions=Actions(),
                    findings=[Finding(turn=1, code=c, quote="q", tip="t") for c in codes],
                    ).model_dump(),
        "dimensions": [{"name": k, "score": v, "weight": 1} for k, v in dims.items()],
    })
    return Session(id=number, scenario=scenario, backend="offline", language="nl",
                   started=datetime(2026, 11, number, tzinfo=UTC), scorecard=card, score=score)


def test_sessions_group_per_scenario_oldest_first_latest_scenario_first():
    sessions = [
        _session(3, "a", 70, {"listening": 80, "actions": 50}, ("advice",)),
        _session(1, "a", 40, {"listening": 30, "actions": 75}, ("appraisal", "advice")),
        _session(2, "b", 55, {"listening": 60}),
        _session(4, None, 10, {}),  # an imported conversation has no scenario to follow
    ]
    found = trends(sessions)
    assert [t.scenario for t in found] == ["a", "b"]
    a = found[0]
    assert a.scores == [40, 70] and a.series("listening") == [30, 80]
    change = a.change()
    assert change is not None
    assert change.score == 30 and change.dimensions == {"listening": 50, "actions": -25}
    assert change.better() == [("listening", 50)] and change.worse() == [("actions", -25)]
    assert change.new_findings == [] and change.gone_findings == ["appraisal"]
    assert found[1].change() is None


def test_text_shows_a_strip_per_dimension_and_the_change_in_words():
    found = trends([
        _session(1, "a", 40, {"listening": 0, "actions": 75}, ("appraisal",)),
        _session(2, "a", 70, {"listening": 80, "actions": 50}, ("advice",)),
    ])
    out = text.render(found, {"a": "Scenario A"}, "nl")
    lines = out.splitlines()
    assert lines[0] == "Scenario A · 2 gesprekken"
    assert lines[1].split() == ["Score", strip([40.0, 70.0]), "70", "+30"]
    assert lines[2].split() == ["Luisteren", "·" + strip([80.0]), "80", "+80"]
    assert "Beter dan vorige keer: Luisteren +80." in out
    assert "Minder dan vorige keer: Concrete afspraken -25." in out
    assert "Nieuw in de feedback: ongevraagd advies." in out
    assert "Niet meer in de feedback: beoordelend." in out
    one = text.render(trends([_session(1, "a", 40, {"listening": 30})]), {}, "en")
    assert one.startswith("a · 1 session") and "after the next one" in one
    assert "No finished sessions yet" in text.render([], {}, "en")


def test_json_holds_codes_and_values():
    found = trends([_session(1, "a", 40, {"listening": 30}, ("advice",)),
                    _session(2, "a", 50, {"listening": 35})])
    data = text.as_json(found)
    assert data[0]["scenario"] == "a"
    assert [s["score"] for s in data[0]["sessions"]] == [40, 50]
    assert data[0]["change"] == {"score": 10, "dimensions": {"listening": 5},
                                 "new_findings": [], "gone_findings": ["advice"]}


def test_strip_is_on_an_absolute_scale():
    assert strip([0.0, 50.0, 100.0]) == " ▄█"
    assert strip([0.0, 100.0], zero="·") == "·█"
