"""Agreed actions: a step for the employee, one for the manager, one together, and a date."""

import re
from collections.abc import Sequence

from simulator.domain.scorecard import Actions
from simulator.language import LANGS
from simulator.locale.words import actions_help
from simulator.scoring.acts import acts_in, employee_acts
from simulator.scoring.coder import CodedUtterance, sentences
from simulator.scoring.rulebook import lexicon, pattern, rules_for
from simulator.scoring.rules import is_rule
from simulator.scoring.words import sentence_at

# What counts as each agreed action, so the trainee knows how to earn the tick.
ACTIONS_HELP = {lang: actions_help(lang) for lang in LANGS}

_STEP_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'-]+", re.IGNORECASE)


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
    # A keepable step in a sentence where the manager speaks of themself: the rule's own next
    # step, or a commitment the model found there ("Ik zet onze één-op-één vast").
    # So is a date in a sentence that says what the manager will do ("Ik ga donderdag naar de
    # directie met de lijst"; "Ik ben donderdag vrij" is no step).
    own = [e for e in item.evidence if e.code == "commitment" and (
        is_rule(e.rule, "own next step") or (
            e.rule.startswith("model: ") and acts_in(e.span, item.lang, ("speaker",))) or (
            is_rule(e.rule, "follow-up moment")
            and acts_in(sentence_at(item.text, e.start) or item.text, item.lang,
                        ("own_plan",))))]
    # "Zullen we afspreken dat ik met de planning praat": the manager's part of a deal.
    if own or ("commitment" in item.codes and "my_part" in item.acts):
        actions["manager"] = True
    joint = [e for e in item.evidence if e.code == "commitment"
             and (is_rule(e.rule, "joint step") or is_rule(e.rule, "follow-up moment"))]
    if joint and agreed and (any(is_rule(e.rule, "joint step") for e in joint)
                             or "together" in item.acts):
        actions["together"] = True


def _proposes_a_joint_step(item: CodedUtterance | None) -> bool:
    """Whether the manager proposes a step they take with the employee ("Zullen we ...",
    "Let's ..."): the rule book's joint step, with a date or without (with one, its evidence
    is the follow-up moment, on the same words)."""
    if item is None:
        return False
    joint = pattern(item.lang, f"{item.lang}.commitment.joint-step")
    return any(e.code == "commitment" and (
        is_rule(e.rule, "joint step")
        or (is_rule(e.rule, "follow-up moment") and joint.match(e.span) is not None))
        for e in item.evidence)


# "We" taking the step: what makes a wish given back an offer as well.
_WE_WILL = {"nl": re.compile(r"\b(?:gaan|zullen|doen|pakken) we\b|\bwe (?:gaan|zullen)\b", re.I),
            "en": re.compile(r"\b(?:we'll|we will|we're going to|let's|let us)\b", re.I)}


def _offers_together(item: CodedUtterance | None) -> bool:
    """Whether a step together is offered, not only their wish for one given back ("En jij
    wil dat we samen kiezen." is a reflection): a sentence with the act that is no reflection,
    or that commits as well."""
    if item is None:
        return False
    for start, end in sentences(item.text):
        if not acts_in(item.text[start:end], item.lang, ("together",)):
            continue
        here = {e.code for e in item.evidence if start <= e.start < end}
        if ("reflection" not in here or "commitment" in here
                or _WE_WILL[item.lang].search(item.text[start:end])):
            return True  # "Je wilt samen kiezen, dan gaan we dat samen doen.": offered
    return False


# A reply to these agrees to nothing of the employee's own: a judgement, a defence, or a
# promise of an outcome ("dan verwacht ik dat je vrolijker bent" + "Oh." is no step).
_SHUTS_STEPS = frozenset({"appraisal", "defensive", "promise"})
# What an employee's turn can add to the actions: agreeing, a step of their own, a date.
_EMPLOYEE_ACTS = ("accept", "volunteered", "come_back", "follow_up_date", "follow_up_meeting")


def _employee_step(text: str, lang: str, acts: Sequence[str], last: Sequence[str],
                   asked: bool, imposed: bool = False) -> bool:
    """Stated in reply to the manager's question about their step (or soon after it),
    volunteered as a concrete plan, or the manager's proposal accepted; never in reply to a
    judgement, a defence or a hollow promise."""
    if imposed:
        return False
    if (asked or "volunteered" in acts) and _concrete_step(text, lang):
        return True
    if "task_proposal" in last and "accept" in acts:
        return True
    # "Jij schrijft op welke onderdelen...": a concrete task they did not turn down.
    return "directive" in last and not _declined(text, lang)


def _next_replies(turns: Sequence[tuple[str, str]]) -> list[str | None]:
    """For each turn, the employee's next turn after it (None after their last one): one pass
    from the end, so a long transcript is read once."""
    out: list[str | None] = []
    following: str | None = None
    for speaker, text in reversed(turns):
        out.append(following)
        if speaker == "employee":
            following = text
    return out[::-1]


def agreed_actions(
    turns: Sequence[tuple[str, str]], coded: Sequence[CodedUtterance | None], language: str
) -> Actions:
    """One action for the employee, one for the manager, one together, and a date to meet."""
    actions = {"employee": False, "manager": False, "together": False, "follow_up": False}
    lang = language if language in ("nl", "en") else "nl"
    asked_at = -10
    last_acts: tuple[str, ...] = ()
    last_judged = False
    replies = _next_replies(turns)
    for index, ((speaker, text), item) in enumerate(zip(turns, coded, strict=True)):
        following = replies[index]
        agreed = following is None or not _declined(following, lang)
        acts = item.acts if item is not None else employee_acts(text, lang, _EMPLOYEE_ACTS)
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
        together = speaker == "manager" and "together" in acts and _offers_together(item)
        if together and agreed and not empty:
            actions["together"] = True
        # A date counts when it is tied to coming back, to looking at it together, or to a
        # step proposed together ("Zullen we over twee weken kijken wat het heeft opgeleverd?").
        back = "come_back" in acts or together or _proposes_a_joint_step(item)
        if "follow_up_date" in acts and back and agreed and not empty:
            actions["follow_up"] = True
        if "follow_up_meeting" in acts:
            actions["follow_up"] = True
    return Actions(**actions)

