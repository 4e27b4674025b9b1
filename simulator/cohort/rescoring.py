"""Every submitted transcript scored again with this staysim; a stored figure is never trusted.

An attempt is flagged when its transcript does not match the hash written at submit, when
the score stored with it differs from the score it earns here, or when its scenario is
unknown here, so it cannot be re-scored (give the pack).
"""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from simulator.coach.packs import namespaced
from simulator.cohort.cache import RescoreCache
from simulator.cohort.results import Attempt, Submitted, line_hash
from simulator.domain.scorecard import Scorecard
from simulator.errors import message as said
from simulator.library import Library, Problem

Flag = Literal["hash", "score", "unknown_scenario"]


@dataclass
class Scored:
    """One attempt: the card earned here (None when it could not be re-scored) and flags."""

    trainee: str
    path: Path
    index: int
    attempt: Attempt
    card: Scorecard | None
    flags: list[Flag] = field(default_factory=list)

    @property
    def score(self) -> int | None:
        return self.card.score if self.card is not None else None

    @property
    def passed(self) -> bool:
        return self.card is not None and bool(self.card.passed)

    @property
    def started(self) -> datetime:
        return self.attempt.started


def scenario_id(library: Library, pack_id: str, attempt: Attempt) -> str | None:
    """The library's id for the attempt's scenario: the pack's own first, then a plain one."""
    for key in (namespaced(pack_id, attempt.scenario), attempt.scenario):
        scenario = library.scenarios.get(key)
        if scenario is not None and scenario.language == attempt.language:
            return key
    return None


def rescore(attempt: Attempt, key: str, library: Library) -> Scorecard:
    from simulator.coach.results import attempt_session
    from simulator.export.rescore import scorecard_for

    return scorecard_for(attempt_session(attempt, key), library)


def rescored(
    attempt: Attempt, key: str, library: Library, rescores: RescoreCache | None
) -> Scorecard:
    """The attempt's score now: rescores from an earlier report under the same scorer, scenario
    and persona, else scored (and rescores)."""
    if rescores is None:
        return rescore(attempt, key, library)
    lines = [line.model_dump() for line in attempt.transcript]
    name = rescores.name(key, attempt.language, lines, library)
    card = rescores.get(name)
    if card is None:
        card = rescore(attempt, key, library)
        rescores.put(name, card)
    return card


def check(
    item: Submitted, library: Library, rescores: RescoreCache | None = None
) -> tuple[list[Scored], list[Problem]]:
    """Each attempt of one result re-scored, with a line per flag naming the file and field."""
    result = item.result
    scored: list[Scored] = []
    problems: list[Problem] = []
    for index, attempt in enumerate(result.attempts):
        where = f"attempts.{index}"
        flags: list[Flag] = []
        if line_hash(attempt.transcript) != attempt.transcript_sha256:
            flags.append("hash")
            message = said("errors_cohort.changed_transcript")
            problems.append(Problem(item.path, message, None, f"{where}.transcript_sha256"))
        key = scenario_id(library, result.pack.id, attempt)
        card = rescored(attempt, key, library, rescores) if key is not None else None
        if card is None:
            flags.append("unknown_scenario")
            message = said("errors_cohort.unknown_scenario", scenario=attempt.scenario)
            problems.append(Problem(item.path, message, None, f"{where}.scenario"))
        else:
            stored = attempt.scorecard.get("score")
            if card.score != attempt.score or stored != attempt.score:
                flags.append("score")
                message = said("errors_cohort.score_differs", stored=attempt.score,
                               rescored=card.score)
                if stored != attempt.score:
                    message += said("errors_cohort.card_score", card=stored)
                problems.append(Problem(item.path, message, None, f"{where}.score"))
        scored.append(Scored(result.trainee, item.path, index, attempt, card, flags))
    return scored, problems


def newest_per_trainee(submitted: list[Submitted]) -> tuple[list[Submitted], list[Problem]]:
    """One result per trainee: the last submitted; an older one is left out, and named."""
    newest: dict[str, Submitted] = {}
    for item in submitted:
        seen = newest.get(item.result.trainee)
        if seen is None or item.result.submitted > seen.result.submitted:
            newest[item.result.trainee] = item
    rescores = [s for s in submitted if newest[s.result.trainee] is s]
    problems = [
        Problem(
            s.path,
            said("errors_cohort.older_result", trainee=s.result.trainee,
                 newer=newest[s.result.trainee].path),
            None,
            "trainee",
        )
        for s in submitted
        if newest[s.result.trainee] is not s
    ]
    return rescores, problems
