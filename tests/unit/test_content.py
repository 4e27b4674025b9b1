"""The bundled scenarios and personas: valid, complete, varied and with practice scripts."""

import re
from collections import Counter
from pathlib import Path

import pytest

from simulator import paths
from simulator.domain.persona import THEMES, Persona
from simulator.library import load_library, validate_paths, yaml_files

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = Path(__file__).parents[1] / "scripts"
REACTIONS = (
    "defensive",
    "appraisal",
    "promise",
    "advice",
    "reflection",
    "affirmation",
    "commitment",
    "closed_question",
)
RICH_MARKUP = re.compile(r"\[/?[a-z#@][^\]]*\]")

LIBRARY = load_library(include_user=False)
PERSONAS = sorted(LIBRARY.personas.values(), key=lambda p: p.id)
SCENARIOS = sorted(LIBRARY.scenarios.values(), key=lambda s: s.id)


def _all_lines(persona: Persona) -> list[str]:
    lines = persona.lines
    out = [line for fact in persona.facts for line in fact.lines]
    out += lines.opening + lines.short_yes + lines.small_talk + lines.filler + lines.closing
    for table in (lines.guarded, lines.open, lines.reactions):
        for group in table.values():
            out += group
    return out


def _script(scenario_id: str, kind: str) -> list[str]:
    path = SCRIPTS / f"{scenario_id}.{kind}.txt"
    assert path.is_file(), f"missing practice script {path.name}"
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_bundled_folders_are_the_repository_folders():
    personas, scenarios = paths.bundled_dirs()
    assert Path(personas).resolve() == ROOT / "personas"
    assert Path(scenarios).resolve() == ROOT / "scenarios"


def test_every_bundled_file_loads_without_problems():
    assert [str(p) for p in LIBRARY.problems] == []
    files = yaml_files(ROOT / "personas") + yaml_files(ROOT / "scenarios")
    assert len(files) == len(PERSONAS) + len(SCENARIOS)
    assert [str(p) for p in validate_paths([ROOT / "personas", ROOT / "scenarios"])] == []


def test_file_names_match_ids():
    for persona in PERSONAS:
        assert LIBRARY.sources[f"persona:{persona.id}"].stem == persona.id
    for scenario in SCENARIOS:
        assert LIBRARY.sources[f"scenario:{scenario.id}"].stem == scenario.id


def test_languages_and_difficulties_are_covered():
    languages = Counter(s.language for s in SCENARIOS)
    assert len(SCENARIOS) >= 6
    assert languages["nl"] >= 4
    assert languages["en"] >= 2
    assert {s.difficulty for s in SCENARIOS} == {"easy", "medium", "hard"}


def test_each_scenario_has_its_own_persona():
    used = Counter(s.persona for s in SCENARIOS)
    assert [p for p, n in used.items() if n > 1] == []
    assert set(used) == {p.id for p in PERSONAS}


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_scenario_is_complete(scenario):
    assert 3 <= len(scenario.objectives) <= 5
    assert scenario.opening, "the employee says something first"
    assert len(scenario.briefing) > 200, "the briefing tells the manager enough to start"
    persona = LIBRARY.persona_for(scenario)
    # The briefing is what the manager may know: never the hidden leave facts.
    for fact in persona.facts:
        if fact.theme == "leave":
            assert fact.text not in scenario.briefing


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_traits_fit_the_difficulty(scenario):
    traits = LIBRARY.persona_for(scenario).traits
    if scenario.difficulty == "hard":
        assert traits.openness <= 0.35 and traits.sensitivity >= 0.7
    elif scenario.difficulty == "easy":
        assert traits.openness >= 0.6 and traits.sensitivity <= 0.45
    else:
        assert 0.35 < traits.openness < 0.6


@pytest.mark.parametrize("persona", PERSONAS, ids=lambda p: p.id)
def test_facts_cover_every_theme_with_spread_trust(persona):
    assert len(persona.facts) >= 8
    assert {f.theme for f in persona.facts} == set(THEMES)
    for fact in persona.facts:
        assert 2 <= len(fact.lines) <= 3, fact.id
    leave = [f.trust for f in persona.facts if f.theme == "leave"]
    assert min(leave) >= 0.6, "leaving is the deepest thing to share"
    for theme in ("energy", "meaning"):
        easiest = min(f.trust for f in persona.facts if f.theme == theme)
        assert 0.1 <= easiest <= 0.35, theme
    # Enough facts sit within reach that good practice can uncover 40% of them.
    reachable = [f for f in persona.facts if f.trust <= 0.5]
    assert len(reachable) >= 0.4 * len(persona.facts)


@pytest.mark.parametrize("persona", PERSONAS, ids=lambda p: p.id)
def test_lines_are_enough_for_a_long_conversation(persona):
    lines = persona.lines
    assert len(lines.opening) >= 3
    for theme in THEMES:
        assert len(lines.guarded.get(theme, [])) >= 3, f"guarded.{theme}"
        assert 2 <= len(lines.open.get(theme, [])) <= 3, f"open.{theme}"
    for reaction in REACTIONS:
        assert 3 <= len(lines.reactions.get(reaction, [])) <= 4, f"reactions.{reaction}"
    assert len(lines.short_yes) >= 4
    assert len(lines.small_talk) >= 3
    assert len(lines.filler) >= 5
    assert len(lines.closing) >= 3


@pytest.mark.parametrize("persona", PERSONAS, ids=lambda p: p.id)
def test_no_line_is_repeated_or_marked_up(persona):
    lines = _all_lines(persona)
    counts = Counter(line.casefold() for line in lines)
    assert [line for line, n in counts.items() if n > 1] == []
    assert [line for line in lines if RICH_MARKUP.search(line)] == []
    assert all(line.strip() for line in lines)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_each_scenario_has_a_good_and_a_poor_script(scenario):
    good = _script(scenario.id, "good")
    poor = _script(scenario.id, "poor")
    assert 10 <= len(good) <= 16
    assert 8 <= len(poor) <= 14
    assert not set(good) & set(poor)
    assert sum(line.endswith("?") for line in good) >= 6, "good practice asks, and reflects"


def test_no_stray_scripts():
    ids = {s.id for s in SCENARIOS}
    stray = [p.name for p in SCRIPTS.glob("*.txt") if p.name.split(".")[0] not in ids]
    assert stray == []


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_scripts_practise_what_the_source_describes(scenario):
    """The good script explores the source's themes in its own words (no question stems
    required: listening is not a formula) and ends concretely; the poor one does what the
    source warns against: appraising, defending, promising."""
    from simulator.scoring import build_scorecard

    lang = scenario.language
    for style, want in (("good", True), ("poor", False)):
        turns: list[tuple[str, str]] = []
        for line in _script(scenario.id, style):
            turns += [("manager", line), ("employee", "Ja.")]
        card = build_scorecard(turns, language=lang)
        explored = card.coverage.explored
        assert isinstance(explored, list)
        flagged = card.metrics.defensive + card.metrics.appraisal + card.metrics.promises
        if want:
            assert len(explored) >= 6, (style, explored)
            assert flagged == 0 and card.metrics.open_questions >= 5
        else:
            assert flagged >= 2 and card.metrics.open_questions < card.metrics.closed_questions

