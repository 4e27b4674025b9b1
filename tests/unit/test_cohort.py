"""The cohort core: reading result files, one pack, names kept out of quotes, the figures."""

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from simulator.cohort import svg
from simulator.cohort.rescoring import Scored, newest_per_trainee
from simulator.cohort.results import (
    Attempt,
    Line,
    ResultError,
    line_hash,
    one_pack,
    read_result,
)
from simulator.cohort.summary import build, decimal, median, name_scrubber, progress, scrub
from simulator.domain.assignment import transcript_sha256
from simulator.domain.scorecard import Actions, Metrics, Scorecard

LINES = [{"speaker": "employee", "text": "Hoi."}, {"speaker": "manager", "text": "Hoe gaat het?"}]


def _data(**changes: object) -> dict:
    lines = [Line.model_validate(x) for x in LINES]
    attempt = {
        "session": 1, "scenario": "stille-senior", "language": "nl", "backend": "offline",
        "started": "2026-11-30T10:00:00+00:00", "ended": None, "score": 10, "passed": False,
        "scorecard": {"score": 10}, "transcript": LINES,
        "transcript_sha256": line_hash(lines),
    }
    data = {
        "kind": "staysim.result", "format": 1, "staysim_version": "0.1.0",
        "pack": {"id": "p", "title": "P", "hash": "h1", "pass_score": 60, "attempts": 2},
        "trainee": "Anna", "submitted": "2026-11-30T12:00:00+00:00", "attempts": [attempt],
    }
    data.update(changes)
    return data


def _file(tmp_path: Path, data: object, name: str = "r.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_read_result_checks_kind_format_and_fields(tmp_path, english):
    assert read_result(_file(tmp_path, _data())).result.trainee == "Anna"
    cases = [
        (_data(kind="other"), "kind"),
        (_data(format=7), "format"),
        (_data(trainee=3), "trainee"),
        ([1, 2], "kind"),
    ]
    for data, field in cases:
        with pytest.raises(ResultError) as caught:
            read_result(_file(tmp_path, data))
        assert caught.value.problem.field == field and not caught.value.unreadable
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe{")
    with pytest.raises(ResultError) as caught:
        read_result(bad)
    assert caught.value.unreadable and "not a valid JSON file" in str(caught.value)


def test_the_hash_is_the_one_submit_writes_of_the_transcript_as_it_is():
    lines = [Line.model_validate(x) for x in LINES]
    assert line_hash(lines) == transcript_sha256(LINES)
    changed = [lines[0], Line(speaker="manager", text="Hoe gaat het? ")]
    assert line_hash(changed) != line_hash(lines)
    assert re.fullmatch(r"[0-9a-f]{64}", line_hash(lines))


def test_one_pack_follows_the_majority_or_the_pack_given(tmp_path):
    read = [
        read_result(_file(tmp_path, _data(trainee=n), f"{n}.json")) for n in ("a", "b")
    ] + [read_result(_file(tmp_path, _data(trainee="c", pack={
        "id": "p", "title": "P", "hash": "h2", "pass_score": 60, "attempts": 2}), "c.json"))]
    problems = one_pack(read)
    assert [(p.path.name, p.field) for p in problems] == [("c.json", "pack.hash")]
    problems = one_pack(read, "q", None)
    assert {p.field for p in problems} == {"pack.id"} and len(problems) == 3


def test_the_newest_result_of_a_trainee_counts(tmp_path):
    old = read_result(_file(tmp_path, _data(), "old.json"))
    new = read_result(_file(tmp_path, _data(submitted="2026-12-01T08:00:00+00:00"), "new.json"))
    kept, problems = newest_per_trainee([old, new])
    assert kept == [new] and problems[0].path.name == "old.json"


def test_names_leave_quotes_whole_and_parts():
    pattern = name_scrubber(["Anna de Boer", "Sanne de Vries"])
    assert scrub("Anna, ik hoor Sanne en de Boer-groep", pattern, "[naam]") == (
        "[naam], ik hoor [naam] en de [naam]-groep"
    )
    assert scrub("Annabel en boer", pattern, "[naam]") == "Annabel en boer"
    assert len(scrub("woord " * 100, None, "x")) <= 140


def _card(score: int, dims: dict[str, int], passed: bool) -> Scorecard:
    return Scorecard.model_validate({
        **Scorecard(scenario="s", language="nl", score=score,
                    metrics=Metrics(manager_talk_share=0.4), actions=Actions()).model_dump(),
        "passed": passed,
        "dimensions": [{"name": k, "score": v, "weight": 1} for k, v in dims.items()],
    })


def _scored(trainee: str, day: int, score: int, passed: bool = False) -> Scored:
    attempt = Attempt.model_validate({
        **_data()["attempts"][0], "started": datetime(2026, 11, day, tzinfo=UTC).isoformat()})
    card = _card(score, {"listening": score, "actions": 100 - score}, passed)
    return Scored(trainee, Path("r.json"), 0, attempt, card)


def test_cohort_figures_first_best_latest_progress_and_distribution():
    scored = [_scored("Bram", 3, 50), _scored("Bram", 1, 20), _scored("Bram", 2, 70, True),
              _scored("Anna", 5, 40)]
    cohort = build(scored, pack_id="p", title="P", pass_score=60, lang="nl")
    anna, bram = cohort.rows
    assert (bram.first, bram.best, bram.latest, bram.passed, bram.gain) == (20, 70, 50, True, 50)
    assert bram.profile == {"listening": 70, "actions": 30}
    assert (anna.first, anna.best, anna.passed) == (40, 40, False)
    assert cohort.dimensions == ["listening", "actions"]
    assert sorted(cohort.distribution["listening"]) == [40, 70]
    assert progress(cohort) == {"first": 30, "best": 55, "gain": 25, "improved": 1, "total": 2}
    numbered = build(scored, pack_id="p", title="P", pass_score=60, lang="en", anonymise=True)
    assert sorted(r.name for r in numbered.rows) == ["Trainee 1", "Trainee 2"]


def test_median_and_decimals():
    assert median([3, 1, 2]) == 2 and median([1, 2, 3, 4]) == 2.5
    assert decimal(60.5, "nl") == "60,5" and decimal(60.5, "en") == "60.5"


def test_histogram_counts_each_tenth_and_escapes_its_label():
    chart = svg.histogram([0, 5, 95, 100, 100], '<b>"x"</b>')
    assert "<title>0-9: 2</title>" in chart and "<title>90-100: 3</title>" in chart
    assert "<b>" not in chart and "&lt;b&gt;" in chart



def test_a_kept_rescore_is_keyed_by_transcript_scenario_and_persona():
    from simulator.cohort.cache import RescoreCache, scorer_digest
    from simulator.library import load_library

    library = load_library(include_user=False)
    lines = [{"speaker": "manager", "text": "Wat geeft je energie?"}]
    name = RescoreCache(None).name("stille-senior", "nl", lines, library)
    assert name == RescoreCache(None).name("stille-senior", "nl", lines, library)
    assert name != RescoreCache(None).name("stille-senior", "nl", lines + lines, library)
    scenario = library.scenarios["stille-senior"]
    persona = library.personas[scenario.persona]
    library.personas[scenario.persona] = persona.model_copy(update={"name": "Iemand Anders"})
    assert name != RescoreCache(None).name("stille-senior", "nl", lines, library)
    assert len(scorer_digest()) == 64
