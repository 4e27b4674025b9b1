"""The utterance coder: rules for precise evidence, a learned layer for what rules cannot list."""

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from threading import Lock
from typing import Any

from simulator.scoring.batching import cycles_later
from simulator.scoring.coded import CodedUtterance, Evidence, ReflectionQuality
from simulator.scoring.codes import CODES, Code
from simulator.scoring.definitions import (
    acts_judge,
    asked_steps_commit_nothing,
    framing_reflects_nothing,
    one_of_each_pair,
    own_meetings_promise_nothing,
    pledges_promise,
    proposals_agree,
    summaries_reflect,
    wishes_advise_nothing,
    with_content,
)
from simulator.scoring.evidence import model_evidence
from simulator.scoring.model import Judgement, short_at
from simulator.scoring.rules import TENTATIVE_CHECK, rule_evidence, typed_question
from simulator.scoring.words import detect_language, plain_text, sentences, tokens

__all__ = [
    "CODES",
    "TENTATIVE_CHECK",
    "CodedUtterance",
    "Evidence",
    "ReflectionQuality",
    "code_many",
    "code_utterance",
    "detect_language",
    "forget_coded",
    "sentences",
]


Combined = tuple[list[Evidence], ReflectionQuality | None, list[str] | None]


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
class _Draft:
    """What the rules say of an utterance, and the feature sets the model is to judge: the
    whole turn first, then each sentence of a longer turn that is judged on its own."""

    text: str
    lang: str
    prev: str | None
    found: list[Evidence]
    acts: tuple[str, ...]
    feats: list[set[str]]
    parts: list[tuple[int, int, list[Evidence]]]


def _draft(said: str, lang: str, prev: str | None, modelled: bool) -> _Draft:
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
        return _Draft(text, lang, prev, found, acts, [], [])
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
    return _Draft(text, lang, prev, found, acts, feats, parts)


