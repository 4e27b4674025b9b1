"""The Markdown export: for reading and pasting; every user or model text escaped."""

from simulator.domain.scorecard import Scorecard
from simulator.domain.session import Session
from simulator.export.labels import ACTION_LABELS, code_label
from simulator.export.report import (
    bar_value,
    bars,
    fact_rows,
    labels_for,
    metric_rows,
    partner,
    scenario_names,
    session_status,
    started_at,
    theme_lists,
    transcript_lines,
    verdict,
)
from simulator.export.text import inert, md_escape


def _md_block(text: str, prefix: str = "> ") -> str:
    return "\n".join(prefix + line if line else prefix.rstrip() for line in text.split("\n"))


def _md_bar(share: float, width: int = 20) -> str:
    filled = round(share * width)
    return "█" * filled + "░" * (width - filled)


def render(session: Session, card: Scorecard) -> str:
    lab = labels_for(card)
    out = [f"# {lab['title']}", ""]
    title, persona = scenario_names(session, card)
    if title and card.scenario:
        scenario = f"{md_escape(title)} *({lab['scenario_id']} {md_escape(card.scenario)})*"
    else:
        scenario = md_escape(card.scenario or lab["imported"])
    out.append(f"- {lab['scenario']}: {scenario}")
    out.append(f"- {lab['date']}: {started_at(session)}")
    out.append(f"- {lab['backend']}: {md_escape(partner(session, card, persona))}")
    out.append(f"- {lab['status']}: {lab[session_status(session)]}")
    out.append(f"- **{lab['score']}: {verdict(card)}**")
    out += ["", f"## {lab['dimensions']}", "", "```"]
    rows = bars(card)
    width = max((len(name) for name, _, _ in rows), default=0)
    for name, share, goal in rows:
        # Inside a code fence: a backtick in a label must not close it.
        name = inert(name).replace("`", "'")
        row = f"{name:<{width}}  {_md_bar(share)} {bar_value(card, share):>7}"
        goal = inert(goal).replace("`", "'") if goal else None
        out.append(row + (f"  ({lab['goal']} {goal})" if goal else ""))
    out += ["```", "", f"## {lab['metrics']}", "", "| | |", "|---|---|"]
    out += [f"| {name} | {value} |" for name, value in metric_rows(card)]
    explored, missed = theme_lists(card)
    if explored or missed:
        out += ["", f"## {lab['themes']}", ""]
        out.append(f"- {lab['explored']}: {md_escape(', '.join(explored)) or '–'}")
        out.append(f"- {lab['missed']}: {md_escape(', '.join(missed)) or '–'}")
    out += ["", f"## {lab['actions']}", ""]
    for name, done in card.actions.model_dump().items():
        out.append(f"- [{'x' if done else ' '}] {ACTION_LABELS[card.language][name]}")
    facts = fact_rows(card)
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
            f"- **{lab['turn']} {finding.turn + 1}** · {code_label(finding.code, card.language)}: "
            f"“{md_escape(finding.quote)}”  \n  {md_escape(finding.tip)}"
        )
    out += ["", f"## {lab['transcript']}", ""]
    for number, (line, status) in enumerate(transcript_lines(session, card), start=1):
        who = lab[line.speaker]
        codes = " ".join(f"`{code_label(c, card.language)}`" for c in line.codes)
        note = f" *({lab['interrupted']})*" if status == "interrupted" else ""
        out.append(f"**{number}. {who}**{note} {codes}".rstrip())
        out.append("")
        out.append(_md_block(md_escape(line.text)))
        out.append("")
    return "\n".join(out).rstrip() + "\n"
