"""Coding many utterances at once: the same codes, evidence, quality, themes and acts as coding
each on its own, on the training corpus; and in two processes for a long transcript."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from simulator.scoring.coder import code_many, code_utterance, forget_coded
from simulator.scoring.turns import code_turns

ROOT = Path(__file__).resolve().parents[2]


def _lines(step: int) -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = []
    for path in sorted((ROOT / "training" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines()[::step]:
            raw = json.loads(line)
            out.append((raw["text"], raw["lang"], raw.get("prev")))
    # A turn without words, one with only fillers, a long one, one that is all sentences.
    out += [("", "nl", None), ("Oké. Hm.", "nl", "Ja."), ("?", "en", None),
            ("Ja maar. " * 20, "nl", None), (" ".join(["Dat klopt niet."] * 14), "nl", "Nee")]
    return out


def _all_of(coded):
    return (coded.text, coded.lang, coded.codes, coded.evidence, coded.themes,
            coded.reflection, coded.acts)


def _one_by_one(items):
    out = []
    for item in items:
        forget_coded()
        out.append(_all_of(code_utterance(*item)))
    return out


def test_a_batch_codes_every_line_as_coding_it_alone_would():
    items = _lines(step=9)
    forget_coded()
    batch = [_all_of(c) for c in code_many(items)]
    assert batch == _one_by_one(items)
    assert any(c[2] for c in batch) and any(c[5] for c in batch)  # codes and reflections


@pytest.mark.slow
def test_the_whole_corpus_codes_the_same_in_a_batch_and_alone():
    items = _lines(step=1)
    forget_coded()
    assert [_all_of(c) for c in code_many(items)] == _one_by_one(items)


def test_a_coded_turn_is_remembered_and_given_back():
    forget_coded()
    first = code_utterance("Wat geeft je energie in je werk?", "nl", None)
    again = code_many([("Wat geeft je energie in je werk?", "nl", None)])[0]
    assert again is first
    assert code_utterance("Wat geeft je energie in je werk?", "nl", "Ja.") is not first


def test_a_conversation_is_coded_with_the_employees_turn_before_each():
    turns = [("manager", "Hoe gaat het?"), ("employee", "Het rooster vreet me op."),
             ("manager", "Dus het rooster vreet je op."), ("manager", "Wat nog meer?")]
    coded = code_turns(turns, "nl")
    assert coded[1] is None
    assert coded[0] == code_utterance("Hoe gaat het?", "nl", None)
    assert coded[2] == code_utterance("Dus het rooster vreet je op.", "nl",
                                      "Het rooster vreet me op.")
    assert coded[3] == code_utterance("Wat nog meer?", "nl", "Het rooster vreet me op.")
    assert "reflection" in coded[2].codes


@pytest.mark.slow
def test_a_long_batch_on_two_processes_codes_as_one_process_does():
    # A fresh interpreter runs no other threads, so the batch is split over two processes.
    script = textwrap.dedent("""
        import json, sys
        import simulator.scoring.coder as coder
        items = [(f"Wat maakt dat je {i} keer per week overwerkt?", "nl", None)
                 for i in range(120)]
        items += [(f"Je moet gewoon harder werken, {i}.", "nl", "Ik ben moe.") for i in range(120)]
        coder._BOTH_CORES_FROM = 100
        two = coder.code_many(items)
        coder.forget_coded()
        coder._BOTH_CORES_FROM = 10 ** 9
        one = coder.code_many(items)
        print(json.dumps([two == one, len(two), sorted({c for x in two for c in x.codes})]))
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120, cwd=ROOT, check=True)
    same, count, codes = json.loads(out.stdout)
    assert same and count == 240
    assert {"open_question", "advice"} <= set(codes)
