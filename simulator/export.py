"""Session exports: Markdown to paste, self-contained HTML for a coach, scorecard JSON."""

import html
import json
import re
from typing import TYPE_CHECKING, Literal

from simulator.domain.scorecard import Scorecard, TranscriptLine
from simulator.domain.session import Session

if TYPE_CHECKING:
    from simulator.domain.persona import Persona
    from simulator.domain.scenario import Scenario
    from simulator.library import Library

Format = Literal["md", "html", "json"]
FORMATS: tuple[str, ...] = ("md", "html", "json")

# CSI/OSC/other escape sequences first, then any remaining C0/C1 control character, and the
# bidi overrides that can make text read differently from what it is ("Trojan Source").
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def inert(text: str) -> str:
    """Text safe to print to a terminal or page: escape sequences and control characters gone."""
    text = text.replace("\r\n", "\n")
    return _CONTROL.sub("", _ANSI.sub("", text))


LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Blijfgesprek: scorecard",
        "scenario": "Scenario",
        "date": "Datum",
        "backend": "Gesprekspartner",
        "status": "Status",
        "finished": "afgerond",
        "unfinished": "niet afgerond (gescoord bij export)",
        "score": "Score",
        "dimensions": "Onderdelen",
        "metrics": "Cijfers",
        "actions": "Afspraken",
        "findings": "Bevindingen en tips",
        "disclosures": "Wat de medewerker vertelde",
        "transcript": "Gesprek",
        "turn": "beurt",
        "manager": "Leidinggevende",
        "employee": "Medewerker",
        "interrupted": "onderbroken",
        "yes": "ja",
        "no": "nee",
        "none": "Geen bevindingen.",
        "revealed": "{n} van {total} verborgen onderwerpen kwamen op tafel",
        "imported": "(ingelezen gesprek)",
        "passed": "gehaald",
        "not_passed": "nog niet gehaald",
        "pass_mark": "grens",
        "goal": "doel",
        "themes": "Thema's",
        "explored": "Verkend",
        "missed": "Niet aan bod",
        "hidden": "nog verborgen",
    },
    "en": {
        "title": "Stay interview: scorecard",
        "scenario": "Scenario",
        "date": "Date",
        "backend": "Conversation partner",
        "status": "Status",
        "finished": "finished",
        "unfinished": "unfinished (scored on export)",
        "score": "Score",
        "dimensions": "Dimensions",
        "metrics": "Figures",
        "actions": "Agreements",
        "findings": "Findings and tips",
        "disclosures": "What the employee shared",
        "transcript": "Conversation",
        "turn": "turn",
        "manager": "Manager",
        "employee": "Employee",
        "interrupted": "interrupted",
        "yes": "yes",
        "no": "no",
        "none": "No findings.",
        "revealed": "{n} of {total} hidden topics came up",
        "imported": "(imported conversation)",
        "passed": "passed",
        "not_passed": "not passed yet",
        "pass_mark": "pass mark",
        "goal": "goal",
        "themes": "Themes",
        "explored": "Explored",
        "missed": "Not touched",
        "hidden": "still hidden",
    },
}

ACTION_LABELS = {
    "nl": {
        "employee": "Actie voor de medewerker",
        "manager": "Actie voor de leidinggevende",
        "together": "Samen",
        "follow_up": "Moment om erop terug te komen",
    },
    "en": {
        "employee": "Action for the employee",
        "manager": "Action for the manager",
        "together": "Together",
        "follow_up": "Date to come back to it",
    },
}


METRIC_LABELS = {
    "nl": {
        "manager_talk_share": "Spreektijd leidinggevende",
        "open_questions": "Open vragen",
        "closed_questions": "Gesloten vragen",
        "open_question_share": "Aandeel open vragen",
        "reflections": "Reflecties",
        "reflection_to_question": "Reflecties per vraag",
        "affirmations": "Erkenning",
        "defensive": "Verdedigend",
        "promises": "Loze beloften",
        "commitments": "Eigen toezeggingen",
        "advice": "Ongevraagd advies",
        "appraisal": "Beoordelend",
    },
    "en": {
        "manager_talk_share": "Manager talk share",
        "open_questions": "Open questions",
        "closed_questions": "Closed questions",
        "open_question_share": "Share of open questions",
        "reflections": "Reflections",
        "reflection_to_question": "Reflections per question",
        "affirmations": "Affirmations",
        "defensive": "Defensive",
        "promises": "Hollow promises",
        "commitments": "Own commitments",
        "advice": "Unasked-for advice",
        "appraisal": "Appraisal",
    },
}

