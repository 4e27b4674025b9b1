"""Session metrics, agreed actions, rubric-weighted dimensions and the scorecard."""

import re
from collections.abc import Sequence
from typing import Any

from simulator.domain.scenario import DIMENSIONS, Rubric
from simulator.domain.scorecard import (
    Actions,
    Disclosures,
    Finding,
    Metrics,
    Scorecard,
    TranscriptLine,
)
from simulator.scoring.acts import acts_in, employee_acts
from simulator.scoring.coder import (
    TENTATIVE_CHECK,
    CodedUtterance,
    detect_language,
)
from simulator.scoring.codes import NEGATIVE
from simulator.scoring.learned import learned_enough, learned_score, learned_share
from simulator.scoring.rulebook import lexicon, rules_for
from simulator.scoring.rules import is_rule
from simulator.scoring.themes import THEMES
from simulator.scoring.tips import asked_questions, quote_for_tip, tip_options

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
MIN_ACTIONS_TO_PASS = 2
FINDING_CODES = ("defensive", "promise", "appraisal", "advice", "closed_question")

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

# What counts as each agreed action, so the trainee knows how to earn the tick.
ACTIONS_HELP = {
    "nl": {
        "employee": "Een actie voor de medewerker telt als die zelf een concrete stap noemt "
        "(„Ik zet op een rij welke onderdelen ik standaard wil”), bijvoorbeeld na „Wat neem "
        "jij je voor?”, of als jij een concrete taak voorstelt („Jij schrijft op welke "
        "onderdelen…”) en de medewerker die niet afwijst.",
        "manager": "Een actie voor jou telt als je een eigen stap toezegt die je zelf kunt "
        "waarmaken: „Ik neem de planning mee naar het MT” of „Ik zoek het uit en kom erop "
        "terug”. Een uitkomst beloven (opslag, promotie) telt niet.",
        "together": "Een actie samen telt als je een gezamenlijke stap voorstelt („Zullen we "
        "samen een opzet maken?”) en de medewerker instemt. Een opgelegd doel („we spreken af "
        "dat jij je cijfers omhoog krijgt”) of „Zullen we het zo laten?” is geen samen-actie.",
        "follow_up": "Een vervolgmoment telt met een concrete datum of termijn om erop terug "
        "te komen: „Dinsdag over twee weken komen we erop terug.” „Volgende maand kijken we "
        "wel weer” is te vaag.",
    },
    "en": {
        "employee": "An action for the employee counts when they name a concrete step "
        "themselves (“I'll list the parts I want in the van”), e.g. after “What will you take "
        "on?”, or when you propose a concrete task (“Would you draft an onboarding plan?”) "
        "and they don't turn it down.",
        "manager": "An action for you counts when you commit to a step of your own you can "
        "keep: “I'll bring the resourcing numbers to the leadership meeting” or “I'll find "
        "out and get back to you”. Promising an outcome (a raise, a promotion) does not count.",
        "together": "A joint action counts when you propose a shared step (“Shall we draw up "
        "a plan together?”) and the employee agrees. An imposed target (“we agree you get your "
        "numbers up”) or “Shall we leave it at that?” is not one.",
        "follow_up": "A follow-up counts with a concrete date or term to come back to it: "
        "“Let's check in two weeks from Tuesday.” “Next month we'll see” is too vague.",
    },
}

_WORDS = re.compile(r"\w+(?:['’-]\w+)*")
_STEP_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'-]+", re.IGNORECASE)
def _words(text: str) -> int:
    return len(_WORDS.findall(text))


def _turn_pairs(turns: Any) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    """Plain (speaker, text) pairs from pairs, dicts or a saved Session; plus what it knows."""
    known: dict[str, Any] = {}
    items = turns
    if hasattr(turns, "turns"):
        known = {"scenario": getattr(turns, "scenario", None),
                 "language": getattr(turns, "language", None)}
        items = turns.turns
    pairs: list[tuple[str, str]] = []
    for item in items:
        if isinstance(item, tuple | list):
            speaker, text = item[0], item[1]
        elif isinstance(item, dict):
            speaker, text = item.get("speaker"), item.get("text")
        else:
            speaker, text = getattr(item, "speaker", None), getattr(item, "text", None)
        if speaker not in ("manager", "employee"):
            raise ValueError(f"unknown speaker {speaker!r}; use 'manager' or 'employee'")
        pairs.append((str(speaker), str(text or "")))
    return pairs, known


