"""A scorecard's sentences, written out from the codes and values it keeps.

A saved scorecard holds ids and numbers: a finding its `tip_id` and `values`, a dimension
its `name` and `values`, a pass blocker its code and values. `worded` fills in the
sentences in the reader's language; `stored_json` is the scorecard without them. A card
saved before it kept these ids keeps the sentences it was saved with.
"""

from __future__ import annotations

import json
from typing import Any

from simulator.domain.scorecard import Dimension, Finding, Scorecard
from simulator.locale import lang_of
from simulator.locale.words import actions_help, blocker_text, dimension_words, tip_text

# The sentences a saved scorecard leaves out: each is rebuilt from ids and values.
WORDED_DIMENSION_KEYS = ("label", "goal", "shown", "focus")


def worded(card: Scorecard, lang: str | None = None) -> Scorecard:
    """The scorecard with its sentences written out in `lang` (else its own language)."""
    lang = lang_of(lang or card.language)
    update: dict[str, Any] = {"findings": [_worded_finding(f, lang) for f in card.findings]}
    if card.dimensions is not None:
        update["dimensions"] = [_worded_dimension(d, lang) for d in card.dimensions]
    codes, values = card.pass_blocker_codes, card.pass_blocker_values
    if codes is not None and values is not None and len(codes) == len(values):
        pairs = zip(codes, values, strict=True)
        update["pass_blockers"] = [blocker_text(c, v, lang) for c, v in pairs]
    if codes is not None:
        update["actions_help"] = actions_help(lang)
    return card.model_copy(update=update)


def _worded_finding(finding: Finding, lang: str) -> Finding:
    if not finding.tip_id:
        return finding  # saved before tips had ids: its own sentence stands
    return finding.model_copy(update={"tip": tip_text(finding.tip_id, finding.values, lang)})


def _worded_dimension(dim: Dimension, lang: str) -> Dimension:
    if dim.values is None:
        return dim  # saved before dimensions kept their numbers: its own words stand
    return dim.model_copy(update=dimension_words(dim.name, dim.value, dim.values, lang))


def stored_json(card: Scorecard) -> str:
    """The scorecard as saved: ids, codes and values, no sentences."""
    unworded = dict.fromkeys(WORDED_DIMENSION_KEYS)
    update: dict[str, Any] = {
        "findings": [f.model_copy(update={"tip": ""}) if f.tip_id else f for f in card.findings],
        "actions_help": None,
    }
    if card.dimensions is not None:
        update["dimensions"] = [
            d if d.values is None else d.model_copy(update=unworded) for d in card.dimensions
        ]
    if card.pass_blocker_values is not None:
        update["pass_blockers"] = None
    data = card.model_copy(update=update).model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