THEME_LABELS = {
    "nl": {
        "energy": "energie", "meaning": "betekenis", "change": "wat anders kan",
        "leave": "waarom vertrekken", "obstacles": "obstakels", "growth": "groei",
        "recognition": "erkenning", "manager": "de leidinggevende",
    },
    "en": {
        "energy": "energy", "meaning": "meaning", "change": "what to change",
        "leave": "reasons to leave", "obstacles": "obstacles", "growth": "growth",
        "recognition": "recognition", "manager": "the manager",
    },
}  # fmt: skip


def _kept(session: Session) -> list[tuple[str, str, str]]:
    kept: list[tuple[str, str, str]] = []
    for turn in session.turns:
        if kept and turn.speaker == "employee" and kept[-1][0] == "employee":
            if kept[-1][2] == "interrupted":
                kept[-1] = (turn.speaker, turn.text, turn.status)
                continue
        kept.append((turn.speaker, turn.text, turn.status))
    return [item for item in kept if item[1]]


def conversation(session: Session) -> list[tuple[str, str]]:
    """The turns that count, as the engine scores them: a broken-off reply that was followed
    by a retry is left out; a last reply cut off by a crash is kept."""
    return [(speaker, text) for speaker, text, _ in _kept(session)]


def scorecard_for(session: Session, library: "Library | None" = None) -> Scorecard:
    """The saved scorecard, else one scored now from the turns (an unfinished session).

    When the scenario is still in the library, its rubric applies and the director replays
    the manager turns, so the disclosures match what the live session would have shown.
    """
    if session.scorecard is not None:
        return session.scorecard
    from simulator.scoring import build_scorecard

    pairs = conversation(session)
    scenario, persona = _scenario_of(session, library)
    if scenario is None or persona is None:
        card: Scorecard = build_scorecard(
            pairs, language=session.language, scenario=session.scenario
        )
        return card
    from simulator.domain.scorecard import Disclosures
    from simulator.engine.director import Director
    from simulator.scoring import code_utterance

    director = Director(persona, scenario)
    prev: str | None = None
    for speaker, text in pairs:
        if speaker == "manager":
            director.step(code_utterance(text, scenario.language, prev))
        else:
            prev = text
    revealed = director.revealed
    card = build_scorecard(
        pairs,
        language=session.language,
        scenario=scenario.id,
        rubric=scenario.rubric,
        disclosures=Disclosures(revealed=revealed, total=len(persona.facts)),
        coverage_extra={"themes_with_facts": sorted({f.theme for f in persona.facts})},
    )
    facts = [
        {"id": f.id, "label": f.label, "theme": f.theme, "revealed": f.id in revealed}
        for f in persona.facts
    ]
    return Scorecard.model_validate({**card.model_dump(), "facts": facts})


def _scenario_of(
    session: Session, library: "Library | None"
) -> "tuple[Scenario | None, Persona | None]":
    if not session.scenario:
        return None, None
    if library is None:
        from simulator.library import load_library

        library = load_library()
    scenario = library.scenarios.get(session.scenario)
    if scenario is None or scenario.language != session.language:
        return None, None
    return scenario, library.personas.get(scenario.persona)


def export_session(session: Session, fmt: Format, scorecard: Scorecard | None = None) -> str:
    """The session as `fmt`; a session without a scorecard is scored from its turns."""
    card = scorecard if scorecard is not None else scorecard_for(session)
    if fmt == "json":
        return _json(card)
    if fmt == "md":
        return _markdown(session, card)
    if fmt == "html":
        return _html(session, card)
    raise ValueError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")


