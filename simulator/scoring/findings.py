"""Findings: faults in the manager's turns, missed signals, and a tip for each."""

from collections.abc import Iterable, Sequence

from simulator.domain.scorecard import Finding
from simulator.scoring.acts import acts_in
from simulator.scoring.coder import TENTATIVE_CHECK, CodedUtterance, sentences
from simulator.scoring.codes import NEGATIVE
from simulator.scoring.rules import is_rule
from simulator.scoring.signals import WEAK_TO_FLAG, follows_up, takes_up, weak_signal
from simulator.scoring.tips import (
    TipChoice,
    asked_questions,
    mirrored,
    quote_for_tip,
    tip_choices,
)
from simulator.scoring.words import sentence_at, tokens

FINDING_CODES = ("defensive", "promise", "appraisal", "advice", "closed_question")
_SHUT = NEGATIVE


def findings(
    turns: Sequence[tuple[str, str]], coded: Sequence[CodedUtterance | None], language: str
) -> list[Finding]:
    """Each fault in the manager's turns, quoted by its sentence, with a tip to try instead."""
    found: list[Finding] = []
    prev: str | None = None
    # The stay-interview questions already asked are never suggested again.
    tips = TipPicker(language, (text for speaker, text in turns if speaker == "manager"))
    weak = 0  # weak signals ("Weet ik niet.", "Tja.") passed by so far
    formulas = 0  # reflections that fit any story, quoted so far
    for index, ((speaker, text), item) in enumerate(zip(turns, coded, strict=True)):
        if speaker == "employee" or item is None:
            prev = text
            continue
        if prev and weak_signal(prev) and not follows_up(item):
            weak += 1
            if weak == WEAK_TO_FLAG:
                found.append(_finding(index, "weak_signal", prev.strip(),
                                      weak_signal_choice(prev), language))
        missed = _missed_signal(prev, item, language)
        if missed:
            found.append(_finding(index, "missed_signal", _first_sentence(text),
                                  missed_signal_choice(missed, language), language))
        if formulas < MOST_FORMULAS and _is_formula(item, prev):
            formulas += 1
            found.append(_finding(index, "formula_reflection", _formula_sentence(item),
                                  formula_choice(item, prev, language), language))
        for code in item.codes:
            sentence = _fault_sentence(code, item, text, language)
            if sentence is not None:
                found.append(_finding(index, code, sentence, tips.pick(code, sentence, prev),
                                      language))
    return found


def _finding(turn: int, code: str, quote: str, tip: TipChoice | None, lang: str) -> Finding:
    """A finding keeps its tip's id and values; its sentence is written out in `lang`."""
    if tip is None:
        return Finding(turn=turn, code=code, quote=quote)
    return Finding(turn=turn, code=code, quote=quote, tip=tip.text(lang), tip_id=tip.id,
                   values=tip.values)


class TipPicker:
    """Tips for the findings of one conversation: no two findings carry the same tip."""
    def __init__(self, language: str, manager_turns: Iterable[str]) -> None:
        self.language = language
        self.asked = asked_questions(manager_turns, language)
        self.used: set[str] = set()
        self.given: set[str] = set()  # each question and reflection suggested so far

    def pick(self, code: str, sentence: str, prev: str | None) -> TipChoice | None:
        """The best tip for this finding not given yet (else the last option), and where it
        can be one that repeats none of the questions and reflections suggested before."""
        options = tip_choices(code, self.language, sentence, prev, asked=self.asked)
        if not options:
            return None

        def key(option: TipChoice) -> str:
            # The advice itself, not the quote.
            advice = {k: v for k, v in option.values.items() if k != "quote"}
            return option.id.removesuffix(".quoted") + repr(sorted(advice.items()))

        fresh = [o for o in options if key(o) not in self.used] or options[-1:]
        # Nor a question or reflection another finding suggested, while an option has none.
        tip = next((o for o in fresh if not o.advice() & self.given), fresh[0])
        self.used.add(key(tip))
        self.given |= tip.advice()
        return tip


def _fault_sentence(code: str, item: CodedUtterance, text: str, language: str) -> str | None:
    """The sentence that shows this code as a fault, or None when it is none here."""
    if code not in FINDING_CODES:
        return None
    if code == "closed_question" and {"open_question", "commitment"} & set(item.codes):
        return None
    if code == "closed_question" and any(
        e.code == code and is_rule(e.rule, TENTATIVE_CHECK) for e in item.evidence
    ):
        return None  # a reflection offered as a question: good practice, not a finding
    quote = next((e.span for e in item.evidence if e.code == code), text)
    # Quote the whole sentence the evidence sits in, so the finding reads on its own.
    sentence = _sentence_of(text, quote, item, code)
    if code == "closed_question" and set(tokens(sentence)) <= _ASKS_AGREEMENT and (
            {"promise", "appraisal", "advice"} & set(item.codes)):
        return None  # "Deal?", "Akkoord?" after a promise or a target: that is the finding
    if code == "closed_question":
        acts = acts_in(sentence, language, ("directive", "check", "consent"))
        # Asking whether it is all right ("Is dat goed?") after framing the talk or proposing
        # a step; a proposed task; "Klopt dat?" after a summary: good practice, no fault.
        offered = "commitment" in item.codes or bool(_OFFERS & set(item.acts))
        if ("directive" in acts or ("consent" in acts and offered)
                or ("reflection" in item.codes and "check" in acts)):
            return None
    return sentence


