"""A rule's hit decides alone where training found it right more often than the model, judged
apart for short sentences and longer ones (simulator/scoring/model.py)."""

from simulator.scoring import code_utterance
from simulator.scoring.model import SHORT_SENTENCE, Head, Model, short_at


def test_short_at_measures_the_sentence_holding_the_hit():
    text = ("Ja maar dat klopt niet. Wat geeft je op dit moment eigenlijk de meeste energie "
            "in je werk hier?")
    assert short_at(text, 0) and short_at(text, text.index("klopt"))
    assert not short_at(text, text.index("energie"))
    words = ["woord"] * SHORT_SENTENCE
    assert short_at(" ".join(words) + ".", 0)
    assert not short_at(" ".join([*words, "meer"]) + ".", 0)


def test_trust_is_read_for_the_kind_of_sentence_the_hit_is_in():
    head = Head(0.0, 0.0, {"w:x": 1.0})
    model = Model("t", {"defensive": head}, {}, {}, frozenset({"defensive", "appraisal"}),
                  untrusted_rules=frozenset({"nl.defensive.defence"}),
                  untrusted_short=frozenset({"nl.appraisal.reproach"}))
    assert model.trusts("nl.defensive.defence", "defensive", short=True)
    assert not model.trusts("nl.defensive.defence", "defensive", short=False)
    assert not model.trusts("nl.appraisal.reproach", "appraisal", short=True)
    assert model.trusts("nl.appraisal.reproach", "appraisal", short=False)


def test_a_weights_file_without_short_sentence_trust_trusts_alike_in_both(tmp_path):
    import gzip
    import json

    from simulator.scoring.model import read_model

    head = {"bias": 0.0, "threshold": 0.0, "weights": {"w:x": 1.0}}
    path = tmp_path / "old.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump({"version": "4", "heads": {"defensive": head}, "rules_decide": ["defensive"],
                   "untrusted_rules": ["nl.defensive.defence"]}, handle)
    old = read_model(path)
    assert not old.trusts("nl.defensive.defence", "defensive", short=True)
    assert not old.trusts("nl.defensive.defence", "defensive", short=False)


def test_a_bare_contradiction_of_a_complaint_is_a_defence():
    for prev in ("Het rooster is gewoon oneerlijk.", "Ik krijg altijd de rotdiensten."):
        assert "defensive" in code_utterance("Dat klopt niet.", "nl", prev).codes
    coded = code_utterance("Ja maar dat klopt niet. Wat geeft je energie?", "nl", None)
    assert {"defensive", "open_question"} <= set(coded.codes)