def _language(pairs: Sequence[tuple[str, str]], language: str | None) -> str:
    if language in ("nl", "en"):
        return language
    manager = " ".join(text for speaker, text in pairs if speaker == "manager")
    return detect_language(manager or " ".join(text for _, text in pairs))


def code_turns(turns: Sequence[tuple[str, str]], language: str) -> list[CodedUtterance | None]:
    """Each manager turn coded with the employee's previous turn as context; None otherwise."""
    from simulator.scoring.conversation import CodedConversation

    return CodedConversation(language, turns).coded


def _metrics(turns: Sequence[tuple[str, str]], coded: Sequence[CodedUtterance | None]) -> Metrics:
    manager_words = sum(_words(t) for s, t in turns if s == "manager")
    all_words = sum(_words(t) for _, t in turns)
    counts = dict.fromkeys(
        ("open_question", "closed_question", "reflection", "affirmation", "defensive",
         "promise", "commitment", "advice", "appraisal"), 0)
    for item in coded:
        if item is not None:
            for code in item.codes:
                counts[code] += 1
    questions = counts["open_question"] + counts["closed_question"]
    judged = [c.reflection for c in coded if c is not None and c.reflection is not None]
    content = [q for q in judged if not q.generic]
    return Metrics(
        manager_talk_share=round(manager_words / all_words, 3) if all_words else 0.0,
        open_questions=counts["open_question"],
        closed_questions=counts["closed_question"],
        open_question_share=round(counts["open_question"] / questions, 3) if questions else None,
        reflections=counts["reflection"],
        reflection_to_question=round(counts["reflection"] / questions, 3) if questions else None,
        accurate_reflections=sum(q.accurate for q in judged),
        generic_reflections=sum(q.generic for q in judged),
        complex_reflection_share=(round(sum(q.complex for q in content) / len(content), 3)
                                  if content else None),
        affirmations=counts["affirmation"],
        defensive=counts["defensive"],
        promises=counts["promise"],
        commitments=counts["commitment"],
        advice=counts["advice"],
        appraisal=counts["appraisal"],
    )


def live_metrics(turns: list[tuple[str, str]], language: str) -> Metrics:
    """The session metrics so far, cheap enough to run after every turn."""
    pairs, _ = _turn_pairs(turns)
    lang = _language(pairs, language)
    return _metrics(pairs, code_turns(pairs, lang))


def _concrete_step(text: str, lang: str) -> bool:
    """An own step with at least two words of substance ('mijn actie' alone is not one)."""
    stop = lexicon(lang, "stop") | lexicon(lang, "vague_step_words")
    for match in (m for rule in rules_for(lang, "own_step") for m in rule.pattern.finditer(text)):
        words = [w for w in _STEP_WORD.findall(match.group().lower()) if w not in stop]
        if len(words) >= 3:  # the verb and two words of substance
            return True
    return False


def _declined(text: str, lang: str) -> bool:
    head = text.strip().lower()
    return head.startswith(tuple(lexicon(lang, "declines")))


def _manager_actions(item: CodedUtterance, agreed: bool, actions: dict[str, bool]) -> None:
    """The manager's own step, and a joint step the employee agrees to."""
    if "promise" in item.codes:
        return
    own = [e for e in item.evidence
           if e.code == "commitment" and is_rule(e.rule, "own next step")]
    # "Zullen we afspreken dat ik met de planning praat": the manager's part of a deal.
    if own or ("commitment" in item.codes and "my_part" in item.acts):
        actions["manager"] = True
    joint = [e for e in item.evidence if e.code == "commitment"
             and (is_rule(e.rule, "joint step") or is_rule(e.rule, "follow-up moment"))]
    if joint and agreed and (any(is_rule(e.rule, "joint step") for e in joint)
                             or "together" in item.acts):
        actions["together"] = True


