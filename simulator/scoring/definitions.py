"""Definitions applied per sentence after the rules and the model: a summary reflects, a
proposal agrees, a reproach judges, and of an exclusive pair of codes one sentence has one."""

from bisect import bisect_right
from collections.abc import Callable

from simulator.scoring.coded import Evidence
from simulator.scoring.codes import Code
from simulator.scoring.words import sentences, tokens


def summaries_reflect(text: str, lang: str, evidence: list[Evidence]) -> list[Evidence]:
    """A summary is a reflection, never a promise or commitment because it names a date or
    'je krijgt': in a sentence that sums up, those codes give way to the reflection."""
    from simulator.scoring.acts import acts_in

    return _sentences_become(text, evidence, lambda said: bool(acts_in(said, lang, ("summary",))),
                             _NOT_IN_SUMMARY, Code.REFLECTION, f"{lang}.summary.marker")


def _sentences_become(text: str, evidence: list[Evidence], holds: Callable[[str], bool],
                      gone: frozenset[Code], becomes: Code, rule: str) -> list[Evidence]:
    """In each sentence of `text` where `holds`, the codes `gone` give way to `becomes`, whose
    evidence (the sentence, under `rule`) is added where the sentence has none yet."""
    for start, end in sentences(text):
        if not holds(text[start:end]):
            continue
        evidence = [e for e in evidence if not (e.code in gone and start <= e.start < end)]
        if not any(e.code == becomes and start <= e.start < end for e in evidence):
            evidence.append(Evidence(becomes.value, text[start:end], rule, start, end))
    return evidence


_NOT_IN_SUMMARY = frozenset({Code.PROMISE, Code.COMMITMENT})


# One sentence argues with them or gives back what they said; asks either openly or closed;
# asks for something new or gives back what was said; gives back their words or judges them,
# or tells them what to do; commits to a step of one's own or promises an outcome: never both.
# A defence always outweighs a reflection, and comes first, so that a reflection it takes back
# ("Je vindt het oneerlijk, maar zo werkt het nu eenmaal": the "maar" takes back what was given
# back) cannot push out a judgement or advice beside it. Of the other pairs, an accurate
# reflection outweighs the other code; otherwise a rule's evidence, then the model's margin
# over its threshold, decides.
_DEFENCE_FIRST = (Code.DEFENSIVE, Code.REFLECTION)
_EXCLUSIVE = (_DEFENCE_FIRST, (Code.OPEN_QUESTION, Code.CLOSED_QUESTION),
              (Code.OPEN_QUESTION, Code.REFLECTION), (Code.REFLECTION, Code.APPRAISAL),
              (Code.REFLECTION, Code.ADVICE), (Code.COMMITMENT, Code.PROMISE))


def one_of_each_pair(text: str, evidence: list[Evidence], margins: dict[str, float],
                      accurate: bool) -> list[Evidence]:
    """In every sentence, the weaker code of an exclusive pair gives way: a sentence that
    defends gives nothing back, and a reflection that gives back what they said is never a
    judgement."""
    spans = sentences(text) or [(0, len(text))]
    starts = [start for start, _ in spans]
    # Each piece of evidence read once into its sentence: linear in a long one-line turn.
    by_sentence: dict[int, list[Evidence]] = {}
    for item in evidence:
        index = bisect_right(starts, item.start) - 1
        if index >= 0 and item.start < spans[index][1]:
            by_sentence.setdefault(index, []).append(item)
    dropped: set[int] = set()
    for here in by_sentence.values():
        for weaker in _weaker_codes(here, margins, accurate):
            dropped.update(id(e) for e in here if e.code == weaker)
    return [e for e in evidence if id(e) not in dropped] if dropped else evidence


def _weaker_codes(here: list[Evidence], margins: dict[str, float], accurate: bool) -> list[str]:
    """The codes of one sentence that give way to the other code of their exclusive pair."""

    def _strength(code: str) -> tuple[bool, float]:
        # A rule's evidence before the model's alone; then the model's margin.
        ruled = any(e.code == code and not e.rule.startswith("model: ") for e in here)
        return ruled, margins.get(code, 0.0)

    codes = {e.code for e in here}
    weaker_codes: list[str] = []
    for first, second in _EXCLUSIVE:
        if first in codes and second in codes:
            if (first, second) == _DEFENCE_FIRST:
                weaker = Code.REFLECTION
            elif accurate and Code.REFLECTION in (first, second):
                weaker = second if first == Code.REFLECTION else first
            else:
                weaker = min((first, second), key=_strength)
            weaker_codes.append(weaker)
            codes.discard(weaker)
            here = [e for e in here if e.code != weaker]
    return weaker_codes


