"""The rule book: rules per language as data (rules/nl.yaml, en.yaml), compiled once."""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from re import Pattern
from typing import Any

from simulator.scoring.codes import CODES

RULES_DIR = Path(__file__).parent / "rules"
LANGS = ("nl", "en")
SCOPES = ("turn", "employee", "both", "sentence")
# Every act a rule may name, with what it means; readers ask for acts by these names.
ACTS: dict[str, str] = {
    # Within the coder's procedure, sentence by sentence.
    "closing": "closing the talk: neither a step nor a question",
    "framing": "welcome and framing talk: neither a reflection nor praise",
    "unmarked_question": "a question typed without a question mark",
    "stated_question": "a question said as a statement ('Vertel eens ...')",
    "pseudo_cleft": "'Wat je mist is ...': a statement, not a question",
    "wh_verb": "a question word followed closely by a verb or 'you'",
    "excuse_question": "'Hoe kan dat?': an excuse asked for, after a reproach",
    "aux_start": "a clause that starts with a verb or auxiliary",
    "first_person_start": "a sentence that starts with the manager's own view",
    "first_person": "the manager or 'we' take part",
    "second_person_start": "a sentence that starts with 'you'",
    "second_person": "a sentence about the other person",
    "obligation": "an advice span that is only 'je moet' / 'you have to'",
    "summary": "sums up what was told: a reflection, whatever dates or 'je krijgt' it names",
    # Read by the director and the scorecard on the manager's turn.
    "vague_later": "a vague 'we'll see' about later: no moment",
    "follow_up_date": "a date or term named",
    "directive": "a task handed to the employee",
    "wrap_up": "rounding the conversation off",
    "step_ask": "asks for the employee's own step",
    "proposal": "proposes something to agree to ('Zullen we ...?')",
    "task_proposal": "puts a task of theirs up for their yes",
    "check": "only checks a reflection ('Klopt dat?')",
    "consent": "asks whether what the manager proposes is all right ('Is dat goed?')",
    "anything_else": "invites anything not yet said",
    "imposed_target": "a target imposed on the employee",
    "opinion_check": "asks whether they share the manager's view",
    "money": "names pay or money",
    "follow_up": "refers back to what was just said",
    "deepen": "asks for more on what was just told",
    "promised": "promise words ('beloof', 'ik zorg dat')",
    "reproach": "a fault pinned on them as a habit, or gossip as fact",
    "kind_always": "'je bent altijd welkom': an offer, not a reproach",
    "announce": "announces a question ('Ik ga het gewoon vragen')",
    "lukewarm": "the employee's lukewarm words taken up ('gaat wel')",
    "burden": "names something that weighs",
    "small_talk": "greetings and chit-chat",
    "together": "a step taken together",
    "come_back": "coming back to it later",
    "my_part": "the manager's own part of a deal",
    "speaker": "the manager speaks of themself: a commitment there is their own step",
    "own_plan": "the manager says what they will do ('ik ga', 'I'll'), not where they will be",
    "wish": "what the employee wants or needs from the manager, given back",
    "own_meeting": "the manager sees to a meeting or time of their own or with the employee",
    "outcome_named": "an outcome not in the manager's hands named (pay, a role, a contract)",
    "pledge": "an outcome not in the manager's hands vowed ('I'll sort the promotion')",
    "thanks": "thanks or appreciation for what was told: the sentence after it is read alone",
    "follow_up_meeting": "a follow-up meeting named",
    # Read on the employee's turns.
    "accept": "the employee agrees",
    "own_step": "the employee names a step of their own",
    "volunteered": "the employee volunteers a plan",
    "leaving_signal": "the employee hints at leaving",
    "wellbeing_signal": "the employee's health gives way",
    "wellbeing_check": "the manager asks how the employee is ('Hoe gaat het echt met je?')",
}
_FRAGMENT = re.compile(r"\{\{(\w+)\}\}")


class RuleBookError(ValueError):
    """A rule file that does not validate; the message names the file and the rule."""


@dataclass(frozen=True)
class Rule:
    """One rule: a pattern that says the utterance does `code` or `act`."""

    id: str
    kind: str  # "code" or "act"
    name: str  # the code or the act
    pattern: Pattern[str]
    precedence: int
    scope: str
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]


@dataclass(frozen=True)
class Book:
    """One language's rules, derived evidence ids and lexicon."""

    lang: str
    rules: dict[str, Rule]
    derived: dict[str, tuple[str, ...]]
    lexicon: dict[str, Any]

    def by_name(self, name: str) -> list[Rule]:
        return sorted((r for r in self.rules.values() if r.name == name),
                      key=lambda r: r.precedence)


# A line that ends in a word and a next line that starts with one or with a bracket ("have i" /
# "got it", "jou" / ")?") join into one word: a line is broken at a "|" or after an escape such
# as "\b", never where a space belongs.
_GLUED = re.compile(r"(?<!\\)[^\W\d_]\n(?:[^\W\d_]|[()])")