# A reply to these agrees to nothing of the employee's own: a judgement, a defence, or a
# promise of an outcome ("dan verwacht ik dat je vrolijker bent" + "Oh." is no step).
_SHUTS_STEPS = frozenset({"appraisal", "defensive", "promise"})


def _employee_step(text: str, lang: str, acts: Sequence[str], last: Sequence[str],
                   asked: bool, imposed: bool = False) -> bool:
    """Stated in reply to the manager's question about their step (or soon after it),
    volunteered as a concrete plan, or the manager's proposal accepted; never in reply to a
    judgement, a defence or a hollow promise."""
    if imposed:
        return False
    if _concrete_step(text, lang) and (asked or "volunteered" in acts):
        return True
    if "task_proposal" in last and "accept" in acts:
        return True
    # "Jij schrijft op welke onderdelen...": a concrete task they did not turn down.
    return "directive" in last and not _declined(text, lang)


def _signal(sentence: str, lang: str) -> tuple[str, ...]:
    """Whether the employee hints at leaving or their health gives way."""
    return acts_in(sentence, lang, ("leaving_signal", "wellbeing_signal"))


def agreed_actions(
    turns: Sequence[tuple[str, str]], coded: Sequence[CodedUtterance | None], language: str
) -> Actions:
    """One action for the employee, one for the manager, one together, and a date to meet."""
    actions = {"employee": False, "manager": False, "together": False, "follow_up": False}
    lang = language if language in ("nl", "en") else "nl"
    asked_at = -10
    last_acts: tuple[str, ...] = ()
    last_judged = False
    for index, ((speaker, text), item) in enumerate(zip(turns, coded, strict=True)):
        following = next((t for s, t in turns[index + 1:] if s == "employee"), None)
        agreed = following is None or not _declined(following, lang)
        acts = item.acts if item is not None else employee_acts(text, lang)
        if speaker == "manager" and item is not None:
            last_acts = acts
            last_judged = bool(_SHUTS_STEPS & set(item.codes))
            if "step_ask" in acts:
                asked_at = index
            _manager_actions(item, agreed, actions)
        if speaker == "employee" and _employee_step(text, lang, acts, last_acts,
                                                    index - asked_at <= 3, last_judged):
            actions["employee"] = True
        # An imposed target or a vague "we'll see" agrees nothing.
        empty = item is not None and (
            "appraisal" in item.codes or "promise" in item.codes or "vague_later" in acts)
        together = speaker == "manager" and "together" in acts
        if together and agreed and not empty:
            actions["together"] = True
        # A date counts when it is tied to coming back or to looking at it together.
        back = "come_back" in acts or together
        if "follow_up_date" in acts and back and agreed and not empty:
            actions["follow_up"] = True
        if "follow_up_meeting" in acts:
            actions["follow_up"] = True
    return Actions(**actions)


def _coverage(coded: Sequence[CodedUtterance | None], extra: dict | None) -> dict[str, Any]:
    by_theme: dict[str, list[int]] = {}
    for index, item in enumerate(coded):
        if item is None:
            continue
        # A yes/no question touches a theme without exploring it.
        explores = {"open_question", "reflection"} & set(item.codes)
        if not explores:
            continue
        for theme in item.themes:
            by_theme.setdefault(theme, []).append(index)
    explored = [t for t in THEMES if t in by_theme]
    coverage: dict[str, Any] = {
        "explored": explored,
        "missed": [t for t in THEMES if t not in by_theme],
        "by_theme": {t: by_theme[t] for t in explored},
    }
    if extra:
        coverage.update(extra)
    return coverage


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


