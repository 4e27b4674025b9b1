"""Findings: faults in the manager's turns, missed signals, and a tip for each."""

from collections.abc import Iterable, Sequence

from simulator.domain.scorecard import Finding
from simulator.scoring.acts import acts_in
from simulator.scoring.coder import TENTATIVE_CHECK, CodedUtterance, sentences
from simulator.scoring.codes import NEGATIVE
from simulator.scoring.rules import is_rule
from simulator.scoring.signals import WEAK_TO_FLAG, follows_up, takes_up, weak_signal
from simulator.scoring.tips import asked_questions, quote_for_tip, tip_options

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
    for index, ((speaker, text), item) in enumerate(zip(turns, coded, strict=True)):
        if speaker == "employee" or item is None:
            prev = text
            continue
        if prev and weak_signal(prev) and not follows_up(item):
            weak += 1
            if weak == WEAK_TO_FLAG:
                found.append(Finding(turn=index, code="weak_signal", quote=prev.strip(),
                                     tip=weak_signal_tip(prev, language)))
        missed = _missed_signal(prev, item, language)
        if missed:
            found.append(Finding(turn=index, code="missed_signal", quote=_first_sentence(text),
                                 tip=missed_signal_tip(missed, language)))
        for code in item.codes:
            sentence = _fault_sentence(code, item, text, language)
            if sentence is not None:
                found.append(Finding(turn=index, code=code, quote=sentence,
                                     tip=tips.pick(code, sentence, prev)))
    return found


class TipPicker:
    """Tips for the findings of one conversation: no two findings carry the same tip."""
    def __init__(self, language: str, manager_turns: Iterable[str]) -> None:
        self.language = language
        self.asked = asked_questions(manager_turns, language)
        self.used: set[str] = set()

    def pick(self, code: str, sentence: str, prev: str | None) -> str:
        """The best tip for this finding not given yet (else the last option)."""
        options = tip_options(code, self.language, sentence, prev, asked=self.asked) or [""]
        quoted = quote_for_tip(sentence, self.language)

        def key(option: str) -> str:
            return option.replace(quoted, "")  # the advice itself, not the quote

        tip = next((o for o in options if key(o) not in self.used), options[-1])
        self.used.add(key(tip))
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
    if code == "closed_question":
        acts = acts_in(sentence, language, ("directive", "check"))
        if "directive" in acts or ("reflection" in item.codes and "check" in acts):
            # A proposed task, or "Klopt dat?" after a summary: good practice, no fault.
            return None
    return sentence


def _signal(sentence: str, lang: str) -> tuple[str, ...]:
    """Whether the employee hints at leaving or their health gives way."""
    return acts_in(sentence, lang, ("leaving_signal", "wellbeing_signal"))


def _missed_signal(prev: str | None, item: CodedUtterance, lang: str) -> str:
    """The employee's sentence with a leaving signal the manager's turn does not explore."""
    if not prev:
        return ""
    said = next((prev[a:b] for a, b in sentences(prev) if _signal(prev[a:b], lang)), "")
    if not said:
        return ""
    # Explored only by a reflection of it or a question on it (or on leaving itself); any
    # open question on something else passes it by.
    on_leaving = "leave" in item.themes and bool(
        {"open_question", "closed_question", "reflection"} & set(item.codes))
    explored = not _SHUT & set(item.codes) and (takes_up(item, said) or on_leaving)
    return "" if explored else said


def weak_signal_tip(said: str, lang: str) -> str:
    """What to do with a hedge like "Tja.": ask what is behind it, in their own word."""
    quoted = quote_for_tip(said, lang)
    word = said.strip().rstrip(".!?…").lower()
    if lang == "nl":
        return (f"Twee keer een kort, ontwijkend antwoord, zoals {quoted} Ga er niet overheen; "
                f"vraag wat erachter zit: „Je zegt ‘{word}’. Wat bedoel je daarmee?”")
    return (f"Twice a short, evasive answer, like {quoted} Don't move on; ask what lies behind "
            f"it: “You said ‘{word}’. What do you mean by that?”")


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
    spans = sentences(text)
    return text[spans[0][0]:spans[0][1]] if spans else text


def _sentence_of(text: str, quote: str, item: CodedUtterance, code: str) -> str:
    ev = next((e for e in item.evidence if e.code == code), None)
    if ev is None:
        return quote
    for start, end in sentences(text):
        if start <= ev.start < end:
            return text[start:end]
    return quote

