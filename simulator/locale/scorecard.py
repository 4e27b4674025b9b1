"""A scorecard's sentences, written out from the codes and values it keeps.

A saved scorecard holds ids and numbers: a finding its `tip_id` and `values`, a dimension
its `name` and `values`, a pass blocker its code and values. `worded` fills in the
sentences in the reader's language; `stored_json` is the scorecard without them. A card
saved before it kept these ids keeps the sentences it was saved with.
"""

from __future__ import annotations

import json
from typing import Any

from simulator.domain.scorecard import Finding, Scorecard
from simulator.locale import lang_of
from simulator.locale.words import actions_help, blocker_text, dimension_words, tip_text

# The sentences a saved scorecard leaves out: each is rebuilt from ids and values.
WORDED_DIMENSION_KEYS = ("label", "goal", "shown", "focus")


def worded(card: Scorecard, lang: str | None = None) -> Scorecard:
    """The scorecard with its sentences written out in `lang` (else its own language)."""
    lang = lang_of(lang or card.language)
    extra = dict(card.model_extra or {})
    if isinstance(extra.get("dimensions"), list):
        extra["dimensions"] = [_worded_dimension(d, lang) for d in extra["dimensions"]]
    codes, values = extra.get("pass_blocker_codes"), extra.get("pass_blocker_values")
    if isinstance(codes, list) and isinstance(values, list) and len(codes) == len(values):
        pairs = zip(codes, values, strict=True)
        extra["pass_blockers"] = [blocker_text(c, v, lang) for c, v in pairs]
    if "pass_blocker_codes" in extra:
        extra["actions_help"] = actions_help(lang)
    findings = [_worded_finding(f, lang) for f in card.findings]
    fields = {name: getattr(card, name) for name in type(card).model_fields}
    return type(card).model_construct(**{**fields, "findings": findings, **extra})


def _worded_finding(finding: Finding, lang: str) -> Finding:
    if not finding.tip_id:
        return finding  # saved before tips had ids: its own sentence stands
    return finding.model_copy(update={"tip": tip_text(finding.tip_id, finding.values, lang)})


def _worded_dimension(dim: Any, lang: str) -> Any:
    if not isinstance(dim, dict) or not isinstance(dim.get("values"), dict) or "name" not in dim:
        return dim  # saved before dimensions kept their numbers: its own words stand
    words = dimension_words(dim["name"], dim.get("value"), dim["values"], lang)
    order = ("name", "label", "score", "target", "goal", "value", "shown", "focus", "weight")
    merged = {**dim, **words}
    return {**{k: merged[k] for k in order if k in merged}, **merged}


def stored_json(card: Scorecard) -> str:
    """The scorecard as saved: ids, codes and values, no sentences."""
    data = card.model_dump(mode="json")
    for finding in data.get("findings", []):
        if finding.get("tip_id"):
            finding["tip"] = ""
    for dim in data.get("dimensions") or []:
        if isinstance(dim, dict) and isinstance(dim.get("values"), dict):
            for key in WORDED_DIMENSION_KEYS:
                dim.pop(key, None)
    if isinstance(data.get("pass_blocker_values"), list):
        data.pop("pass_blockers", None)
    data.pop("actions_help", None)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
