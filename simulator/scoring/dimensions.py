"""The scorecard's dimensions: each scored 0..100 against its goal, labelled and weighted."""

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from simulator.domain.scenario import DIMENSIONS, Rubric
from simulator.domain.scorecard import Actions, Disclosures, Metrics
from simulator.scoring.learned import learned_score, learned_share

DEFAULT_WEIGHTS: dict[str, float] = {
    "listening": 15,
    "open_questions": 10,
    "reflections": 15,
    "coverage": 10,
    "no_defence": 15,
    "no_promises": 10,
    "actions": 10,
    # What the conversation is for: only where the employee is simulated (see learned.py).
    "learned": 15,
}
COMPLEX_GOOD = 0.5  # MITI 4.2.1: 40 % complex reflections is fair, 50 % good
TALK_SHARE_GOOD = 0.30  # full marks at or below: SHRM advises listening ~80% of the time
TALK_SHARE_BAD = 0.70  # zero at or above
OPEN_SHARE_TARGET = 0.70
REFLECTION_FAIR, REFLECTION_GOOD = 1.0, 2.0  # MITI 4.2.1 reflection-to-question ratio
THEMES_TARGET = 5  # explored themes for full marks; all eight are not required
# A stay interview needs room: behaviour dimensions count in full from this many manager
# turns and proportionally less below it, so a two-question chat cannot score as a good talk.
FULL_EVIDENCE_TURNS = 6
BEHAVIOUR_DIMENSIONS = (
    "listening", "open_questions", "reflections", "no_defence", "no_promises"
)

LABELS = {
    "nl": {
        "listening": "Luisteren",
        "open_questions": "Open vragen",
        "reflections": "Reflecties",
        "coverage": "Thema's verkend",
        "no_defence": "Niet verdedigen of beoordelen",
        "no_promises": "Geen loze beloften",
        "actions": "Concrete afspraken",
        "learned": "Wat je te weten kwam",
    },
    "en": {
        "listening": "Listening",
        "open_questions": "Open questions",
        "reflections": "Reflections",
        "coverage": "Themes explored",
        "no_defence": "No defence or appraisal",
        "no_promises": "No hollow promises",
        "actions": "Agreed actions",
        "learned": "What you learned",
    },
}

GOALS = {
    "nl": {
        "listening": f"spreek ≤ {TALK_SHARE_GOOD:.0%} van de tijd",
        "open_questions": f"≥ {OPEN_SHARE_TARGET:.0%} van je vragen open",
        "reflections": "2 reflecties per vraag die teruggeven wat er gezegd is, de helft complex",
        "coverage": f"{THEMES_TARGET} van de 8 thema's",
        "no_defence": "0 keer verdedigen of beoordelen",
        "no_promises": "0 beloften die je niet kunt waarmaken",
        "actions": "4 van 4: medewerker, jij, samen, datum",
        "learned": "de helft van wat er speelt, in de diepte; vertrekredenen tellen dubbel",
    },
    "en": {
        "listening": f"talk ≤ {TALK_SHARE_GOOD:.0%} of the time",
        "open_questions": f"≥ {OPEN_SHARE_TARGET:.0%} of your questions open",
        "reflections": "2 reflections per question that give back what was said, half complex",
        "coverage": f"{THEMES_TARGET} of the 8 themes",
        "no_defence": "no defending or appraising",
        "no_promises": "no promises you cannot keep",
        "actions": "4 of 4: employee, you, together, a date",
        "learned": "half of what is going on, in depth; reasons to leave count double",
    },
}