def dimensions(
    metrics: Metrics, explored: int, actions: Actions, language: str,
    rubric: Rubric | None = None, manager_turns: int | None = None,
    disclosures: Disclosures | None = None,
) -> list[dict[str, Any]]:
    """Each rubric dimension scored 0..100 against its target, with its weight.

    With `manager_turns` below FULL_EVIDENCE_TURNS the behaviour dimensions are scaled by
    manager_turns / FULL_EVIDENCE_TURNS: too short a conversation shows too little.
    """
    weights = dict(DEFAULT_WEIGHTS)
    if rubric is not None:
        weights.update(rubric.weights)
    share = metrics.manager_talk_share
    span = TALK_SHARE_BAD - TALK_SHARE_GOOD
    listening = 100.0 * min(1.0, max(0.0, (TALK_SHARE_BAD - share) / span))
    listening = max(0.0, listening - 10.0 * metrics.advice)
    open_share = metrics.open_question_share
    open_score = 0.0 if open_share is None else 100.0 * min(1.0, open_share / OPEN_SHARE_TARGET)
    reflect = _reflection_score(metrics)
    done = sum(actions.model_dump().values())
    flagged = metrics.defensive + metrics.appraisal
    rows = {
        "listening": (listening, share),
        "open_questions": (open_score, open_share),
        "reflections": (reflect, metrics.reflection_to_question),
        "coverage": (100.0 * min(1.0, explored / THEMES_TARGET), explored),
        "no_defence": (_halving(flagged), flagged),
        "no_promises": (_halving(metrics.promises), metrics.promises),
        "actions": (25.0 * done, done),
    }
    learned = learned_score(disclosures)
    if learned is not None and disclosures is not None:
        rows["learned"] = (learned, round(learned_share(disclosures), 3))
    lang = language if language in LABELS else "nl"
    evidence = 1.0
    if manager_turns is not None:
        evidence = min(1.0, manager_turns / FULL_EVIDENCE_TURNS)
    short_note = ""
    if evidence < 1.0:
        short_note = (
            f" (kort gesprek: telt voor {manager_turns}/{FULL_EVIDENCE_TURNS})"
            if lang == "nl"
            else f" (short conversation: counts {manager_turns}/{FULL_EVIDENCE_TURNS})"
        )
    for name in BEHAVIOUR_DIMENSIONS:
        rows[name] = (rows[name][0] * evidence, rows[name][1])
    return [
        {
            "name": name,
            "label": LABELS[lang][name],
            "score": round(rows[name][0]),
            "target": 100,
            "goal": GOALS[lang][name],
            "value": rows[name][1],
            "shown": _shown(name, rows[name][1], metrics, lang)
            + (short_note if name in BEHAVIOUR_DIMENSIONS else ""),
            "focus": FOCUS[lang][name],
            "weight": weights[name],
        }
        for name in DIMENSIONS if name in rows
    ]


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


def weighted_score(dims: Sequence[dict[str, Any]]) -> int:
    total = sum(float(d["weight"]) for d in dims)
    if total <= 0:
        return 0
    return round(sum(float(d["score"]) * float(d["weight"]) for d in dims) / total)