def acts_judge(text: str, lang: str, evidence: list[Evidence],
                acts: tuple[str, ...]) -> list[Evidence]:
    """A reproach (a fault pinned on them as a habit, gossip told as fact) or a target imposed
    on them judges the employee: an appraisal, and no agreement, however it is worded."""
    from simulator.scoring.acts import acts_in
    from simulator.scoring.rulebook import rules_for

    if "vague_later" in acts:
        # "We kijken later wel": no moment, no step: no commitment in that sentence.
        for start, end in sentences(text):
            if acts_in(text[start:end], lang, ("vague_later",)):
                evidence = [e for e in evidence
                            if not (e.code == Code.COMMITMENT and start <= e.start < end)]
    judging = [a for a in ("reproach", "imposed_target") if a in acts]
    if not judging or "kind_always" in acts:
        return evidence
    for start, end in sentences(text):
        found = acts_in(text[start:end], lang, judging)
        if found:
            # Their target is neither the manager's step nor an outcome the manager promises.
            gone = {Code.COMMITMENT} | ({Code.PROMISE} if "imposed_target" in found else set())
            evidence = [e for e in evidence
                        if not (e.code in gone and start <= e.start < end)]
            if not any(e.code == Code.APPRAISAL for e in evidence):
                rule = rules_for(lang, found[0])[0].id
                evidence.append(Evidence(Code.APPRAISAL.value, text[start:end], rule, start, end))
    return evidence


def with_content(text: str, lang: str, evidence: list[Evidence]) -> list[Evidence]:
    """"Oké. Hm." carries no code the model could see in it: with no word that is not a
    function word or a filler, only the rules' evidence stands."""
    from simulator.scoring.words import is_function_word

    if any(not is_function_word(w) for w in tokens(text)):
        return evidence
    return [e for e in evidence if not e.rule.startswith("model: ")]


def proposals_agree(text: str, lang: str, evidence: list[Evidence],
                     acts: tuple[str, ...]) -> list[Evidence]:
    """"Zullen we over drie weken kijken hoe het staat?" proposes an agreement: a commitment,
    not a closed question, in the sentence that proposes it."""
    from simulator.scoring.acts import acts_in

    if "proposal" not in acts or not any(e.code == Code.COMMITMENT for e in evidence):
        return evidence
    for start, end in sentences(text):
        if acts_in(text[start:end], lang, ("proposal",)):
            evidence = [e for e in evidence if not (
                e.code == Code.CLOSED_QUESTION and start <= e.start < end)]
    return evidence


def asked_steps_commit_nothing(text: str, lang: str, evidence: list[Evidence],
                               acts: tuple[str, ...]) -> list[Evidence]:
    """"Wat wil jij zelf als eerste stap zetten?" asks for their step: in a question that asks
    for it the manager commits to nothing."""
    from simulator.scoring.acts import acts_in

    if "step_ask" not in acts or not any(e.code == Code.COMMITMENT for e in evidence):
        return evidence
    for start, end in sentences(text):
        sentence = text[start:end]
        if sentence.rstrip().endswith("?") and acts_in(sentence, lang, ("step_ask",)):
            evidence = [e for e in evidence if not (
                e.code == Code.COMMITMENT and start <= e.start < end)]
    return evidence


def framing_reflects_nothing(text: str, lang: str, evidence: list[Evidence]) -> list[Evidence]:
    """"Ik wil horen hoe het werk voor je is": framing the talk gives back nothing they said;
    in a sentence the rule book reads as framing, a reflection the model alone gave gives way
    (the rules never give one there)."""
    from simulator.scoring.acts import acts_in

    model_reflects = [e for e in evidence
                      if e.code == Code.REFLECTION and e.rule.startswith("model: ")]
    for start, end in sentences(text) if model_reflects else ():
        if acts_in(text[start:end], lang, ("framing",)):
            evidence = [e for e in evidence if not (
                e.code == Code.REFLECTION and e.rule.startswith("model: ")
                and start <= e.start < end)]
    return evidence


