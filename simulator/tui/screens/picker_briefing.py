"""The picker's side panel: a scenario's briefing, persona and objectives."""

from __future__ import annotations

from textual.content import Content

from simulator.domain.scenario import Scenario
from simulator.library import Library
from simulator.tui.i18n import t
from simulator.tui.literal import literal
from simulator.tui.widgets import assignment as assigned


def briefing(scenario: Scenario, library: Library, left: dict[str, int], lang: str) -> Content:
    """An assignment's part first (if any), then the title, who you talk with, the briefing
    and the objectives; everything from the scenario is shown as text, never as markup."""
    persona = library.personas.get(scenario.persona)
    title = literal(scenario.title, "bold $text-accent")
    parts = assigned.briefing_of(library, scenario.id, left, lang)
    parts.append(title)
    if persona is not None:
        parts += ["\n", literal(persona.name, "bold"), literal(f" · {persona.role}")]
        parts += [literal(f" · {persona.profile.tenure}")]
    parts += ["\n\n", literal(scenario.briefing), "\n\n"]
    parts += [(t("picker.objectives", lang), "bold")]
    for objective in scenario.objectives:
        parts += ["\n• ", literal(objective)]
    parts += ["\n\n", (t("picker.keys_hint", lang), "dim")]
    return Content.assemble(*parts)