def _findings(
    turns: Sequence[tuple[str, str]], coded: Sequence[CodedUtterance | None], language: str
) -> list[Finding]:
    findings: list[Finding] = []
    used: set[str] = set()
    prev: str | None = None
    # The stay-interview questions already asked are never suggested again.
    asked = asked_questions((text for speaker, text in turns if speaker == "manager"), language)
    for index, ((speaker, text), item) in enumerate(zip(turns, coded, strict=True)):
        if speaker == "employee" or item is None:
            prev = text
            continue
        missed = _missed_signal(prev, item, language)
        if missed:
            sentence = _first_sentence(text)
            findings.append(Finding(turn=index, code="missed_signal", quote=sentence,
                                    tip=missed_signal_tip(missed, language)))
        for code in item.codes:
            if code not in FINDING_CODES:
                continue
            if code == "closed_question" and {"open_question", "commitment"} & set(item.codes):
                continue
            if code == "closed_question" and any(
                e.code == code and is_rule(e.rule, TENTATIVE_CHECK) for e in item.evidence
            ):
                continue  # a reflection offered as a question: good practice, not a finding
            quote = next((e.span for e in item.evidence if e.code == code), text)
            # Quote the whole sentence the evidence sits in, so the finding reads on its own.
            sentence = _sentence_of(text, quote, item, code)
            acts = acts_in(sentence, language, ("directive", "check"))
            if code == "closed_question" and (
                "directive" in acts or ("reflection" in item.codes and "check" in acts)
            ):
                # A proposed task, or "Klopt dat?" after a summary: good practice, no fault.
                continue
            # No two findings carry the same tip: take the best one not given yet.
            options = tip_options(code, language, sentence, prev, asked=asked) or [""]
            quoted = quote_for_tip(sentence, language)

            def key(option: str, quoted: str = quoted) -> str:
                return option.replace(quoted, "")  # the advice itself, not the quote

            tip = next((o for o in options if key(o) not in used), options[-1])
            used.add(key(tip))
            findings.append(Finding(turn=index, code=code, quote=sentence, tip=tip))
    return findings


_SHUT = NEGATIVE


def _missed_signal(prev: str | None, item: CodedUtterance, lang: str) -> str:
    """The employee's sentence with a leaving signal the manager's turn does not explore."""
    if not prev:
        return ""
    from simulator.scoring.coder import sentences

    said = next((prev[a:b] for a, b in sentences(prev) if _signal(prev[a:b], lang)), "")
    if not said:
        return ""
    codes = set(item.codes)
    explored = "reflection" in codes or ("open_question" in codes and not _SHUT & codes)
    return "" if explored else said


def missed_signal_tip(said: str, lang: str) -> str:
    """What to do when the employee hints at leaving: take it up, don't pass it by."""
    quoted = quote_for_tip(said, lang)
    if _signal(said, lang) == ("wellbeing_signal",):
        if lang == "nl":
            return (f"De medewerker gaf een signaal: {quoted} Ga er niet aan voorbij; geef het "
                    "terug en vraag door: „Dat klinkt zwaar. Hoe gaat het echt met je?”")
        return (f"The employee gave a signal: {quoted} Don't pass it by; reflect it and ask on: "
                "“That sounds hard. How are you really doing?”")
    if lang == "nl":
        return (f"De medewerker gaf een signaal: {quoted} Ga er niet aan voorbij; geef het terug "
                "en vraag door: „Je denkt erover om weg te gaan. Wat maakt dat je dat "
                "overweegt?”")
    return (f"The employee gave a signal: {quoted} Don't pass it by; reflect it and ask on: "
            "“You're thinking about leaving. What makes you consider it?”")


def _first_sentence(text: str) -> str:
    from simulator.scoring.coder import sentences

    spans = sentences(text)
    return text[spans[0][0]:spans[0][1]] if spans else text


def _sentence_of(text: str, quote: str, item: CodedUtterance, code: str) -> str:
    from simulator.scoring.coder import sentences

    ev = next((e for e in item.evidence if e.code == code), None)
    if ev is None:
        return quote
    for start, end in sentences(text):
        if start <= ev.start < end:
            return text[start:end]
    return quote