def wishes_advise_nothing(text: str, lang: str, evidence: list[Evidence]) -> list[Evidence]:
    """"Je zou graag zien dat ik vaker langskom", "What you need from me is ...": what the
    employee wants or needs, given back, tells them nothing to do; in such a sentence advice
    gives way to the reflection (a statement; a question keeps its own codes)."""
    from simulator.scoring.acts import acts_in

    for start, end in sentences(text):
        sentence = text[start:end]
        if not acts_in(sentence, lang, ("wish",)):
            continue
        evidence = [e for e in evidence if not (e.code == Code.ADVICE and start <= e.start < end)]
        stated = not sentence.rstrip().endswith("?")
        if stated and not any(e.code == Code.REFLECTION and start <= e.start < end
                              for e in evidence):
            evidence.append(Evidence(Code.REFLECTION.value, sentence, f"{lang}.wish.what-they-want",
                                     start, end))
    return evidence


def own_meetings_promise_nothing(text: str, lang: str, evidence: list[Evidence]) -> list[Evidence]:
    """"I'll make sure our one-to-ones happen every fortnight", "Ik zorg dat onze één-op-één
    blijft staan": the manager's own meetings, and theirs with the employee, are in the
    manager's own hands. In a sentence the rule book reads so, a promise is none: the sentence
    is the manager's own step (a commitment), "beloofd" or not. Not where the sentence also
    names an outcome ("... and that you get the promotion by spring")."""
    from simulator.scoring.acts import acts_in

    def own_meeting_only(said: str) -> bool:
        return acts_in(said, lang, ("own_meeting", "outcome_named")) == ("own_meeting",)

    return _sentences_become(text, evidence, own_meeting_only, frozenset({Code.PROMISE}),
                             Code.COMMITMENT, f"{lang}.own_meeting.own-next-step")


def pledges_promise(text: str, lang: str, evidence: list[Evidence]) -> list[Evidence]:
    """"I'll sort the promotion", "I can get you a 10% raise", "Ik ga die promotie voor je
    regelen": an outcome the manager does not control, vowed (the rule book's act `pledge`), is
    a promise, however kindly meant and whatever the model hears in the rest of the sentence;
    it is no commitment, the manager's own step."""
    from simulator.scoring.acts import acts_in

    return _sentences_become(text, evidence, lambda said: bool(acts_in(said, lang, ("pledge",))),
                             frozenset({Code.COMMITMENT}), Code.PROMISE,
                             f"{lang}.pledge.outcome-pledged")


# A bare invitation ("Say more.", "Vertel eens meer."): at most this many words in its sentence.
_BARE_INVITATION = 6


def invitations_ask(text: str, lang: str, evidence: list[Evidence]) -> list[Evidence]:
    """"Say more.", "Tell me more about that.", "Vertel eens meer.": a short sentence that
    only invites more of the story (the rule book's act `deepen`) asks openly, as the
    guidelines count requests without a question mark, whatever the model hears in so few
    words; not where the sentence carries a code of its own."""
    from simulator.scoring.acts import acts_in

    for start, end in sentences(text):
        said = text[start:end]
        if (len(tokens(said)) > _BARE_INVITATION
                or any(start <= e.start < end for e in evidence)
                or not acts_in(said, lang, ("deepen",))):
            continue
        evidence.append(Evidence(Code.OPEN_QUESTION.value, said, f"{lang}.deepen.tell-me-more",
                                 start, end))
    return evidence


def reproaches_ask_nothing(text: str, lang: str, evidence: list[Evidence]) -> list[Evidence]:
    """"Why didn't you tell me this sooner?", "Waarom heb je dat niet eerder gezegd?": a
    question that reproaches asks nothing (the guidelines' rhetorical question carries the code
    of what it does); in its sentence the question codes give way to the appraisal."""
    from simulator.scoring.rulebook import pattern

    reproach = pattern(lang, f"{lang}.appraisal.reproachful-question")
    return _sentences_become(text, evidence, lambda said: bool(reproach.search(said.strip())),
                             _QUESTIONS, Code.APPRAISAL, f"{lang}.appraisal.reproachful-question")


_QUESTIONS = frozenset({Code.OPEN_QUESTION, Code.CLOSED_QUESTION})