# What to practise next when a dimension stays under its goal.
FOCUS = {
    "nl": {
        "listening": "Praat minder: stel één vraag, laat de stilte vallen en wacht het hele "
        "antwoord af.",
        "open_questions": "Begin je vragen met hoe, wat of waardoor, zodat er een verhaal "
        "komt in plaats van ja of nee.",
        "reflections": "Geef terug wat je hoort, in de woorden van de ander, voordat je de "
        "volgende vraag stelt; een formule als „dat klinkt belangrijk” telt niet.",
        "coverage": "Neem de acht vragen van het blijfgesprek als richting; vraag ook naar "
        "wat iemand zou doen vertrekken en wat jij anders kunt doen.",
        "no_defence": "Als er kritiek komt: eerst teruggeven wat je hoort, pas later uitleggen.",
        "no_promises": "Beloof alleen je eigen volgende stap, met een datum.",
        "actions": "Sluit af met vier afspraken: een stap van de medewerker, een van jou, een "
        "samen, en wanneer je erop terugkomt.",
        "learned": "Blijf bij het verhaal: vat samen wat je hoorde en vraag door op hun eigen "
        "woorden, dan komt ook wat eronder zit.",
    },
    "en": {
        "listening": "Talk less: ask one question, let the silence fall and wait for the whole "
        "answer.",
        "open_questions": "Start your questions with how or what, so a story comes instead of "
        "yes or no.",
        "reflections": "Give back what you hear, in their own words, before the next question; "
        "a formula like “that sounds important” does not count.",
        "coverage": "Use the eight stay-interview questions as a guide; ask too what might make "
        "them leave and what you could do differently.",
        "no_defence": "When criticism comes: first give back what you hear, explain later.",
        "no_promises": "Promise only your own next step, with a date.",
        "actions": "Close with four agreements: a step for the employee, one for you, one "
        "together, and when you will come back to it.",
        "learned": "Stay with the story: sum up what you heard and follow up on their own "
        "words, and what lies underneath will come too.",
    },
}


@dataclass(frozen=True)
class Dimension:
    """One row of the scorecard; `as_dict` gives the saved JSON object, keys in this order."""

    name: str
    label: str
    score: int
    target: int
    goal: str
    value: Any
    shown: str
    focus: str
    weight: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def dimension_rows(
    metrics: Metrics, explored: int, actions: Actions, language: str,
    rubric: Rubric | None = None, manager_turns: int | None = None,
    disclosures: Disclosures | None = None,
) -> list[Dimension]:
    """Each rubric dimension scored 0..100 against its target, with its weight.

    With `manager_turns` below FULL_EVIDENCE_TURNS the behaviour dimensions are scaled by
    manager_turns / FULL_EVIDENCE_TURNS: too short a conversation shows too little.
    """
    weights = dict(DEFAULT_WEIGHTS)
    if rubric is not None:
        weights.update(rubric.weights)
    rows = _raw_scores(metrics, explored, actions, disclosures)
    lang = language if language in LABELS else "nl"
    evidence = 1.0
    if manager_turns is not None:
        evidence = min(1.0, manager_turns / FULL_EVIDENCE_TURNS)
    short_note = _short_note(manager_turns, lang) if evidence < 1.0 else ""
    for name in BEHAVIOUR_DIMENSIONS:
        rows[name] = (rows[name][0] * evidence, rows[name][1])
    return [
        Dimension(
            name=name,
            label=LABELS[lang][name],
            score=round(rows[name][0]),
            target=100,
            goal=GOALS[lang][name],
            value=rows[name][1],
            shown=_shown(name, rows[name][1], metrics, lang)
            + (short_note if name in BEHAVIOUR_DIMENSIONS else ""),
            focus=FOCUS[lang][name],
            weight=weights[name],
        )
        for name in DIMENSIONS if name in rows
    ]


def dimensions(
    metrics: Metrics, explored: int, actions: Actions, language: str,
    rubric: Rubric | None = None, manager_turns: int | None = None,
    disclosures: Disclosures | None = None,
) -> list[dict[str, Any]]:
    """The dimension rows as saved in the scorecard JSON (see `dimension_rows`)."""
    rows = dimension_rows(metrics, explored, actions, language, rubric, manager_turns,
                          disclosures)
    return [row.as_dict() for row in rows]


def weighted_score(dims: Sequence[Dimension]) -> int:
    """The scores averaged by weight; 0 when every weight is 0."""
    total = sum(float(d.weight) for d in dims)
    if total <= 0:
        return 0
    return round(sum(float(d.score) * float(d.weight) for d in dims) / total)


