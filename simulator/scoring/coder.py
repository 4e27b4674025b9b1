"""The utterance coder: rules for precise evidence, a learned layer for what rules cannot list."""

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


def _model_evidence(text: str, code: str, strongest: list[str]) -> Evidence:
    """Evidence for a code only the model gave: the sentence holding its strongest word."""
    low = text.lower()
    spans = sentences(text) or [(0, len(text))]
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
            evidence.append(Evidence(Code.REFLECTION, text[start:end], f"{lang}.summary.marker",
                                     start, end))
    return evidence


_NOT_IN_SUMMARY = frozenset({Code.PROMISE, Code.COMMITMENT})


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
    kept = _summaries_reflect(text, lang, kept)
    kept = _proposals_agree(text, lang, kept, acts)
    decided = {e.code: decided.get(e.code, 1.0) for e in kept}
    kept.sort(key=lambda e: e.start)
    quality = None
    if Code.REFLECTION in decided:
        from simulator.scoring.content import quality as judge

        quality = judge(text, lang, [prev] if prev else [], judged.complex, judged.generic)
    themes = judged.themes if model.themes else None
    return kept, quality, themes


def code_utterance(text: str, lang: str | None = None, prev: str | None = None) -> CodedUtterance:
    """Codes of one manager utterance; `prev` is the other speaker's previous turn."""
    from simulator.scoring.acts import rule_acts
    from simulator.scoring.themes import keyword_themes

    language = lang if lang in ("nl", "en") else detect_language(text)
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
