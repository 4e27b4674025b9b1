"""A corpus part's second, blind annotation: a code the two annotators disagree on is left out
of that line's training, neither given nor denied."""

import json

from simulator.scoring.codes import CODES
from training import data


def test_agreed_codes_keep_what_both_give_and_leave_out_what_one_gives():
    assert data.agreed(frozenset({"reflection"}), frozenset({"reflection"})) == (
        frozenset({"reflection"}), None)
    codes, known = data.agreed(frozenset({"defensive", "appraisal"}), frozenset({"defensive"}))
    assert codes == frozenset({"defensive"})
    assert known == frozenset(CODES) - {"appraisal"}
    # Only the second annotator gives it: not given, and not denied either.
    codes, known = data.agreed(frozenset(), frozenset({"advice"}))
    assert codes == frozenset() and known is not None and "advice" not in known
    assert data.agreed(frozenset({"promise"}), None) == (frozenset({"promise"}), None)


def _line(id_: str, codes: list[str]) -> str:
    return json.dumps({"id": id_, "family": id_, "lang": "nl", "sector": "zorg", "prev": None,
                       "text": "Jij hebt de deadline gemist.", "codes": codes, "complex": None,
                       "generic": None, "hard_negative": False})


def test_a_part_is_read_against_its_second_annotation(tmp_path, monkeypatch):
    corpus, second = tmp_path / "corpus", tmp_path / "second"
    corpus.mkdir()
    second.mkdir()
    (corpus / "nl-x.jsonl").write_text(
        _line("a", ["appraisal"]) + "\n" + _line("b", ["appraisal", "defensive"]) + "\n")
    (second / "nl-x.jsonl").write_text(
        json.dumps({"id": "a", "codes": ["appraisal"]}) + "\n"
        + json.dumps({"id": "b", "codes": ["appraisal"]}) + "\n")
    monkeypatch.setattr(data, "SECOND", second)
    first, disputed = data.read_jsonl([corpus / "nl-x.jsonl"], second=True)
    assert first.codes == {"appraisal"} and first.known is None and first.source == "nl-x"
    assert disputed.codes == {"appraisal"} and "defensive" not in (disputed.known or ())
    # Without the second annotation (the dev-test set), a file's labels are read as written.
    plain = data.read_jsonl([corpus / "nl-x.jsonl"])[1]
    assert plain.codes == {"appraisal", "defensive"} and plain.known is None


def test_every_later_part_has_a_second_annotation_covering_it_line_for_line():
    later = [p.name for p in data.CORPUS.glob("*.jsonl")
             if p.stem.partition("-")[2] not in ("a", "b", "c", "d", "e")]
    assert later and sorted(later) == sorted(p.name for p in data.SECOND.glob("*.jsonl"))
    for path in sorted(data.SECOND.glob("*.jsonl")):
        part = data.CORPUS / path.name
        ids = [json.loads(line)["id"] for line in part.read_text(encoding="utf-8").splitlines()
               if line.strip()]
        assert list(data.read_second(part)) == ids, path.name


def test_simple_or_complex_is_trained_only_where_both_annotators_agree(tmp_path, monkeypatch):
    corpus, second = tmp_path / "corpus", tmp_path / "second"
    corpus.mkdir()
    second.mkdir()
    rows = [("a", True, True), ("b", True, False), ("c", False, None)]
    (corpus / "en-x.jsonl").write_text("".join(
        json.dumps({"id": i, "family": i, "lang": "en", "sector": "it", "prev": "It's a lot.",
                    "text": "It's been a lot.", "codes": ["reflection"], "complex": mine,
                    "generic": False, "hard_negative": False}) + "\n" for i, mine, _ in rows))
    (second / "en-x.jsonl").write_text("".join(
        json.dumps({"id": i, "codes": ["reflection"] if theirs is not None else [],
                    "complex": theirs, "generic": False if theirs is not None else None}) + "\n"
        for i, _, theirs in rows))
    monkeypatch.setattr(data, "SECOND", second)
    same, differ, unheard = data.read_jsonl([corpus / "en-x.jsonl"], second=True)
    assert same.complex is True and same.generic is False
    # They both hear a reflection but not the same kind: left out of the complex head.
    assert differ.complex is None and differ.generic is False
    # The second annotator hears no reflection: the code is disputed, the kind stays the writer's.
    assert unheard.complex is False and "reflection" not in (unheard.known or ())


def test_a_kind_the_writer_did_not_give_stays_unknown_whatever_the_second_says():
    heard = data.Second(frozenset({"reflection"}), complex=True, generic=False)
    assert data.agreed_kind(None, heard, "complex") is None
    assert data.agreed_kind(True, None, "complex") is True


def test_the_check_set_is_read_against_its_own_second_annotation_line_for_line():
    parts = sorted(data.CHECKSET.glob("*.jsonl"))
    assert [p.name for p in parts] == sorted(p.name for p in data.CHECKSET_SECOND.glob("*.jsonl"))
    for part in parts:
        ids = [json.loads(line)["id"] for line in part.read_text(encoding="utf-8").splitlines()
               if line.strip()]
        assert list(data.read_second(part)) == ids, part.name
    # Never part of the corpus the learned layer is trained on.
    assert not {p.name for p in parts} & {p.name for p in data.CORPUS.glob("*.jsonl")}
    records = data.checkset()
    assert len(records) == sum(len(data.read_second(p)) for p in parts)
    assert any(r.known is not None for r in records)  # some codes the two part on, left out
