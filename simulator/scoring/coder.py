"""The utterance coder: rules for precise evidence, a learned layer for what rules cannot list."""

from functools import lru_cache
from typing import Any

from simulator.scoring.coded import CodedUtterance, Evidence, ReflectionQuality
from simulator.scoring.codes import CODES, Code
from simulator.scoring.rules import TENTATIVE_CHECK, rule_evidence
from simulator.scoring.words import detect_language, sentences, tokens

__all__ = [
    "CODES",
    "TENTATIVE_CHECK",
    "CodedUtterance",
    "Evidence",
    "ReflectionQuality",
    "code_utterance",
    "detect_language",
    "sentences",
]


def _readable(feature: str) -> str:
    kind, _, value = feature.partition(":")
    if kind == "b":
        return "'" + value.replace("_", " ") + "'"
    if kind in ("w", "f", "f2", "sf", "sf2", "s"):
        return "'" + value.replace("_", " ") + "'"
    if kind == "c":
        return "'…" + value.strip() + "…'"
    if kind == "r":
        return "rule " + value
    return feature


def _model_evidence(text: str, code: str, strongest: list[str],
                    within: tuple[int, int] | None = None) -> Evidence:
    """Evidence for a code only the model gave: the sentence holding its strongest word."""
    low = text.lower()
    spans = [within] if within else (sentences(text) or [(0, len(text))])
    start, end = spans[-1]
    for feature in strongest:
        kind, _, value = feature.partition(":")
        if kind not in ("w", "b", "f", "f2", "sf", "sf2", "c"):
            continue
        pos = low.find(value.replace("_", " ").strip())
        if pos >= 0:
            start, end = next(((s, e) for s, e in spans if s <= pos < e), (start, end))
            break
    label = ", ".join(dict.fromkeys(_readable(f) for f in strongest)) or "bias"
    return Evidence(code, text[start:end], f"model: {label}", start, end)


def _summaries_reflect(text: str, lang: str, evidence: list[Evidence]) -> list[Evidence]:
    """A summary is a reflection, never a promise or commitment because it names a date or
    'je krijgt': in a sentence that sums up, those codes give way to the reflection."""
    from simulator.scoring.acts import acts_in

    for start, end in sentences(text):
        if not acts_in(text[start:end], lang, ("summary",)):
            continue
        evidence = [e for e in evidence
                    if not (e.code in _NOT_IN_SUMMARY and start <= e.start < end)]
        if not any(e.code == Code.REFLECTION and start <= e.start < end for e in evidence):
            evidence.append(Evidence(Code.REFLECTION.value, text[start:end],
                                     f"{lang}.summary.marker", start, end))
    return evidence


_NOT_IN_SUMMARY = frozenset({Code.PROMISE, Code.COMMITMENT})


# One sentence asks either openly or closed; asks for something new or gives back what was
# said; gives back their words or judges them; commits to a step of one's own or promises an
# outcome: never both. A rule's evidence, then the model's margin over its threshold, decides.
_EXCLUSIVE = ((Code.OPEN_QUESTION, Code.CLOSED_QUESTION), (Code.OPEN_QUESTION, Code.REFLECTION),
              (Code.REFLECTION, Code.APPRAISAL), (Code.COMMITMENT, Code.PROMISE))


def _one_of_each_pair(text: str, evidence: list[Evidence], margins: dict[str, float],
                      accurate: bool) -> list[Evidence]:
    """In every sentence, the weaker code of an exclusive pair gives way; a reflection that
    gives back what they said is never a judgement."""

    def _strength(code: str, start: int, end: int) -> tuple[bool, float]:
        # A rule's evidence before the model's alone; then the model's margin.
        ruled = any(e.code == code and start <= e.start < end
                    and not e.rule.startswith("model: ") for e in evidence)
        return ruled, margins.get(code, 0.0)
    for start, end in sentences(text) or [(0, len(text))]:
        here = {e.code for e in evidence if start <= e.start < end}
        for first, second in _EXCLUSIVE:
            if first in here and second in here:
                if accurate and Code.REFLECTION in (first, second):
                    weaker = second if first == Code.REFLECTION else first
                else:
                    weaker = min((first, second), key=lambda c: _strength(c, start, end))
                evidence = [e for e in evidence
                            if not (e.code == weaker and start <= e.start < end)]
                here.discard(weaker)
    return evidence