# The words of a bare request for agreement ("Deal?", "Akkoord?", "Afgesproken?").
_ASKS_AGREEMENT = frozenset({"deal", "akkoord", "afgesproken", "agreed", "ok", "oké", "okay",
                             "goed", "right"})
# What a turn offers that "Is dat goed?" may ask their agreement to: the frame of the talk
# (in an opening with a greeting), a proposal, a task, a step together.
_OFFERS = frozenset({"framing", "small_talk", "proposal", "directive", "task_proposal",
                     "together"})


def _signal(sentence: str, lang: str) -> tuple[str, ...]:
    """Whether the employee hints at leaving or their health gives way."""
    return acts_in(sentence, lang, ("leaving_signal", "wellbeing_signal"))


def _missed_signal(prev: str | None, item: CodedUtterance, lang: str) -> str:
    """The employee's sentence with a leaving signal the manager's turn does not explore."""
    if not prev:
        return ""
    said, signals = next(((prev[a:b], found) for a, b in sentences(prev)
                          if (found := _signal(prev[a:b], lang))), ("", ()))
    if not said:
        return ""
    # Explored only by a reflection of it or a question on it (or, for a hint at leaving, on
    # leaving itself); any open question on something else passes it by, and a question on
    # leaving passes by their health giving way.
    on_leaving = "leaving_signal" in signals and "leave" in item.themes and bool(
        {"open_question", "closed_question", "reflection"} & set(item.codes))
    # How they are: a turn that asks how they are stays with them ("How are you really doing?").
    with_them = "wellbeing_signal" in signals and bool(
        acts_in(item.text, lang, ("wellbeing_check",)))
    explored = not _SHUT & set(item.codes) and (
        takes_up(item, said, prev) or on_leaving or with_them)
    return "" if explored else said


# A reflection that fits any story ("Dat klinkt alsof dat belangrijk voor je is") is quoted
# with a tip the first few times: enough to show the habit, not a list of every one.
MOST_FORMULAS = 2


def _is_formula(item: CodedUtterance, prev: str | None) -> bool:
    """A turn whose only listening is a reflection that fits any story: no question beside it
    (a formula as a bridge to a real question is a lesser fault than one left standing), after
    a turn that told something ("Tja." or a question leaves nothing to give back), and not
    their own word given back ("You're frustrated." after "I'm really frustrated ...")."""
    from simulator.scoring.words import content_stems

    quality = item.reflection
    if (quality is None or not quality.generic or "reflection" not in item.codes
            or {"open_question", "closed_question"} & set(item.codes)):
        return False
    if not prev or weak_signal(prev) or prev.rstrip().endswith("?"):
        return False
    return not content_stems(item.text, item.lang) & content_stems(prev, item.lang)


def _formula_sentence(item: CodedUtterance) -> str:
    """The sentence of a turn's reflection, as a finding on it quotes it."""
    return _sentence_of(item.text, item.text, item, "reflection")


def formula_choice(item: CodedUtterance, prev: str | None, lang: str) -> TipChoice:
    """What to say instead of the formula in `item`, quoting its sentence: their own words
    given back, where there are some."""
    values = {"quote": quote_for_tip(_formula_sentence(item))}
    given = mirrored(prev, lang)
    if not given:
        return TipChoice("formula_reflection", values)
    return TipChoice("formula_reflection.mirror", {**values, "reflection": given})


def weak_signal_choice(said: str) -> TipChoice:
    """What to do with a hedge like "Tja.": ask what is behind it, in their own word."""
    word = said.strip().rstrip(".!?…").lower()
    return TipChoice("weak_signal", {"quote": quote_for_tip(said), "word": word})


def missed_signal_choice(said: str, lang: str) -> TipChoice:
    """What to do when the employee hints at leaving: take it up, don't pass it by."""
    kind = "wellbeing" if _signal(said, lang) == ("wellbeing_signal",) else "leave"
    return TipChoice(f"missed_signal.{kind}", {"quote": quote_for_tip(said)})


def missed_signal_tip(said: str, lang: str) -> str:
    """The missed-signal tip's sentence, in `lang`."""
    return missed_signal_choice(said, lang).text(lang)


def _first_sentence(text: str) -> str:
    spans = sentences(text)
    return text[spans[0][0]:spans[0][1]] if spans else text


def _sentence_of(text: str, quote: str, item: CodedUtterance, code: str) -> str:
    ev = next((e for e in item.evidence if e.code == code), None)
    found = None if ev is None else sentence_at(text, ev.start)
    return quote if found is None else found

