"""The utterance coder: rules for precise evidence, a learned layer for what rules cannot list."""

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from threading import Lock
from typing import Any

from simulator.scoring.batching import cycles_later
from simulator.scoring.coded import CodedUtterance, Evidence, ReflectionQuality
from simulator.scoring.codes import CODES, Code
from simulator.scoring.definitions import (
    acts_judge,
    asked_steps_commit_nothing,
    framing_reflects_nothing,
    invitations_ask,
    one_of_each_pair,
    own_meetings_promise_nothing,
    pledges_promise,
    proposals_agree,
    reproaches_ask_nothing,
    summaries_reflect,
    wishes_advise_nothing,
    with_content,
)
from simulator.scoring.draft import Draft, drafted, per_sentence
from simulator.scoring.evidence import model_evidence
from simulator.scoring.model import Judgement, short_at
from simulator.scoring.rules import TENTATIVE_CHECK
from simulator.scoring.words import detect_language, sentences

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


def _combine(draft: Draft, model: Any, judged: list[Judgement]) -> Combined:
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
    kept += per_sentence(draft, kept, model, judged[1:])
    kept = acts_judge(text, lang, kept, acts)
    kept = summaries_reflect(text, lang, kept)
    kept = proposals_agree(text, lang, kept, acts)
    kept = asked_steps_commit_nothing(text, lang, kept, acts)
    kept = framing_reflects_nothing(text, lang, kept)
    kept = wishes_advise_nothing(text, lang, kept)
    kept = own_meetings_promise_nothing(text, lang, kept)
    kept = pledges_promise(text, lang, kept)
    kept = invitations_ask(text, lang, kept)
    kept = reproaches_ask_nothing(text, lang, kept)
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


def _themes(draft: Draft, judged: list[Judgement]) -> list[str]:
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


def _finish(draft: Draft, model: Any, judged: list[Judgement], said: str) -> CodedUtterance:
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
        drafts = [drafted(text, lang, prev, model is not None) for text, lang, prev in batch]
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