def _json(card: Scorecard) -> str:
    # The DESIGN.md scorecard shape, nothing else: `staysim score` reads it back as is.
    return json.dumps(card.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


# Shared pieces


def _labels(card: Scorecard) -> dict[str, str]:
    return LABELS.get(card.language, LABELS["nl"])


def _status(session: Session) -> str:
    return "finished" if session.ended is not None else "unfinished"


def _transcript(session: Session, card: Scorecard) -> list[tuple[TranscriptLine, str]]:
    """Each transcript line with its saved turn status; interrupted replies stay visible."""
    kept = _kept(session)
    lines = card.transcript or [
        TranscriptLine(speaker=speaker, text=text, codes=[])
        for speaker, text, _ in kept
    ]
    aligned = len(kept) == len(lines)
    return [(line, kept[i][2] if aligned else "complete") for i, line in enumerate(lines)]


def bars(card: Scorecard) -> list[tuple[str, float, str | None]]:
    """(label, 0..1, goal) per dimension: the scorecard's own, else plain shares."""
    raw = (card.model_extra or {}).get("dimensions")
    # Either {"name": score} or [{"name": ..., "label": ..., "score": ..., "goal": ...}].
    if isinstance(raw, dict):
        raw = [{"name": k, "score": v} for k, v in raw.items()]
    result: list[tuple[str, float, str | None]] = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        value = item.get("score", item.get("value"))
        if isinstance(value, dict):
            value = value.get("score", value.get("value"))
        if isinstance(value, int | float) and not isinstance(value, bool):
            share = value if isinstance(value, float) and value <= 1 else value / 100
            name = item.get("label") or item.get("name") or "?"
            goal = item.get("goal")
            result.append(
                (str(name), min(max(float(share), 0.0), 1.0), str(goal) if goal else None)
            )
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


def _verdict(card: Scorecard, with_score: bool = True) -> str:
    lab = _labels(card)
    extra = card.model_extra or {}
    parts = [f"{card.score}/100"] if with_score else []
    if isinstance(extra.get("passed"), bool) and isinstance(extra.get("pass_score"), int):
        word = lab["passed"] if extra["passed"] else lab["not_passed"]
        parts.append(f"{word} ({lab['pass_mark']} {extra['pass_score']})")
    return " · ".join(parts)


def _metric_rows(card: Scorecard) -> list[tuple[str, str]]:
    labels = METRIC_LABELS[card.language]
    rows = []
    for name, value in card.metrics.model_dump().items():
        if value is None:
            shown = "–"
        elif name in ("manager_talk_share", "open_question_share"):
            shown = f"{value:.0%}"
        elif isinstance(value, float):
            shown = f"{value:.2f}"
        else:
            shown = str(value)
        rows.append((labels.get(name, name), shown))
    return rows


def _themes(card: Scorecard) -> tuple[list[str], list[str]]:
    names = THEME_LABELS[card.language]
    explored = card.coverage.get("explored")
    missed = card.coverage.get("missed")

    def words(items: object) -> list[str]:
        return [names.get(str(t), str(t)) for t in items] if isinstance(items, list) else []

    return words(explored), words(missed)


def _facts(card: Scorecard) -> list[tuple[str, bool]]:
    """(label, revealed) per hidden fact; from the fact list when the scorecard has one."""
    facts = (card.model_extra or {}).get("facts")
    if isinstance(facts, list) and facts:
        return [
            (str(f.get("label") or f.get("id")), bool(f.get("revealed")))
            for f in facts
            if isinstance(f, dict)
        ]
    if card.disclosures is None:
        return []
    return [(item, True) for item in card.disclosures.revealed]


def _date(session: Session) -> str:
    return session.started.astimezone().strftime("%Y-%m-%d %H:%M")


# Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md_escape(text: str) -> str:
    """Literal text in Markdown: no emphasis, links, code, headings, lists or raw HTML."""
    escaped = _MD_SPECIAL.sub(r"\\\1", inert(text))
    # What only means something at the start of a line: headings, lists, setext underlines.
    escaped = re.sub(r"(?m)^(\s*)([#+=-])", r"\1\\\2", escaped)
    escaped = re.sub(r"(?m)^(\s*\d+)([.)])", r"\1\\\2", escaped)
    return escaped


def _md_block(text: str, prefix: str = "> ") -> str:
    return "\n".join(prefix + line if line else prefix.rstrip() for line in text.split("\n"))


def _md_bar(share: float, width: int = 20) -> str:
    filled = round(share * width)
    return "█" * filled + "░" * (width - filled)


def _markdown(session: Session, card: Scorecard) -> str:
    lab = _labels(card)
    out = [f"# {lab['title']}", ""]
    out.append(f"- {lab['scenario']}: {md_escape(card.scenario or lab['imported'])}")
    out.append(f"- {lab['date']}: {_date(session)}")
    backend = session.backend + (f" ({session.model})" if session.model else "")
    out.append(f"- {lab['backend']}: {md_escape(backend)}")
    out.append(f"- {lab['status']}: {lab[_status(session)]}")
    out.append(f"- **{lab['score']}: {_verdict(card)}**")
    out += ["", f"## {lab['dimensions']}", "", "```"]
    rows = bars(card)
    width = max((len(name) for name, _, _ in rows), default=0)
    for name, share, goal in rows:
        # Inside a code fence: a backtick in a label must not close it.
        name = inert(name).replace("`", "'")
        row = f"{name:<{width}}  {_md_bar(share)} {round(share * 100):>3}%"
        goal = inert(goal).replace("`", "'") if goal else None
        out.append(row + (f"  ({lab['goal']} {goal})" if goal else ""))
    out += ["```", "", f"## {lab['metrics']}", "", "| | |", "|---|---|"]
    out += [f"| {name} | {value} |" for name, value in _metric_rows(card)]
    explored, missed = _themes(card)
    if explored or missed:
        out += ["", f"## {lab['themes']}", ""]
        out.append(f"- {lab['explored']}: {md_escape(', '.join(explored)) or '–'}")
        out.append(f"- {lab['missed']}: {md_escape(', '.join(missed)) or '–'}")
    out += ["", f"## {lab['actions']}", ""]
    for name, done in card.actions.model_dump().items():
        out.append(f"- [{'x' if done else ' '}] {ACTION_LABELS[card.language][name]}")
    facts = _facts(card)
    if card.disclosures is not None:
        revealed = lab["revealed"].format(
            n=len(card.disclosures.revealed), total=card.disclosures.total
        )
        out += ["", f"## {lab['disclosures']}", "", revealed + ":", ""]
        for label, shown in facts:
            note = "" if shown else f" ({lab['hidden']})"
            out.append(f"- [{'x' if shown else ' '}] {md_escape(label)}{note}")
    out += ["", f"## {lab['findings']}", ""]
    if not card.findings:
        out.append(lab["none"])
    for finding in card.findings:
        out.append(
            f"- **{lab['turn']} {finding.turn + 1}** `{finding.code}`: "
            f"“{md_escape(finding.quote)}”  \n  {md_escape(finding.tip)}"
        )
    out += ["", f"## {lab['transcript']}", ""]
    for number, (line, status) in enumerate(_transcript(session, card), start=1):
        who = lab[line.speaker]
        codes = " ".join(f"`{c}`" for c in line.codes)
        note = f" *({lab['interrupted']})*" if status == "interrupted" else ""
        out.append(f"**{number}. {who}**{note} {codes}".rstrip())
        out.append("")
        out.append(_md_block(md_escape(line.text)))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# HTML

_CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;
margin:2rem auto;padding:0 1rem;color:#1d2330;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem}
h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #dde}
.meta{color:#556;margin:0 0 1rem;padding:0;list-style:none}
.meta li{display:inline;margin-right:1.2rem}
.score{font-size:3rem;font-weight:700;margin:.5rem 0 0}.score small{font-size:1rem;color:#667}
.verdict{margin:0 0 1rem;color:#445}
.bar{display:grid;grid-template-columns:12rem 1fr 3.5rem;gap:.6rem;align-items:center;
margin:.3rem 0}
.track{background:#eef0f5;border-radius:4px;height:.9rem;overflow:hidden}
.fill{background:#3a6ea5;height:100%}
table{border-collapse:collapse}td,th{padding:.2rem .8rem .2rem 0;text-align:left}
.turn{margin:.8rem 0;padding:.5rem .8rem;border-left:4px solid #ccd;background:#fafbfc}
.turn.manager{border-color:#3a6ea5}.turn.employee{border-color:#8a9}
.who{font-weight:600}.code{display:inline-block;font-size:.75rem;background:#e8eef8;
border-radius:3px;padding:0 .35rem;margin-left:.3rem}.code.warn{background:#fbe3e0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:.3rem 0 0}
.tip{margin:.4rem 0 0;padding:.3rem .6rem;background:#fff7e0;border-radius:3px;font-size:.9rem}
.interrupted{color:#a55;font-size:.85rem}
"""

_WARN_CODES = {"defensive", "promise", "advice", "appraisal"}


def esc(text: object) -> str:
    """Escaped, inert text for HTML element content and attribute values."""
    return html.escape(inert(str(text)), quote=True)


def _html(session: Session, card: Scorecard) -> str:
    lab = _labels(card)
    backend = session.backend + (f" ({session.model})" if session.model else "")
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(card.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        # No script, no remote resource: the page cannot run code or call home.
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(lab['title'])}: {esc(card.scenario or lab['imported'])}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{esc(lab['title'])}</h1>",
        '<ul class="meta">',
        f"<li>{esc(lab['scenario'])}: {esc(card.scenario or lab['imported'])}</li>",
        f"<li>{esc(lab['date'])}: {esc(_date(session))}</li>",
        f"<li>{esc(lab['backend'])}: {esc(backend)}</li>",
        f"<li>{esc(lab['status'])}: {esc(lab[_status(session)])}</li>",
        "</ul>",
        f'<p class="score">{card.score}<small>/100</small></p>',
        f'<p class="verdict">{esc(_verdict(card, with_score=False))}</p>',
        f"<h2>{esc(lab['dimensions'])}</h2>",
    ]
    for name, share, goal in bars(card):
        percent = round(share * 100)
        title = f' title="{esc(lab["goal"])} {esc(goal)}"' if goal else ""
        parts.append(
            f'<div class="bar"{title}><span>{esc(name)}</span>'
            f'<div class="track"><div class="fill" style="width:{percent}%"></div></div>'
            f"<span>{percent}%</span></div>"
        )
    parts.append(f"<h2>{esc(lab['metrics'])}</h2><table>")
    for name, value in _metric_rows(card):
        parts.append(f"<tr><th>{esc(name)}</th><td>{esc(value)}</td></tr>")
    parts.append("</table>")
    explored, missed = _themes(card)
    if explored or missed:
        parts.append(f"<h2>{esc(lab['themes'])}</h2><ul>")
        parts.append(f"<li>{esc(lab['explored'])}: {esc(', '.join(explored) or '–')}</li>")
        parts.append(f"<li>{esc(lab['missed'])}: {esc(', '.join(missed) or '–')}</li></ul>")
    parts.append(f"<h2>{esc(lab['actions'])}</h2><ul>")
    for name, done in card.actions.model_dump().items():
        mark = "✔" if done else "✘"
        parts.append(f"<li>{mark} {esc(ACTION_LABELS[card.language][name])}</li>")
    parts.append("</ul>")
    if card.disclosures is not None:
        revealed = lab["revealed"].format(
            n=len(card.disclosures.revealed), total=card.disclosures.total
        )
        parts.append(f"<h2>{esc(lab['disclosures'])}</h2><p>{esc(revealed)}</p><ul>")
        for label, shown in _facts(card):
            mark = "✔" if shown else "✘"
            note = "" if shown else f" ({esc(lab['hidden'])})"
            parts.append(f"<li>{mark} {esc(label)}{note}</li>")
        parts.append("</ul>")
    parts.append(f"<h2>{esc(lab['findings'])}</h2>")
    if not card.findings:
        parts.append(f"<p>{esc(lab['none'])}</p>")
    else:
        parts.append("<ol>")
        for finding in card.findings:
            parts.append(
                f'<li><a href="#turn-{finding.turn}">{esc(lab["turn"])} {finding.turn + 1}'
                f'</a> <span class="code">{esc(finding.code)}</span>: '
                f"“{esc(finding.quote)}”<br>{esc(finding.tip)}</li>"
            )
        parts.append("</ol>")
    tips: dict[int, list[str]] = {}
    for finding in card.findings:
        tips.setdefault(finding.turn, []).append(finding.tip)
    parts.append(f"<h2>{esc(lab['transcript'])}</h2>")
    # Findings count turns from 0, like the transcript list; people count from 1.
    for index, (line, status) in enumerate(_transcript(session, card)):
        number = index + 1
        codes = "".join(
            f'<span class="code{" warn" if c in _WARN_CODES else ""}">{esc(c)}</span>'
            for c in line.codes
        )
        note = (
            f' <span class="interrupted">({esc(lab["interrupted"])})</span>'
            if status == "interrupted"
            else ""
        )
        parts.append(
            f'<div class="turn {esc(line.speaker)}" id="turn-{index}">'
            f'<span class="who">{number}. {esc(lab[line.speaker])}</span>{note}{codes}'
            f'<p class="text">{esc(line.text)}</p>'
        )
        parts += [f'<p class="tip">{esc(tip)}</p>' for tip in tips.get(index, [])]
        parts.append("</div>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"
