"""One utterance drafted for the coder: what the rules say of it and the feature sets the
model is to judge (the whole turn, then each sentence of a longer turn on its own), and the acts
a sentence judged on its own adds to the whole turn's reading."""

from dataclasses import dataclass
from typing import Any

from simulator.scoring.coded import Evidence
from simulator.scoring.codes import Code
from simulator.scoring.evidence import model_evidence
from simulator.scoring.model import Judgement
from simulator.scoring.rulebook import pattern
from simulator.scoring.rules import filler_end, rule_evidence
from simulator.scoring.words import plain_text, sentences, tokens

# What a manager does in one sentence. A reflection is judged on the whole turn against the
# employee's words, and a question's type on its own sentence by the rules; a flag that costs
# a pass (promise, defence, appraisal) asks for the whole turn's evidence: not here.
_SENTENCE_ACTS = frozenset({Code.ADVICE, Code.COMMITMENT, Code.AFFIRMATION})
# An open question in a sentence of its own still asks where the whole turn is read as asking
# nothing ("..., only about deadlines. So, what parts of the job still give you a kick?"),
# unless the turn argues, judges, advises, praises or promises: there a question is most often
# rhetorical ("Wat wil je dat ik doe?") and the whole turn's reading stands.
_QUESTIONS = frozenset({Code.OPEN_QUESTION, Code.CLOSED_QUESTION})
_NOT_ASKING = frozenset({Code.DEFENSIVE, Code.APPRAISAL, Code.ADVICE, Code.AFFIRMATION,
                         Code.PROMISE})
# A spoken turn has a handful of sentences; a pasted monologue is judged as a whole (linear).
_MOST_SENTENCES_APART = 12


@dataclass(frozen=True)
class Draft:
    """What the rules say of an utterance, and the feature sets the model is to judge: the
    whole turn first, then each sentence of a longer turn that is judged on its own."""

    text: str
    lang: str
    prev: str | None
    found: list[Evidence]
    acts: tuple[str, ...]
    feats: list[set[str]]
    parts: list[tuple[int, int, list[Evidence]]]


def drafted(said: str, lang: str, prev: str | None, modelled: bool) -> Draft:
    from simulator.scoring.acts import rule_acts
    from simulator.scoring.features import utterance_features

    # "I’ll make sure" is read as the rule book writes it; positions stay those of what was said.
    text = plain_text(said)
    if typed_question(text, lang):
        # "heb je het nog naar je zin", typed without its mark, is read with it: the model
        # learned questions from written ones.
        text += "?"
    prev = plain_text(prev) if prev is not None else None

    found = rule_evidence(text, lang, prev)
    acts = rule_acts(text, lang)
    if not modelled or not tokens(text):
        return Draft(text, lang, prev, found, acts, [], [])
    feats = [utterance_features(text, lang, prev, [(e.rule, e.code) for e in found], acts)]
    parts: list[tuple[int, int, list[Evidence]]] = []
    spans = sentences(text)
    for start, end in spans if 2 <= len(spans) <= _MOST_SENTENCES_APART else ():
        part = text[start:end]
        if len(tokens(part)) < 3:
            continue  # "Oké." or "Klopt dat?" says too little on its own
        inside = [e for e in found if start <= e.start < end]
        parts.append((start, end, inside))
        feats.append(utterance_features(part, lang, prev, [(e.rule, e.code) for e in inside],
                                        rule_acts(part, lang)))
    return Draft(text, lang, prev, found, acts, feats, parts)


def per_sentence(draft: Draft, kept: list[Evidence], model: Any,
                  judged: list[Judgement]) -> list[Evidence]:
    """Two acts in one turn: each sentence of a longer turn is also judged on its own, so
    "You should work harder" is advice even after a judgement and before a promise."""
    added: list[Evidence] = []
    # What any sentence was heard doing, read alone or in the whole turn: a defence the whole
    # turn's reading missed still makes the question after it rhetorical.
    heard = {e.code for e in kept}.union(*(j.codes for j in judged))
    may_ask = not heard & _NOT_ASKING and not any(e.code in _QUESTIONS for e in kept)
    for (start, end, inside), feats, judgement in zip(draft.parts, draft.feats[1:], judged,
                                                      strict=True):
        for code in judgement.codes:
            seen = any(e.code == code and start <= e.start < end for e in [*kept, *added])
            allowed = code in _SENTENCE_ACTS or (
                code == Code.REFLECTION and _after_thanks(draft, start)) or (
                code == Code.OPEN_QUESTION and may_ask and _asks_apart(draft, start, end)
                and not any(e.code in _QUESTIONS for e in added))
            if not allowed or seen:
                continue
            rule = next((e for e in inside if e.code == code), None)
            added.append(rule or model_evidence(
                draft.text, code, model.heads[code].strongest(feats), (start, end)))
    return added


def _asks_apart(draft: Draft, start: int, end: int) -> bool:
    """Whether the sentence at `start`, read alone as an open question, may count as one: it
    ends the turn with a "?" (the question left for them to answer), the turn reproaches
    nothing, and the sentence proposes or offers nothing ("What if I ask Sam to cover?")."""
    from simulator.scoring.acts import acts_in

    said = draft.text[start:end]
    return ((start, end) == sentences(draft.text)[-1] and said.rstrip().endswith("?")
            and "reproach" not in draft.acts and not acts_in(said, draft.lang, ("proposal",)))


def _after_thanks(draft: Draft, start: int) -> bool:
    """Whether the sentence at `start` follows thanks for what was told ("Fijn dat je dat
    zegt. Er ligt dus echt een andere deur open."): what comes after the thanks is read as if
    said alone, so a reflection there counts."""
    from simulator.scoring.acts import acts_in

    before = [(s, e) for s, e in sentences(draft.text) if e <= start]
    return bool(before) and bool(acts_in(draft.text[slice(*before[-1])], draft.lang, ("thanks",)))


def typed_question(text: str, lang: str) -> bool:
    """Whether the turn ends in a question typed without its mark ("heb je het naar je zin",
    "Oké, how do you feel about the new rota"), as the rule book reads one: a last sentence with
    no closing mark that opens as a question, at its start or after a word set off by a comma
    ("Oké, ..."), and is no reflective stem or "what you need is ..."."""
    spans = sentences(text)
    if not spans or text.rstrip().endswith((".", "!", "?", "…")):
        return False
    raw = text[spans[-1][0]:spans[-1][1]]
    lead = filler_end(raw, lang)
    if lead and not raw[:lead].rstrip().endswith((",", ".", "—", "–", "-")):
        lead = 0  # "Dan heb je tenminste regelmaat": the word is part of the sentence
    low = raw[lead:].lower()

    def reads(rule: str) -> bool:
        return pattern(lang, f"{lang}.{rule}").match(low) is not None

    return (reads("unmarked_question.question-without-mark")
            and not reads("reflection.reflective-stem") and not reads("pseudo_cleft.what-you-x-is"))
