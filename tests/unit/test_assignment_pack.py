"""The pack model and its hashes: a pack's version and a transcript's content hash."""

import hashlib
from pathlib import Path

import yaml

from simulator.coach.packs import build, contents, pack_scenario, read_pack, to_yaml
from simulator.domain.assignment import AssignmentPack, canonical_json, pack_hash, transcript_sha256
from simulator.library import load_library
from simulator.store import Store


def _pack(pass_score: int = 60) -> AssignmentPack:
    library = load_library(include_user=False)
    return build(library, ["stille-senior"], pack_id="p", title="P", pass_score=pass_score)


def test_the_hash_is_of_the_content_not_the_layout(tmp_path: Path) -> None:
    pack = _pack(pass_score=70)
    data = yaml.safe_load(to_yaml(pack))
    reordered = dict(reversed(list(data.items())))
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(reordered, sort_keys=True, width=60), encoding="utf-8")
    again, problems = read_pack(path)
    assert problems == [] and again is not None
    assert pack_hash(again) == pack_hash(pack)
    assert pack_hash(_pack(pass_score=71)) != pack_hash(pack)
    assert len(pack_hash(pack)) == 64


def test_canonical_json_and_the_transcript_hash() -> None:
    lines = [{"text": "Hoi é", "speaker": "employee"}]
    assert canonical_json(lines) == '[{"speaker":"employee","text":"Hoi é"}]'.encode()
    assert transcript_sha256(lines) == hashlib.sha256(canonical_json(lines)).hexdigest()


def test_installed_ids_are_namespaced_and_carry_the_pass_score() -> None:
    pack = _pack(pass_score=75)
    personas, scenarios = contents(pack)
    assert [s.id for s in scenarios] == ["p--stille-senior"]
    assert scenarios[0].persona == personas[0].id == "p--sanne-de-vries"
    assert scenarios[0].rubric.pass_score == 75
    assert pack.scenarios[0].rubric.pass_score == 60  # the pack itself is left as written
    found = pack_scenario(pack, "stille-senior")
    assert found is not None and found[0].id == "p--stille-senior"
    assert pack_scenario(pack, "p--stille-senior") == found
    assert pack_scenario(pack, "nope") is None


def test_sessions_are_tagged_with_their_assignment(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    first = store.create_session("p--stille-senior", "offline", assignment="p")
    store.create_session("stille-senior", "offline")
    third = store.create_session("p--stille-senior", "offline", assignment="p")
    assert store.assignment_sessions("p") == [first, third]
    assert store.assignment_sessions("other") == []
    store.close()