def _per_sentence(draft: _Draft, kept: list[Evidence], model: Any,
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


def _asks_apart(draft: _Draft, start: int, end: int) -> bool:
    """Whether the sentence at `start`, read alone as an open question, may count as one: it
    ends the turn with a "?" (the question left for them to answer), the turn reproaches
    nothing, and the sentence proposes or offers nothing ("What if I ask Sam to cover?")."""
    from simulator.scoring.acts import acts_in

    said = draft.text[start:end]
    return ((start, end) == sentences(draft.text)[-1] and said.rstrip().endswith("?")
            and "reproach" not in draft.acts and not acts_in(said, draft.lang, ("proposal",)))


def _after_thanks(draft: _Draft, start: int) -> bool:
    """Whether the sentence at `start` follows thanks for what was told ("Fijn dat je dat
    zegt. Er ligt dus echt een andere deur open."): what comes after the thanks is read as if
    said alone, so a reflection there counts."""
    from simulator.scoring.acts import acts_in

    before = [(s, e) for s, e in sentences(draft.text) if e <= start]
    return bool(before) and bool(acts_in(draft.text[slice(*before[-1])], draft.lang, ("thanks",)))


def _combine(draft: _Draft, model: Any, judged: list[Judgement]) -> Combined:
    """The model's codes with the rules' evidence, reflection quality and themes."""
    text, lang, prev, found, acts = draft.text, draft.lang, draft.prev, draft.found, draft.acts
    feats, judgement = draft.feats[0], judged[0]
    decided = dict(judgement.codes)
    kept = [e for e in found
            if e.code in decided or model.trusts(e.rule, e.code, short_at(text, e.start))]
    decided.update({e.code: 1.0 for e in kept if e.code not in decided})
    have = {e.code for e in kept}
    for code in decided:
        if code not in have:
            kept.append(model_evidence(text, code, model.heads[code].strongest(feats)))
    kept += _per_sentence(draft, kept, model, judged[1:])
    kept = acts_judge(text, lang, kept, acts)
    kept = summaries_reflect(text, lang, kept)
    kept = proposals_agree(text, lang, kept, acts)
    kept = asked_steps_commit_nothing(text, lang, kept, acts)
    kept = framing_reflects_nothing(text, lang, kept)
    kept = wishes_advise_nothing(text, lang, kept)
    kept = own_meetings_promise_nothing(text, lang, kept)
    kept = pledges_promise(text, lang, kept)
    quality = None
    if any(e.code == Code.REFLECTION for e in kept):
        from simulator.scoring.content import quality as judge
        from simulator.scoring.content import sums_up

        quality = judge(text, lang, [prev] if prev else [], judgement.complex, judgement.generic,
                        sums_up(text, lang))
    kept = one_of_each_pair(text, kept, judgement.margins, bool(quality and quality.accurate))
    kept = with_content(text, lang, kept)
    kept.sort(key=lambda e: e.start)
    if not any(e.code == Code.REFLECTION for e in kept):
        quality = None
    return kept, quality, _themes(draft, judged) if model.themes else None


def _themes(draft: _Draft, judged: list[Judgement]) -> list[str]:
    """The whole turn's themes and those of each sentence judged on its own, in the whole
    turn's order first: a question about leaving after a reflection on something else still
    asks about leaving. A question the model gives no theme is read by the keyword lexicon,
    as a rule hit backs up the model's codes: "Wat zou kunnen maken dat je weggaat?"."""
    from simulator.scoring.themes import keyword_themes

    texts = [draft.text] + [draft.text[start:end] for start, end, _ in draft.parts]
    themes: list[str] = []
    for number, (text, judgement) in enumerate(zip(texts, judged, strict=True)):
        found = list(judgement.themes)
        one_question = text.rstrip().endswith("?") and (number > 0 or not draft.parts)
        if not found and one_question:
            found = keyword_themes(text, draft.lang)
        themes += [theme for theme in found if theme not in themes]
    return themes


def _finish(draft: _Draft, model: Any, judged: list[Judgement], said: str) -> CodedUtterance:
    from simulator.scoring.themes import keyword_themes

    evidence, quality, themes = (_combine(draft, model, judged) if draft.feats
                                 else (draft.found, None, None))
    codes: list[str] = []
    for item in evidence:
        if item.code not in codes:
            codes.append(item.code)
    if themes is None:
        themes = keyword_themes(draft.text, draft.lang)
    return CodedUtterance(said, draft.lang, codes, _as_said(evidence, said, draft.text),
                          themes, quality, acts=draft.acts)


def _as_said(evidence: list[Evidence], said: str, read: str) -> list[Evidence]:
    """Evidence quoting what was said, where the text was read as plain text (`plain_text`:
    one character for one, so the positions hold) or with a question mark added at its end
    (positions past what was said end where it ends)."""
    if said == read:
        return evidence
    last = len(said)
    return [replace(e, span=said[min(e.start, last):min(e.end, last)], start=min(e.start, last),
                    end=min(e.end, last)) for e in evidence]


def _code_all(items: Sequence[tuple[str, str, str | None]]) -> list[CodedUtterance]:
    """Utterances coded together: the rules and features of each, then one matrix product
    for every feature set of every utterance, then each utterance's decisions."""
    with cycles_later():
        return _code_batches(items)


def _code_batches(items: Sequence[tuple[str, str, str | None]]) -> list[CodedUtterance]:
    from simulator.scoring.model import load_model

    model = load_model()
    out: list[CodedUtterance] = []
    for first in range(0, len(items), _BATCH):
        batch = items[first:first + _BATCH]
        drafts = [_draft(text, lang, prev, model is not None) for text, lang, prev in batch]
        every = [feats for draft in drafts for feats in draft.feats]
        judged = model.judge_many(every) if model is not None else []
        at = 0
        for draft, (said, _, _) in zip(drafts, batch, strict=True):
            out.append(_finish(draft, model, judged[at:at + len(draft.feats)], said))
            at += len(draft.feats)
    return out


_BATCH = 256  # utterances whose feature sets are held at once


# A large batch (a long transcript) is split over two processes where that is safe: a forked
# copy of this process, so the rule book and the model need not load again, and only from a
# process that runs no other threads (a fork copies no threads but may copy their locks held).
_BOTH_CORES_FROM = 4000


def _code_on_both_cores(items: list[tuple[str, str, str | None]]) -> list[CodedUtterance]:
    import multiprocessing
    import os
    import threading

    from simulator.scoring.model import load_model

    if (len(items) < _BOTH_CORES_FROM or (os.cpu_count() or 1) < 2
            or threading.active_count() > 1
            or "fork" not in multiprocessing.get_all_start_methods()):
        return _code_all(items)
    load_model()
    half = len(items) // 2
    with multiprocessing.get_context("fork").Pool(1) as pool:
        later = pool.apply_async(_code_all, (items[half:],))
        first = _code_all(items[:half])
        return first + later.get()


# A turn is coded once: the live meters, the director, the scorecard and the review screen ask
# for the same turns again and get the coded one back (the result is immutable in use).
_MEMO_SIZE = 4096
_memo: OrderedDict[tuple[str, str, str | None], CodedUtterance] = OrderedDict()
_memo_lock = Lock()


def code_many(items: Iterable[tuple[str, str | None, str | None]]) -> list[CodedUtterance]:
    """Codes of many (text, lang, prev) utterances: for each the same as `code_utterance`,
    with the learned layer judging all of them at once."""
    keys = [(text, lang if lang in ("nl", "en") else detect_language(text), prev)
            for text, lang, prev in items]
    with _memo_lock:
        known = {key: _memo[key] for key in keys if key in _memo}
    todo = list(dict.fromkeys(key for key in keys if key not in known))
    fresh = dict(zip(todo, _code_on_both_cores(todo), strict=True))
    with _memo_lock:
        for key in keys:
            if key in known:
                _memo.move_to_end(key)
        for key, coded in list(fresh.items())[-_MEMO_SIZE:]:
            _memo[key] = coded
        while len(_memo) > _MEMO_SIZE:
            _memo.popitem(last=False)
    return [known.get(key) or fresh[key] for key in keys]


def code_utterance(text: str, lang: str | None = None, prev: str | None = None) -> CodedUtterance:
    """Codes of one manager utterance; `prev` is the other speaker's previous turn. A turn is
    coded once per process (see `code_many`)."""
    return code_many([(text, lang, prev)])[0]


def forget_coded() -> None:
    """Drops the remembered codings and what was worked out per text (tokens, sentences,
    content stems, the rule book's literals), so a benchmark that codes the same lines again
    does all the work again; what is known per word (stems, character grams) stays, as in a
    long session."""
    from simulator.scoring import content, gate, words

    with _memo_lock:
        _memo.clear()
    for per_text in (words._tokens, words._sentences, words._content_stems, content._stems,
                     gate._present_at):
        per_text.cache_clear()
