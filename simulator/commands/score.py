"""`staysim score FILE`: the scorecard of an existing conversation, as a report or JSON."""

import sys
from pathlib import Path
from typing import Any

from simulator.cli import UsageError


def _simulated(path: Path) -> tuple[Any, str | None]:
    """What our own JSON export of a practice session adds: what the simulated employee
    shared, and the scenario; so the rescored card weighs what was learned as the live one."""
    import json

    from pydantic import ValidationError

    from simulator.domain.scorecard import Disclosures
    from simulator.transcripts import read_text

    try:
        data = json.loads(read_text(path))
        raw = data.get("disclosures") if isinstance(data, dict) else None
        disclosures = Disclosures.model_validate(raw) if raw else None
    except (ValueError, ValidationError):
        return None, None  # a plain transcript after all: scored without them
    scenario = data.get("scenario")
    return disclosures, scenario if isinstance(scenario, str) else None


def _rubric(scenario: str | None) -> Any:
    if scenario is None:
        return None
    from simulator.library import load_library

    found = load_library().scenarios.get(scenario)
    return found.rubric if found is not None else None


def run(args: Any) -> int:
    from simulator.scoring import build_scorecard
    from simulator.transcripts import TranscriptError, load_conversation

    path = Path(args.file)
    try:
        fmt, manager, turns = load_conversation(path, args.manager)
    except TranscriptError as exc:
        raise UsageError(str(exc)) from None
    disclosures, scenario = _simulated(path) if fmt == "json" else (None, None)
    card = build_scorecard(turns, language=args.lang, scenario=scenario,
                           rubric=_rubric(scenario), disclosures=disclosures)
    data = card.model_dump(mode="json")
    data["manager"] = manager
    # Our own JSON export names the roles; only other formats fall back to the first speaker.
    chosen = "option" if args.manager else "export" if fmt == "json" else "first speaker"
    data["manager_chosen"] = chosen
    data["source"] = {"file": str(path), "format": fmt}
    if args.json:
        from simulator.sanitize import json_dumps

        sys.stdout.write(json_dumps(data, indent=2) + "\n")
    else:
        from simulator.sanitize import inert

        # Transcript text is shown, never obeyed: no terminal escape sequences get through.
        sys.stdout.write(inert(report(data, chosen=chosen != "first speaker")))
    return 0


def _ratio(value: object, lang: str = "en") -> str:
    if value is None:
        return "–"
    from simulator.locale import number

    return number(float(value), lang, 2)  # type: ignore[arg-type]


def report(data: dict[str, Any], chosen: bool = True) -> str:
    """A readable plain-text report of a scorecard dict."""
    from simulator.locale import section
    from simulator.locale.words import code_label, theme_label

    lang = data.get("language", "nl")
    t = section("cli.score.", lang)
    m = data["metrics"]
    lines = [f"{t['title']}: {data.get('source', {}).get('file', '')}".rstrip(": ")]
    manager = data.get("manager")
    if manager:
        note = "" if chosen else f" ({t['first']})"
        lines.append(f"{t['manager']}: {manager}{note}")
    lines.append(f"{t['language']}: {lang}")
    pass_score = data.get("pass_score")
    verdict = ""
    if isinstance(pass_score, int):
        passed = data.get("passed", data["score"] >= pass_score)
        ok = t["passed"] if passed else t["not_yet"]
        verdict = f"  ({ok}; {t['pass']} {pass_score})"
    lines += ["", f"{t['score']}: {data['score']}/100{verdict}"]
    lines += [f"  - {reason}" for reason in data.get("pass_blockers") or []]
    lines += ["", t["dimensions"] + ":"]
    for dim in data.get("dimensions", []):
        bar = "#" * round(dim["score"] / 10)
        shown = dim.get("shown") or ""
        lines.append(f"  {dim['label']:<30} {dim['score']:>3}  {bar:<10}  {shown}")
        lines.append(f"  {'':<30}      {'':<10}  {t['goal']}: {dim['goal']}")
    lines += [
        "", t["metrics"] + ":",
        f"  {t['talk']:<32} {m['manager_talk_share']:.0%}",
        f"  {t['open']:<32} {m['open_questions']}",
        f"  {t['closed']:<32} {m['closed_questions']}",
        f"  {t['reflections']:<32} {m['reflections']}",
        f"  {t['ratio']:<32} {_ratio(m['reflection_to_question'], lang)}",
        f"  {t['affirmations']:<32} {m['affirmations']}",
        f"  {t['defensive']:<32} {m['defensive']}",
        f"  {t['promises']:<32} {m['promises']}",
        f"  {t['commitments']:<32} {m['commitments']}",
        f"  {t['advice']:<32} {m['advice']}",
        f"  {t['appraisal']:<32} {m['appraisal']}",
    ]
    cov = data.get("coverage", {})
    explored = [theme_label(str(x), lang) for x in cov.get("explored", [])]
    missed = [theme_label(str(x), lang) for x in cov.get("missed", [])]
    lines += [
        "", t["coverage"] + ":",
        f"  {t['explored']}: {', '.join(explored) or t['none']}",
        f"  {t['missed']}: {', '.join(missed) or t['none']}",
        "", t["actions"] + ":",
    ]
    names = {"employee": "employee", "manager": "manager_action", "together": "together",
             "follow_up": "follow_up"}
    helps = data.get("actions_help") or {}
    for key, label in names.items():
        mark = "[x]" if data["actions"].get(key) else "[ ]"
        lines.append(f"  {mark} {t[label]}")
        if not data["actions"].get(key) and helps.get(key):
            # Tell the trainee how the missing agreement is recognised.
            lines.append(f"      {helps[key]}")
    weak = sorted((d for d in data.get("dimensions", []) if d.get("score", 100) < 70
                   and d.get("focus")),
                  key=lambda d: -float(d.get("weight", 0)) * (100 - float(d["score"])))
    if weak:
        lines += ["", t["focus"] + ":"]
        lines += [f"  {d['label']}: {d['focus']}" for d in weak[:2]]
    lines += ["", t["findings"] + ":"]
    if not data.get("findings"):
        # A low dimension is something to do differently even without one moment to quote.
        first = weak[0] if weak else None
        lines.append("  " + (t["weakest"].format(label=first["label"], focus=first["focus"])
                             if first else t["nothing"]))
    for finding in data.get("findings", []):
        code = code_label(str(finding["code"]), lang)
        # Counted from 1 for people; the JSON keeps 0-based indexes into the transcript.
        lines.append(f"  {t['turn']} {finding['turn'] + 1} · {code}: “{finding['quote']}”")
        lines.append(f"    → {finding['tip']}")
    return "\n".join(lines) + "\n"
