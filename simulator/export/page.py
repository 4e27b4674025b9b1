"""The HTML export: one self-contained page for a coach; no script, every text escaped."""

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
from simulator.export.text import PAGE_CSS, esc
from simulator.scoring.codes import NEGATIVE

_CSS = PAGE_CSS + """
.score{font-size:3rem;font-weight:700;margin:.5rem 0 0}.score small{font-size:1rem;color:#667}
.verdict{margin:0 0 1rem;color:#445}
.bar{display:grid;grid-template-columns:12rem 1fr 4.5rem;gap:.6rem;align-items:center;
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

_WARN_CODES = NEGATIVE


def render(session: Session, card: Scorecard) -> str:
    lab = labels_for(card)
    title, persona = scenario_names(session, card)
    heading = title or card.scenario or lab["imported"]
    scenario = esc(heading)
    if title and card.scenario:
        scenario += f" <small>({esc(lab['scenario_id'])} {esc(card.scenario)})</small>"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(card.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        # No script, no remote resource: the page cannot run code or call home.
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(lab['title'])}: {esc(heading)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{esc(lab['title'])}</h1>",
        '<ul class="meta">',
        f"<li>{esc(lab['scenario'])}: {scenario}</li>",
        f"<li>{esc(lab['date'])}: {esc(started_at(session))}</li>",
        f"<li>{esc(lab['backend'])}: {esc(partner(session, card, persona))}</li>",
        f"<li>{esc(lab['status'])}: {esc(lab[session_status(session)])}</li>",
        "</ul>",
        f'<p class="score">{card.score}<small>/100</small></p>',
        f'<p class="verdict">{esc(verdict(card, with_score=False))}</p>',
        f"<h2>{esc(lab['dimensions'])}</h2>",
    ]
    for name, share, goal in bars(card):
        percent = round(share * 100)
        title = f' title="{esc(lab["goal"])} {esc(goal)}"' if goal else ""
        parts.append(
            f'<div class="bar"{title}><span>{esc(name)}</span>'
            f'<div class="track"><div class="fill" style="width:{percent}%"></div></div>'
            f"<span>{esc(bar_value(card, share))}</span></div>"
        )
    parts.append(f"<h2>{esc(lab['metrics'])}</h2><table>")
    for name, value in metric_rows(card):
        parts.append(f"<tr><th>{esc(name)}</th><td>{esc(value)}</td></tr>")
    parts.append("</table>")
    explored, missed = theme_lists(card)
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
        for label, shown in fact_rows(card):
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
                f'</a> <span class="code{" warn" if finding.code in _WARN_CODES else ""}">'
                f"{esc(code_label(finding.code, card.language))}</span>: "
                f"“{esc(finding.quote)}”<br>{esc(finding.tip)}</li>"
            )
        parts.append("</ol>")
    tips: dict[int, list[str]] = {}
    for finding in card.findings:
        tips.setdefault(finding.turn, []).append(finding.tip)
    parts.append(f"<h2>{esc(lab['transcript'])}</h2>")
    # Findings count turns from 0, like the transcript list; people count from 1.
    for index, (line, status) in enumerate(transcript_lines(session, card)):
        number = index + 1
        codes = "".join(
            f'<span class="code{" warn" if c in _WARN_CODES else ""}">'
            f"{esc(code_label(c, card.language))}</span>"
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