def _join(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RuleBookError(f"{where}: needs a pattern")
    glued = _GLUED.search(value)
    if glued:
        raise RuleBookError(f"{where}: a line break joins two words ({glued.group()!r}); "
                            "break the line at a '|'")
    # Long regexes are written over several lines; the lines join without a separator.
    return "".join(line.strip("\n") for line in value.split("\n"))


def _expand(pattern: str, fragments: dict[str, str], where: str) -> str:
    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in fragments:
            raise RuleBookError(f"{where}: unknown fragment {{{{{name}}}}}")
        return fragments[name]

    return _FRAGMENT.sub(fill, pattern)


def _compile(pattern: str, where: str) -> Pattern[str]:
    from simulator.scoring.gate import Gated

    try:
        # Gated: the regex only runs where one of the literals it needs occurs (same result).
        return Gated(re.compile(pattern, re.IGNORECASE))  # type: ignore[return-value]
    except re.error as exc:
        raise RuleBookError(f"{where}: pattern does not compile: {exc}") from None


def _texts(raw: dict, key: str, least: int, where: str) -> tuple[str, ...]:
    items = raw.get(key) or []
    if not isinstance(items, list) or len(items) < least or not all(
            isinstance(i, str) and i.strip() for i in items):
        raise RuleBookError(f"{where}: needs at least {least} {key.replace('_', '-')}")
    return tuple(items)


def _rule(raw: Any, lang: str, fragments: dict[str, str], where: str) -> Rule:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise RuleBookError(f"{where}: a rule needs an id")
    rid = raw["id"]
    where = f"{where}: rule {rid}"
    if not rid.startswith(lang + "."):
        raise RuleBookError(f"{where}: the id must start with '{lang}.'")
    if ("code" in raw) == ("act" in raw):
        raise RuleBookError(f"{where}: give either a code or an act")
    kind = "code" if "code" in raw else "act"
    name = raw[kind]
    if kind == "code" and name not in CODES:
        raise RuleBookError(f"{where}: unknown code {name!r}")
    if kind == "act" and name not in ACTS:
        raise RuleBookError(f"{where}: unknown act {name!r}")
    scope = raw.get("scope", "sentence")
    if scope not in SCOPES:
        raise RuleBookError(f"{where}: unknown scope {scope!r}")
    if not isinstance(raw.get("precedence"), int):
        raise RuleBookError(f"{where}: needs an integer precedence")
    pattern = _compile(_expand(_join(raw.get("pattern"), where), fragments, where), where)
    return Rule(rid, kind, name, pattern, raw["precedence"], scope,
                _texts(raw, "examples", 2, where), _texts(raw, "counter_examples", 1, where))


def parse(data: Any, lang: str, source: str) -> Book:
    """A validated rule book from the parsed YAML of one language."""
    if not isinstance(data, dict) or data.get("lang") != lang:
        raise RuleBookError(f"{source}: expected a mapping with 'lang: {lang}'")
    fragments: dict[str, str] = {}
    for name, text in (data.get("fragments") or {}).items():
        # A fragment may use the fragments written above it.
        where = f"{source}: fragment {name}"
        fragments[name] = _expand(_join(text, where), fragments, where)
    rules: dict[str, Rule] = {}
    for raw in data.get("rules") or []:
        rule = _rule(raw, lang, fragments, source)
        if rule.id in rules:
            raise RuleBookError(f"{source}: rule {rule.id}: duplicate id")
        rules[rule.id] = rule
    derived: dict[str, tuple[str, ...]] = {}
    for raw in data.get("derived") or []:
        did = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(did, str) or did in rules or did in derived:
            raise RuleBookError(f"{source}: derived id {did!r} is missing or not unique")
        unknown = [r for r in raw.get("from") or [] if r not in rules]
        if unknown:
            raise RuleBookError(f"{source}: derived {did}: unknown rules {unknown}")
        if did.split(".")[1] not in CODES:
            raise RuleBookError(f"{source}: derived {did}: unknown code")
        derived[did] = tuple(raw.get("from") or [])
    lexicon: dict[str, Any] = {}
    for name, value in (data.get("lexicon") or {}).items():
        where = f"{source}: lexicon {name}"
        lexicon[name] = (frozenset(value) if isinstance(value, list)
                         else _compile(_join(value, where), where))
    return Book(lang, rules, derived, lexicon)


def _yaml_load(text: str) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader


@cache
def book(lang: str) -> Book:
    """The rule book of a language, read and compiled on first use."""
    if lang not in LANGS:
        raise KeyError(f"no rule book for language {lang!r}")
    path = RULES_DIR / f"{lang}.yaml"
    return parse(_yaml_load(path.read_text(encoding="utf-8")), lang, str(path))


def rule(lang: str, rule_id: str) -> Rule:
    """One rule by its id."""
    try:
        return book(lang).rules[rule_id]
    except KeyError:
        raise KeyError(f"no rule {rule_id!r} in the {lang} rule book") from None


def pattern(lang: str, rule_id: str) -> Pattern[str]:
    """The compiled pattern of one rule."""
    return rule(lang, rule_id).pattern


def rules_for(lang: str, code_or_act: str) -> list[Rule]:
    """The rules of a code or act, in order of precedence."""
    return book(lang).by_name(code_or_act)


def lexicon(lang: str, name: str) -> Any:
    """A shared vocabulary: a frozenset of words, or a compiled pattern."""
    return book(lang).lexicon[name]


def evidence_ids(lang: str) -> frozenset[str]:
    """Every id a piece of the rule layer's evidence may carry."""
    one = book(lang)
    return frozenset(r.id for r in one.rules.values() if r.kind == "code") | frozenset(one.derived)