def build_scorecard(
    turns: Any,
    language: str | None = None,
    scenario: str | None = None,
    rubric: Rubric | None = None,
    disclosures: Disclosures | None = None,
    coverage_extra: dict | None = None,
) -> Scorecard:
    """The scorecard of a conversation: (speaker, text) pairs in order, or a saved Session."""
    pairs, known = _turn_pairs(turns)
    language = language or known.get("language")
    scenario = scenario if scenario is not None else known.get("scenario")
    lang = _language(pairs, language)
    coded = code_turns(pairs, lang)
    metrics = _metrics(pairs, coded)
    coverage = _coverage(coded, coverage_extra)
    actions = agreed_actions(pairs, coded, lang)
    manager_turns = sum(1 for s, _ in pairs if s == "manager")
    dims = dimensions(
        metrics, len(coverage["explored"]), actions, lang, rubric, manager_turns=manager_turns,
        disclosures=disclosures,
    )
    score = weighted_score(dims) if manager_turns else 0
    rules = rubric if rubric is not None else Rubric()
    blockers = pass_blockers(score, rules.pass_score, metrics, actions, manager_turns, lang)
    if not learned_enough(disclosures, rules.pass_needs):
        blockers.append(LEARNED_TOO_LITTLE[lang][rules.pass_needs])
    pass_score = rules.pass_score
    return Scorecard(
        scenario=scenario,
        language=lang,
        score=score,
        metrics=metrics,
        coverage=coverage,
        actions=actions,
        findings=_findings(pairs, coded, lang),
        disclosures=disclosures,
        transcript=[
            TranscriptLine(speaker=s, text=t, codes=list(c.codes) if c else [])
            for (s, t), c in zip(pairs, coded, strict=True)
        ],
        dimensions=dims,
        pass_score=pass_score,
        passed=not blockers,
        pass_blockers=blockers,
        actions_help=ACTIONS_HELP[lang],
    )


# A stay interview is for learning what keeps someone and what could make them go.
LEARNED_TOO_LITTLE = {
    "nl": {
        "half_facts_or_leave": "je kwam minder dan de helft te weten van wat er speelt, en niet "
        "wat de medewerker zou doen vertrekken",
        "half_facts": "je kwam minder dan de helft te weten van wat er speelt",
        "leave": "je kwam niet te weten wat de medewerker zou doen vertrekken",
    },
    "en": {
        "half_facts_or_leave": "you learned less than half of what is going on, and not what "
        "might make them leave",
        "half_facts": "you learned less than half of what is going on",
        "leave": "you did not learn what might make them leave",
    },
}

# Listening more than you talk is the source's first rule: past this share no session passes.
MAX_TALK_SHARE_TO_PASS = 0.6


def pass_blockers(
    score: int, pass_score: int, metrics: Metrics, actions: Actions, manager_turns: int,
    language: str,
) -> list[str]:
    """Why the session does not pass yet, in the session language; empty when it passes.

    Besides the pass mark, the source's hard rules: no promise you cannot keep, and a
    conversation that ends concretely (at least two of the four agreements).
    """
    nl = language == "nl"
    reasons: list[str] = []
    if score < pass_score:
        reasons.append(
            f"score {score} ligt onder de grens van {pass_score}" if nl
            else f"score {score} is below the pass mark of {pass_score}"
        )
    if manager_turns < FULL_EVIDENCE_TURNS:
        reasons.append(
            f"te kort gesprek: {manager_turns} {'beurt' if manager_turns == 1 else 'beurten'} "
            f"van jou, minstens {FULL_EVIDENCE_TURNS}"
            if nl
            else f"too short: {manager_turns} {'turn' if manager_turns == 1 else 'turns'} of "
            f"yours, at least {FULL_EVIDENCE_TURNS}"
        )
    if metrics.manager_talk_share > MAX_TALK_SHARE_TO_PASS:
        share = round(100 * metrics.manager_talk_share)
        limit = round(100 * MAX_TALK_SHARE_TO_PASS)
        reasons.append(
            f"je sprak {share}% van de woorden; laat de medewerker meer aan het woord "
            f"(hoogstens {limit}%)" if nl
            else f"you spoke {share}% of the words; let the employee talk more (at most {limit}%)"
        )
    if metrics.promises:
        reasons.append(
            "een belofte die je niet zelf kunt waarmaken" if nl
            else "a promise you cannot keep yourself"
        )
    done = sum(actions.model_dump().values())
    if done < MIN_ACTIONS_TO_PASS:
        reasons.append(
            f"{done} van 4 afspraken; maak het concreet (minstens {MIN_ACTIONS_TO_PASS})" if nl
            else f"{done} of 4 agreements; make it concrete (at least {MIN_ACTIONS_TO_PASS})"
        )
    return reasons


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"

