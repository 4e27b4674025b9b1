"""The coherence check: replies that do not fit the manager's line are found, fitting ones not."""

import asyncio

import pytest

from simulator.engine.coherence import Played, check
from simulator.engine.decision import Decision
from simulator.library import load_library


def _persona():
    library = load_library(include_user=False)
    return library.persona_for(library.scenarios["stille-senior"])


def _decision(**changes) -> Decision:
    base = dict(reaction=None, reveal=None, theme=None, closed=False, closing=False,
                small_talk=False, trust=0.5)
    return Decision(**(base | changes))


def test_a_yes_no_filler_to_an_open_question_is_found():
    persona = _persona()
    plays = [Played("Wat geeft je energie?", ("open_question",), _decision(), "Zou kunnen."),
             Played("Loopt alles?", ("closed_question",), _decision(), "Ja.")]
    assert [m.kind for m in check(persona, plays)] == ["yes_no_to_open"]


def test_a_sentence_said_twice_and_a_fact_told_early_are_found():
    persona = _persona()
    fact = persona.facts[-1]
    twice = "Ik weet het eigenlijk ook niet zo goed meer."
    plays = [Played("Hoe gaat het?", ("open_question",), _decision(), twice),
             Played("En verder?", ("open_question",), _decision(), f"{twice} {fact.lines[0]}")]
    kinds = {m.kind for m in check(persona, plays)}
    assert kinds == {"repeated_sentence", "fact_before_disclosure"}


def test_a_fact_told_when_disclosed_fits():
    persona = _persona()
    fact = persona.facts[0]
    plays = [Played("Waar kijk je naar uit?", ("open_question",),
                    _decision(reveal=fact, asked=(fact.theme,), theme=fact.theme),
                    fact.lines[0])]
    assert check(persona, plays) == []


@pytest.mark.slow
@pytest.mark.parametrize("scenario", ["stille-senior", "overlooked-lead"])
def test_listening_earns_the_story_and_every_reply_fits(scenario, staysim_home):
    """The responsive script beats the same questions with generic reflections by at least
    ten points and twice the depth, and no reply of either run misfits."""
    import benchmarks.pedagogy as pedagogy

    rows = {}
    for style in ("responsive", "generic"):
        path = pedagogy.SCRIPTS / f"{scenario}.{pedagogy.FILES[style]}.txt"
        lines = [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        card, plays, persona = asyncio.run(pedagogy.play(scenario, lines))
        assert check(persona, plays) == []  # type: ignore[arg-type]
        rows[style] = pedagogy.row(card)
    good, generic = rows["responsive"], rows["generic"]
    assert good["score"] >= generic["score"] + 10  # type: ignore[operator]
    assert good["depth"] >= 2 * generic["depth"]  # type: ignore[operator]
    assert good["passed"] and not generic["passed"]
