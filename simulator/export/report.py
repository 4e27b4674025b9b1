"""What the Markdown and HTML exports both show, worked out once."""

from simulator.domain.scorecard import Scorecard, TranscriptLine
from simulator.domain.session import Session
from simulator.export.labels import LABELS, METRIC_LABELS, theme_label
from simulator.export.rescore import kept_turns
from simulator.locale import number as locale_number
from simulator.locale import t


def labels_for(card: Scorecard) -> dict[str, str]:
    return LABELS.get(card.language, LABELS["nl"])


def number(value: float, lang: str, places: int = 2) -> str:
    """A decimal the way the language writes it, two places unless told otherwise."""
    return locale_number(value, lang, places)


def scenario_names(session: Session, card: Scorecard) -> tuple[str | None, str | None]:
    """(scenario title, persona name) from the library; (None, None) when it is gone."""
    scenario_id = card.scenario or session.scenario
    if not scenario_id:
        return None, None
    try:
        from simulator.library import load_library

        library = load_library()
        scenario = library.scenarios.get(scenario_id)
        persona = library.personas.get(scenario.persona) if scenario is not None else None
    except Exception:  # an export never fails over the library; the id still names it
        return None, None
    return (
        scenario.title if scenario is not None else None,
        persona.name if persona is not None else None,
    )


def partner(session: Session, card: Scorecard, persona: str | None) -> str:
    """Who played the employee and how: "Sanne de Vries (offline oefenmodus)"."""
    lab = labels_for(card)
    if session.backend == "offline":
        how = lab["offline"]
    else:
        how = f"{lab['llm']} {session.model}" if session.model else session.backend
    return f"{persona} ({how})" if persona else how


def session_status(session: Session) -> str:
    return "finished" if session.ended is not None else "unfinished"


def transcript_lines(session: Session, card: Scorecard) -> list[tuple[TranscriptLine, str]]:
    """Each transcript line with its saved turn status; interrupted replies stay visible."""
    kept = kept_turns(session)
    lines = card.transcript or [
        TranscriptLine(speaker=speaker, text=text, codes=[])
        for speaker, text, _ in kept
    ]
    aligned = len(kept) == len(lines)
    return [(line, kept[i][2] if aligned else "complete") for i, line in enumerate(lines)]


def bars(card: Scorecard) -> list[tuple[str, float, str | None]]:
    """(label, 0..1, goal) per dimension: the scorecard's own, else plain shares."""
    result: list[tuple[str, float, str | None]] = [
        (dim.label or dim.name, min(max(dim.score / 100, 0.0), 1.0), dim.goal or None)
        for dim in card.dimensions or []
    ]
    if result:
        return result
    m = card.metrics
    labels = METRIC_LABELS[card.language]
    result.append((labels["manager_talk_share"], m.manager_talk_share, None))
    if m.open_question_share is not None:
        result.append((labels["open_question_share"], m.open_question_share, None))
    if m.reflection_to_question is not None:
        result.append((labels["reflection_to_question"], min(m.reflection_to_question, 1), None))
    actions = card.actions.model_dump()
    label = LABELS[card.language]["actions"]
    result.append((label, sum(bool(v) for v in actions.values()) / len(actions), None))
    return result


def bar_value(card: Scorecard, share: float) -> str:
    """A dimension is a score out of 100, not a share of talk: "40/100"."""
    if card.dimensions:
        return f"{round(share * 100)}/100"
    return f"{round(share * 100)}%"


def verdict(card: Scorecard, with_score: bool = True) -> str:
    lab = labels_for(card)
    parts = [f"{card.score}/100"] if with_score else []
    if card.passed is not None and card.pass_score is not None:
        word = lab["passed"] if card.passed else lab["not_passed"]
        parts.append(f"{word} ({lab['pass_mark']} {card.pass_score})")
        if not card.passed and card.pass_blockers:
            parts[-1] += ": " + "; ".join(card.pass_blockers)
    return " · ".join(parts)


def metric_rows(card: Scorecard) -> list[tuple[str, str]]:
    labels = METRIC_LABELS[card.language]
    rows = []
    for name, value in card.metrics.model_dump().items():
        if value is None:
            shown = "–"
        elif name.endswith("_share"):
            shown = f"{value:.0%}"
        elif name == "talk_share_basis":  # a voice session: seconds of speech, or words
            shown = t(f"talk.basis.{value}", card.language)
        elif isinstance(value, float):
            shown = number(value, card.language)
        else:
            shown = str(value)
        rows.append((labels.get(name, name), shown))
    return rows


def theme_lists(card: Scorecard) -> tuple[list[str], list[str]]:
    def words(themes: list[str]) -> list[str]:
        return [theme_label(theme, card.language) for theme in themes]

    return words(card.coverage.explored), words(card.coverage.missed)


def fact_rows(card: Scorecard) -> list[tuple[str, bool]]:
    """(label, revealed) per hidden fact; from the fact list when the scorecard has one."""
    if card.facts:
        return [(f.label or f.id, f.revealed) for f in card.facts]
    if card.disclosures is None:
        return []
    return [(item, True) for item in card.disclosures.revealed]


def started_at(session: Session) -> str:
    return session.started.astimezone().strftime("%Y-%m-%d %H:%M")
