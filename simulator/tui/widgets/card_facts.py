"""The scorecard's facts (what was uncovered, what was missed) and agreed actions."""

from textual.content import Content
from textual.widgets import Static

from simulator.domain.persona import Persona
from simulator.domain.scorecard import Scorecard
from simulator.tui.i18n import t
from simulator.tui.labels import literal, theme_label

ACTIONS = ("employee", "manager", "together", "follow_up")


def _facts(card: Scorecard, persona: Persona | None) -> list[tuple[str, str, bool]]:
    """(label, theme, revealed) per hidden fact: from the card, else from the persona."""
    if card.facts:
        return [(f.label, f.theme, f.revealed) for f in card.facts]
    if persona is None or card.disclosures is None:
        return []
    revealed = set(card.disclosures.revealed)
    return [(f.label, f.theme, f.id in revealed) for f in persona.facts]


def facts_view(card: Scorecard, persona: Persona | None, lang: str) -> Content:
    """Each hidden fact, uncovered or missed; a missed one says what would have unlocked it."""
    parts: list[Content | str | tuple[str, str]] = [(t("card.facts", lang), "bold $text-accent")]
    facts = _facts(card, persona)
    if not facts:
        parts.append("\n" + t("card.no_facts", lang))
        return Content.assemble(*parts)
    explored = set(card.coverage.explored)
    uncovered = sum(1 for _, _, revealed in facts if revealed)
    name = persona.name.split()[0] if persona is not None else "?"
    parts += ["\n", (t("card.facts_intro", lang, name=name), "dim")]
    parts += ["\n", (t("card.facts_count", lang, found=uncovered, total=len(facts)), "bold")]
    for label, theme_id, revealed in facts:
        theme = theme_label(theme_id, lang)
        if revealed:
            parts += ["\n", ("✓ ", "$text-success"), literal(label)]
            parts += ["\n  ", (t("card.theme", lang, theme=theme), "dim")]
        else:
            why = "card.asked_low_trust" if theme_id in explored else "card.ask_about"
            parts += ["\n", ("✗ ", "$text-error"), literal(label)]
            parts += ["\n  ", (t(why, lang, theme=theme), "$text-warning")]
    return Content.assemble(*parts)


def actions_help(card: Scorecard) -> dict[str, str]:
    """What counts as each agreement, in the session's language; a card saved before it
    carried its own gets the scorer's."""
    helps = card.actions_help
    if not helps:
        from simulator.scoring.scorecard import ACTIONS_HELP

        helps = ACTIONS_HELP.get(card.language, ACTIONS_HELP["nl"])
    return {k: v for k, v in helps.items() if v}


def actions_view(card: Scorecard, lang: str) -> list[Static]:
    """The four agreements ticked or not; under each missing one, as the CLI report says,
    how it is recognised (the scorecard's own words, in the session's language)."""
    widgets = [Static(Content.styled(t("card.actions", lang), "bold $text-accent"))]
    helps = actions_help(card)
    for key in ACTIONS:
        done = bool(getattr(card.actions, key, False))
        box = ("[x] ", "$text-success") if done else ("[ ] ", "$text-warning")
        widgets.append(Static(Content.assemble(box, t(f"action.{key}", lang)), classes="action"))
        if not done and helps.get(key):
            widgets.append(Static(Content.styled(helps[key], "$text-muted"), classes="action-help"))
    return widgets
