"""The cohort's figures, worked out once for every rendering: per trainee, per dimension,
the findings most trainees share, and the progress from first to best attempt."""

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from simulator.cohort.rescoring import Scored
from simulator.locale import t
from simulator.progress.trend import DIMENSIONS, dimension_scores

TOP_FINDINGS = 6
QUOTES_PER_FINDING = 3
QUOTE_CHARS = 140


@dataclass
class TraineeRow:
    name: str
    attempts: list[Scored]
    first: int | None
    best: int | None
    latest: int | None
    passed: bool
    profile: dict[str, int]
    flags: int

    @property
    def gain(self) -> int | None:
        if self.first is None or self.best is None:
            return None
        return self.best - self.first


@dataclass
class FindingRow:
    code: str
    attempts: int
    trainees: int
    quotes: list[str] = field(default_factory=list)


@dataclass
class Cohort:
    pack_id: str
    title: str
    pass_score: int
    lang: str
    rows: list[TraineeRow]
    dimensions: list[str]
    distribution: dict[str, list[int]]
    findings: list[FindingRow]

    @property
    def flagged(self) -> list[Scored]:
        return [a for row in self.rows for a in row.attempts if a.flags]


def build(
    scored: list[Scored],
    *,
    pack_id: str,
    title: str,
    pass_score: int,
    lang: str,
    anonymise: bool = False,
    other_names: Iterable[str] = (),
) -> Cohort:
    """The cohort from every re-scored attempt. Quotes never carry the trainees' or the
    personas' (`other_names`) names; with `anonymise` the trainees are numbered too."""
    by_trainee: dict[str, list[Scored]] = {}
    for attempt in scored:
        by_trainee.setdefault(attempt.trainee, []).append(attempt)
    shown = _shown_names(list(by_trainee), lang, anonymise)
    rows = [_row(shown[name], attempts) for name, attempts in by_trainee.items()]
    rows.sort(key=lambda r: (_number_key(r.name) if anonymise else (r.name.casefold(), 0)))
    dims = [d for d in DIMENSIONS if any(d in r.profile for r in rows)]
    distribution = {d: [r.profile[d] for r in rows if d in r.profile] for d in dims}
    scrub = name_scrubber([*by_trainee, *other_names])
    return Cohort(
        pack_id, title, pass_score, lang, rows, dims, distribution, _findings(scored, scrub)
    )


def _row(name: str, attempts: list[Scored]) -> TraineeRow:
    attempts = sorted(attempts, key=lambda a: a.started)
    scores = [a.score for a in attempts if a.score is not None]
    best = max((a for a in attempts if a.score is not None), key=lambda a: a.score or 0,
               default=None)
    return TraineeRow(
        name=name,
        attempts=attempts,
        first=scores[0] if scores else None,
        best=best.score if best is not None else None,
        latest=scores[-1] if scores else None,
        passed=any(a.passed for a in attempts),
        profile=dimension_scores(best.card) if best is not None and best.card else {},
        flags=sum(1 for a in attempts if a.flags),
    )


def _shown_names(names: list[str], lang: str, anonymise: bool) -> dict[str, str]:
    if not anonymise:
        return {n: n for n in names}
    # Numbered in an order that follows neither the names nor the files.
    order = sorted(names, key=lambda n: hashlib.sha256(n.encode()).hexdigest())
    return {n: t("cohort.trainee_n", lang, n=i + 1) for i, n in enumerate(order)}


def _number_key(name: str) -> tuple[str, int]:
    digits = re.search(r"(\d+)$", name)
    return ("", int(digits.group(1))) if digits else (name.casefold(), 0)


def name_scrubber(names: Iterable[str]) -> "re.Pattern[str] | None":
    """A pattern for each name and each capitalised part of it of three letters or more."""
    parts: set[str] = set()
    for name in names:
        name = name.strip()
        if not name:
            continue
        parts.add(name)
        parts.update(w for w in re.split(r"[\s,]+", name) if len(w) >= 3 and w[0].isupper())
    if not parts:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def scrub(text: str, pattern: "re.Pattern[str] | None", placeholder: str) -> str:
    text = " ".join(text.split())
    if pattern is not None:
        text = pattern.sub(placeholder, text)
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def _findings(scored: list[Scored], pattern: "re.Pattern[str] | None") -> list[FindingRow]:
    attempts: Counter[str] = Counter()
    trainees: dict[str, set[str]] = {}
    quotes: dict[str, list[str]] = {}
    placeholder = "[…]"
    for attempt in scored:
        if attempt.card is None:
            continue
        placeholder = t("cohort.name_placeholder", attempt.card.language)
        codes_here = set()
        for finding in attempt.card.findings:
            codes_here.add(finding.code)
            bucket = quotes.setdefault(finding.code, [])
            if len(bucket) < QUOTES_PER_FINDING:
                quote = scrub(finding.quote, pattern, placeholder)
                if quote and quote not in bucket:
                    bucket.append(quote)
        for code in codes_here:
            attempts[code] += 1
            trainees.setdefault(code, set()).add(attempt.trainee)
    ranked = sorted(attempts, key=lambda c: (-len(trainees[c]), -attempts[c], c))
    return [
        FindingRow(code, attempts[code], len(trainees[code]), quotes.get(code, []))
        for code in ranked[:TOP_FINDINGS]
    ]


def dimension_label(name: str, lang: str) -> str:
    return t(f"dim.{name}", lang)


def finding_label(code: str, lang: str) -> str:
    from simulator.locale.words import code_label

    label = code_label(code, lang)
    return label[:1].upper() + label[1:]


def flag_text(attempt: Scored, lang: str) -> str:
    """What is wrong with a flagged attempt, in words."""
    parts = []
    for flag in attempt.flags:
        if flag == "score":
            stored = attempt.attempt.score
            parts.append(t("cohort.flag.score", lang, stored=stored, score=attempt.score))
        elif flag == "unknown_scenario":
            parts.append(t("cohort.flag.unknown_scenario", lang, scenario=attempt.attempt.scenario))
        else:
            parts.append(t(f"cohort.flag.{flag}", lang))
    return "; ".join(parts)


def decimal(value: float, lang: str) -> str:
    """A figure the way the language writes it: 60,5 in Dutch, 60.5 in English."""
    from simulator.locale import number

    return number(value, lang)


def median(values: list[int]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def progress(cohort: Cohort) -> dict[str, int] | None:
    """Mean first and best score, and how many trainees improved; None without attempts."""
    pairs = [(r.first, r.best) for r in cohort.rows if r.first is not None and r.best is not None]
    if not pairs:
        return None
    first = round(sum(p[0] for p in pairs) / len(pairs))
    best = round(sum(p[1] for p in pairs) / len(pairs))
    improved = sum(1 for a, b in pairs if b > a)
    return {"first": first, "best": best, "gain": best - first, "improved": improved,
            "total": len(pairs)}
