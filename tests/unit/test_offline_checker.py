"""The checker: many varied manager turns through every bundled persona, structural checks
(no stitched themes, stacked reactions, repeated lines or promises agreed to)."""

import re
from collections import Counter

from offline_helpers import MANAGER_LINES, Talk, pieces

from simulator.domain.persona import Reaction
from simulator.engine.decision import Decision


def converse(scenario_id: str, order: int) -> list[tuple[str, str, Decision, "Talk"]]:
    """One session over a slice of the checker's lines: (manager, reply, decision, talk)."""

    talk = Talk(scenario_id)
    lines = MANAGER_LINES[talk.scenario.language]
    # Three sessions per persona, each a different interleaving, each about 15 turns long.
    turns = [lines[0]] + lines[1 + order :: 3]
    return [(text, talk.say(text), talk.decision, talk) for text in turns]


def content_themes(talk: "Talk", line: str) -> set[str]:
    """The themes whose authored pools (guarded, open, facts) hold this line."""
    p = talk.persona
    found = {t for t, pool in p.lines.guarded.items() if line in pool}
    found |= {t for t, pool in p.lines.open.items() if line in pool}
    return found | {f.theme for f in p.facts if line in f.lines}


def test_the_checker_finds_no_stitched_replies_in_any_persona():
    from simulator.library import load_library
    from simulator.scoring.themes import keyword_themes

    library = load_library(include_user=False)
    problems: list[str] = []
    replies = 0
    reproach = re.compile(
        r"collega'?s zeggen|hoe kan het dat|jij bent ook altijd|ik hoor via|people tell me"
        r"|how come you|you'?re always|heard from colleagues",
        re.IGNORECASE,
    )
    for scenario_id in sorted(library.scenarios):
        for order in range(3):
            session = converse(scenario_id, order)
            talk = session[0][3]
            reactions = {r for pool in talk.persona.lines.reactions.values() for r in pool}
            # A promise gets scepticism (or, with an imposed target, the appraisal reaction).
            cool: tuple[Reaction, ...] = ("promise", "appraisal", "defensive")
            promise_lines = {r for c in cool for r in talk.persona.lines.reactions.get(c, [])}
            for text, reply, decision, _ in session:
                replies += 1
                where = f"{scenario_id}/{order} {text!r} -> {reply!r}"
                parts = pieces(talk, reply) if reply != "…" else []
                if decision.closed and _sentences(reply) > 3:
                    problems.append(f"long answer to a closed question: {where}")
                if sum(part in reactions for part in parts) > 1:
                    problems.append(f"stacked reactions: {where}")
                themes = set().union(*(content_themes(talk, p) for p in parts)) if parts else set()
                if len(themes) > 1 or (themes and decision.theme not in themes):
                    problems.append(f"stitched themes {sorted(themes)}: {where}")
                if decision.asked and themes - set(decision.asked):
                    problems.append(f"answers a theme nobody asked: {where}")
                # Lines outside the theme pools (reactions, short answers, small talk) must
                # not read as another theme either. Theme-pool lines are checked by their pool
                # above: the lexicon reads "leren" in a growth fact as growth, rightly or not.
                loose = " ".join(p for p in parts if not content_themes(talk, p))
                spoken = set(keyword_themes(loose, talk.scenario.language))
                if decision.question and spoken - set(decision.asked) - {decision.theme}:
                    problems.append(f"reply reads as {sorted(spoken)}: {where}")
                facts = [f.id for p in parts for f in talk.persona.facts if p in f.lines]
                if len(facts) != len(set(facts)):
                    problems.append(f"one fact told twice: {where}")
                if "promise" in decision.codes and (decision.proposal or decision.reveal):
                    problems.append(f"a promise agreed to: {where}")
                if "promise" in decision.codes and parts and parts[0] not in promise_lines:
                    problems.append(f"a promise without scepticism: {where}")
                if reproach.search(text) and decision.reveal is not None:
                    problems.append(f"a reproach answered with a fact: {where}")
            repeated = [line for line, n in Counter(talk.actor.spoken).items() if n > 1]
            if repeated:
                problems.append(f"{scenario_id}/{order} repeats {repeated}")
    assert replies >= 7 * 3 * 14
    assert not problems, "\n".join(problems)


def _sentences(text: str) -> int:
    import re

    return len(re.findall(r"[^.!?…]+[.!?…]+", text)) or 1