def _acts_judge(text: str, lang: str, evidence: list[Evidence],
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


def _with_content(text: str, lang: str, evidence: list[Evidence]) -> list[Evidence]:
    """"Oké. Hm." carries no code the model could see in it: with no word that is not a
    function word or a filler, only the rules' evidence stands."""
    from simulator.scoring.words import is_function_word

    if any(not is_function_word(w) for w in tokens(text)):
        return evidence
    return [e for e in evidence if not e.rule.startswith("model: ")]


def _proposals_agree(text: str, lang: str, evidence: list[Evidence],
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
Combined = tuple[list[Evidence], ReflectionQuality | None, list[str] | None]


# What a manager does in one sentence. A reflection is judged on the whole turn against the
# employee's words, and a question's type on its own sentence by the rules; a flag that costs
# a pass (promise, defence, appraisal) asks for the whole turn's evidence: not here.
_SENTENCE_ACTS = frozenset({Code.ADVICE, Code.COMMITMENT, Code.AFFIRMATION})
# A spoken turn has a handful of sentences; a pasted monologue is judged as a whole (linear).
_MOST_SENTENCES_APART = 12


def _per_sentence(text: str, lang: str, prev: str | None, found: list[Evidence],
                  kept: list[Evidence], model: Any) -> list[Evidence]:
    """Two acts in one turn: each sentence of a longer turn is also judged on its own, so
    "You should work harder" is advice even after a judgement and before a promise."""
    from simulator.scoring.acts import rule_acts
    from simulator.scoring.features import utterance_features

    spans = sentences(text)
    if not 2 <= len(spans) <= _MOST_SENTENCES_APART:
        return []
    added: list[Evidence] = []
    for start, end in spans:
        part = text[start:end]
        if len(tokens(part)) < 3:
            continue  # "Oké." or "Klopt dat?" says too little on its own
        inside = [e for e in found if start <= e.start < end]
        feats = utterance_features(part, lang, prev, [(e.rule, e.code) for e in inside],
                                   rule_acts(part, lang))
        for code in model.judge(feats).codes:
            seen = any(e.code == code and start <= e.start < end for e in [*kept, *added])
            if code not in _SENTENCE_ACTS or seen:
                continue
            rule = next((e for e in inside if e.code == code), None)
            added.append(rule or _model_evidence(text, code, model.heads[code].strongest(feats),
                                                 (start, end)))
    return added


def _combine(text: str, lang: str, prev: str | None, found: list[Evidence],
             acts: tuple[str, ...]) -> Combined:
    """The model's codes with the rules' evidence, reflection quality and themes; the rules
    alone (and no themes) where no model is shipped."""
    from simulator.scoring.features import utterance_features
    from simulator.scoring.model import load_model

    model = load_model()
    if model is None:
        return found, None, None
    feats = utterance_features(text, lang, prev, [(e.rule, e.code) for e in found], acts)
    judged = model.judge(feats)
    decided = dict(judged.codes)
    kept = [e for e in found if e.code in decided or model.trusts(e.rule, e.code)]
    decided.update({e.code: 1.0 for e in kept if e.code not in decided})
    have = {e.code for e in kept}
    for code in decided:
        if code not in have:
            kept.append(_model_evidence(text, code, model.heads[code].strongest(feats)))
    kept += _per_sentence(text, lang, prev, found, kept, model)
    kept = _acts_judge(text, lang, kept, acts)
    kept = _summaries_reflect(text, lang, kept)
    kept = _proposals_agree(text, lang, kept, acts)
    quality = None
    if any(e.code == Code.REFLECTION for e in kept):
        from simulator.scoring.content import quality as judge

        quality = judge(text, lang, [prev] if prev else [], judged.complex, judged.generic)
    kept = _one_of_each_pair(text, kept, judged.margins, bool(quality and quality.accurate))
    kept = _with_content(text, lang, kept)
    kept.sort(key=lambda e: e.start)
    if not any(e.code == Code.REFLECTION for e in kept):
        quality = None
    themes = judged.themes if model.themes else None
    return kept, quality, themes


def code_utterance(text: str, lang: str | None = None, prev: str | None = None) -> CodedUtterance:
    """Codes of one manager utterance; `prev` is the other speaker's previous turn. A turn is
    coded once: the live meters, the director, the scorecard and the review screen ask for the
    same turns again and get the coded one back (the result is immutable in use)."""
    language = lang if lang in ("nl", "en") else detect_language(text)
    return _code(text, language, prev)


@lru_cache(maxsize=4096)
def _code(text: str, language: str, prev: str | None) -> CodedUtterance:
    from simulator.scoring.acts import rule_acts
    from simulator.scoring.themes import keyword_themes

    found = rule_evidence(text, language, prev)
    acts = rule_acts(text, language)
    evidence, quality, themes = (_combine(text, language, prev, found, acts) if tokens(text)
                                 else (found, None, None))
    codes: list[str] = []
    for item in evidence:
        if item.code not in codes:
            codes.append(item.code)
    if themes is None:
        themes = keyword_themes(text, language)
    return CodedUtterance(text, language, codes, evidence, themes, quality, acts=acts)
