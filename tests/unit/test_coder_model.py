"""The learned layer: the issue's lines coded right, evidence, determinism, no scikit-learn."""

import gzip
import json
import subprocess
import sys

import pytest

from simulator.scoring import code_utterance
from simulator.scoring.codes import CODES, NEGATIVE, Code
from simulator.scoring.model import WEIGHTS, load_model
from simulator.vocabulary import THEMES

PREV_SUMMARY = ("Ik krijg echt energie van het casuïstiekoverleg, maar de planning vreet me op "
                "en ik wil weten waar ik sta.")
SUMMARY = ("Als ik het samenvat: je krijgt energie van het casuïstiekoverleg, maar de planning "
           "vreet je op en je wilt over twee weken weten waar je staat.")


@pytest.mark.parametrize(("lang", "text", "prev", "want", "never"), [
    ("nl", "Dat is niet eerlijk, ik doe echt mijn best voor dit team.", None,
     {"defensive"}, set()),
    ("nl", "Maak je geen zorgen, je bonus is gegarandeerd.", None, {"promise"}, set()),
    ("en", "You weren't productive enough this quarter.", None, {"appraisal"}, {"reflection"}),
    ("nl", SUMMARY, PREV_SUMMARY, {"reflection"}, {"promise", "commitment"}),
    ("nl", "Ik zorg dat onze één-op-één elke twee weken vaststaat en ik verschuif hem niet meer",
     None, {"commitment"}, {"promise"}),
    ("nl", "Wanneer heb je het gevoel dat je werk hier echt gezien wordt?", None,
     {"open_question"}, {"closed_question"}),
])
def test_the_lines_that_went_wrong_are_coded_right(lang, text, prev, want, never):
    coded = code_utterance(text, lang, prev)
    assert want <= set(coded.codes), coded
    assert not never & set(coded.codes), coded
    for code in want:
        assert any(e.code == code and e.span and e.rule for e in coded.evidence)


def test_a_generic_reflection_is_marked_generic_and_not_accurate():
    prev = "Ik heb vorige week elf berichtjes over het rooster gekregen, op mijn vrije dag."
    coded = code_utterance("Dat klinkt alsof dat belangrijk voor je is.", "nl", prev)
    assert "reflection" in coded.codes
    assert coded.reflection is not None
    assert coded.reflection.generic and not coded.reflection.accurate


def test_a_reflection_of_their_words_is_accurate_and_names_them():
    prev = "Ik heb vorige week elf berichtjes over het rooster gekregen, op mijn vrije dag."
    coded = code_utterance("Dus zelfs op je vrije dag krijg je berichtjes over het rooster.",
                           "nl", prev)
    assert "reflection" in coded.codes
    assert coded.reflection is not None and coded.reflection.accurate
    assert {"rooster", "berichtjes"} <= set(coded.reflection.echoed)


def test_evidence_names_a_rule_id_or_the_models_features():
    for text in ("Wat geeft je energie?", "Je bonus is gegarandeerd, echt.",
                 "Dat heb je knap opgelost met die planning."):
        for item in code_utterance(text, "nl").evidence:
            assert item.rule.startswith(("nl.", "model: ")), item
            assert item.code in CODES


def test_the_model_is_versioned_small_and_covers_every_code():
    with gzip.open(WEIGHTS, "rt", encoding="utf-8") as handle:
        raw = json.load(handle)
    assert raw["version"] and set(raw["heads"]) == set(CODES)
    assert WEIGHTS.stat().st_size < 2_000_000
    assert raw["complex"]["weights"] and raw["generic"]["weights"] and set(raw["themes"]) == set(
        THEMES)
    model = load_model()
    assert model is not None
    judged = model.judge({"w:wat", "f:wat", "q:end"})
    assert set(judged.margins) == set(CODES)


def test_codes_and_categories_are_defined_once():
    assert CODES == tuple(c.value for c in Code)
    assert NEGATIVE == {"defensive", "promise", "advice", "appraisal"}


def test_inference_needs_no_scikit_learn_and_is_deterministic():
    # numpy scores the heads; scikit-learn and scipy are for training only.
    script = (
        "import sys\n"
        "sys.modules['sklearn'] = None; sys.modules['scipy'] = None\n"
        "from simulator.scoring import code_utterance\n"
        "lines = ['Je bonus is gegarandeerd.', 'Hoe gaat het echt met je?',"
        " 'You should talk to HR about that.']\n"
        "print([code_utterance(t).codes for t in lines])\n"
    )
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True).stdout for _ in range(2)}
    assert len(runs) == 1
    assert "promise" in runs.pop()