def _raw_scores(
    metrics: Metrics, explored: int, actions: Actions, disclosures: Disclosures | None
) -> dict[str, tuple[float, Any]]:
    """Per dimension its score before the short-conversation scaling, and its measured value."""
    share = metrics.manager_talk_share
    span = TALK_SHARE_BAD - TALK_SHARE_GOOD
    listening = 100.0 * min(1.0, max(0.0, (TALK_SHARE_BAD - share) / span))
    listening = max(0.0, listening - 10.0 * metrics.advice)
    open_share = metrics.open_question_share
    open_score = 0.0 if open_share is None else 100.0 * min(1.0, open_share / OPEN_SHARE_TARGET)
    done = sum(actions.model_dump().values())
    flagged = metrics.defensive + metrics.appraisal
    rows: dict[str, tuple[float, Any]] = {
        "listening": (listening, share),
        "open_questions": (open_score, open_share),
        "reflections": (_reflection_score(metrics), metrics.reflection_to_question),
        "coverage": (100.0 * min(1.0, explored / THEMES_TARGET), explored),
        "no_defence": (_halving(flagged), flagged),
        "no_promises": (_halving(metrics.promises), metrics.promises),
        "actions": (25.0 * done, done),
    }
    learned = learned_score(disclosures)
    if learned is not None and disclosures is not None:
        rows["learned"] = (learned, round(learned_share(disclosures), 3))
    return rows


def _short_note(manager_turns: int | None, lang: str) -> str:
    """Why the behaviour dimensions count for less in a short conversation."""
    if lang == "nl":
        return f" (kort gesprek: telt voor {manager_turns}/{FULL_EVIDENCE_TURNS})"
    return f" (short conversation: counts {manager_turns}/{FULL_EVIDENCE_TURNS})"


def _halving(count: int) -> float:
    return 100.0 * 0.5**count


def _reflection_score(metrics: Metrics) -> float:
    """Reflections that give back what was said, per question (MITI 4.2.1: 1 fair, 2 good),
    and the share of complex ones; a formula that fits any story earns nothing."""
    asked = metrics.open_questions + metrics.closed_questions
    judged = metrics.accurate_reflections + metrics.generic_reflections
    # Reflections the content check did not judge (no model shipped) count as they are.
    counted = metrics.accurate_reflections + max(0, metrics.reflections - judged)
    ratio = counted / asked if asked else (float(REFLECTION_GOOD) if counted else 0.0)
    base = 70.0 * min(1.0, ratio / REFLECTION_FAIR) + 30.0 * min(
        1.0, max(0.0, ratio - REFLECTION_FAIR) / (REFLECTION_GOOD - REFLECTION_FAIR))
    share = metrics.complex_reflection_share
    if share is None:
        return base
    return 0.8 * base + 20.0 * min(1.0, share / COMPLEX_GOOD) * min(1.0, ratio)


def _shown(name: str, value: Any, metrics: Metrics, lang: str) -> str:
    """The dimension's measured value in words, so a bar explains itself."""
    nl = lang == "nl"
    if name == "listening":
        return f"{value:.0%} " + ("van de woorden van jou" if nl else "of the words yours")
    if name == "open_questions":
        if value is None:
            return "geen vragen gesteld" if nl else "no questions asked"
        asked = metrics.open_questions + metrics.closed_questions
        return (f"{metrics.open_questions} van {asked} vragen open" if nl
                else f"{metrics.open_questions} of {asked} questions open")
    if name == "reflections":
        if value is None:
            return (f"{_count(metrics.reflections, 'reflectie', 'reflecties')}, geen vragen"
                    if nl else
                    f"{_count(metrics.reflections, 'reflection', 'reflections')}, no questions")
        number = f"{value:.2f}".replace(".", ",") if nl else f"{value:.2f}"
        accurate = metrics.accurate_reflections
        return (f"{_count(metrics.reflections, 'reflectie', 'reflecties')} ({accurate} met hun "
                f"woorden), {number} per vraag"
                if nl else
                f"{_count(metrics.reflections, 'reflection', 'reflections')} ({accurate} in their "
                f"words), {number} per question")
    if name == "coverage":
        return f"{value} van 8 thema's" if nl else f"{value} of 8 themes"
    if name == "no_defence":
        return (f"{metrics.defensive} verdedigend, {metrics.appraisal} beoordelend" if nl
                else f"{metrics.defensive} defensive, {metrics.appraisal} appraising")
    if name == "no_promises":
        return (_count(value, "loze belofte", "loze beloften") if nl
                else _count(value, "hollow promise", "hollow promises"))
    if name == "learned":
        return (f"{value:.0%} van wat er speelt, naar diepte gewogen" if nl
                else f"{value:.0%} of what is going on, weighted by depth")
    return f"{value} van 4 afspraken" if nl else f"{value} of 4 agreements"


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"

