"""Reads the labelled manager corpus and the AnnoMI development split as training records."""

import csv
import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "training" / "corpus"
DEVTEST = ROOT / "training" / "devtest"
# A corpus part's second, blind annotation: a code the two annotators disagree on is left
# out of that line's training (neither given nor denied).
SECOND = ROOT / "training" / "second"
# The check set: four more writers' parts, labelled a second time blind like the corpus, never
# trained or tuned on: the coder on text nobody here wrote rules or trained for.
CHECKSET = ROOT / "training" / "checkset"
CHECKSET_SECOND = ROOT / "training" / "checkset-second"
ANNOMI = ROOT.parent / "shared" / "data" / "annomi" / "annomi-dev.csv"
# AnnoMI labels questions and reflections only: the other codes are unknown there.
ANNOMI_KNOWN = frozenset({"open_question", "closed_question", "reflection"})


@dataclass(frozen=True)
class Record:
    """One labelled manager utterance; `known` lists the codes its labels speak for."""

    text: str
    lang: str
    prev: str | None
    codes: frozenset[str]
    known: frozenset[str] | None  # None: every code
    family: str
    complex: bool | None = None
    generic: bool | None = None
    themes: frozenset[str] | None = None  # None: not labelled for themes
    source: str = ""  # the corpus part (file) it comes from: one writer


@dataclass(frozen=True)
class Second:
    """The second annotator's labels of one line."""

    codes: frozenset[str]
    complex: bool | None = None
    generic: bool | None = None


def read_second(path: Path) -> dict[str, Second]:
    """The second annotator's labels per line id, for a corpus or check-set file that has
    them."""
    in_checkset = path.resolve().parent == CHECKSET.resolve()
    second = (CHECKSET_SECOND if in_checkset else SECOND) / path.name
    if not second.is_file():
        return {}
    rows = (json.loads(line) for line in second.read_text(encoding="utf-8").splitlines() if line)
    return {row["id"]: Second(frozenset(row["codes"]), row.get("complex"), row.get("generic"))
            for row in rows}


def agreed_kind(mine: bool | None, other: Second | None, kind: str) -> bool | None:
    """Simple/complex or generic as both annotators give it; None (left out of that head's
    training) where the second annotator also hears a reflection and decides otherwise."""
    if other is None or mine is None or "reflection" not in other.codes:
        return mine
    return mine if getattr(other, kind) == mine else None


def agreed(codes: frozenset[str], other: frozenset[str] | None) -> tuple[frozenset[str],
                                                                          frozenset[str] | None]:
    """The codes both annotators give, and the codes the line speaks for (None: all)."""
    from simulator.scoring.codes import CODES

    disputed = codes ^ other if other is not None else frozenset()
    if not disputed:
        return codes, None
    return codes - disputed, frozenset(CODES) - disputed


def read_jsonl(paths: list[Path], *, second: bool = False) -> list[Record]:
    """Labelled lines; with `second`, each file's codes, and simple/complex and generic, as
    agreed with its second annotation."""
    out = []
    for path in paths:
        others = read_second(path) if second else {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            other = others.get(raw["id"])
            codes, known = agreed(frozenset(raw["codes"]), other.codes if other else None)
            out.append(Record(raw["text"], raw["lang"], raw.get("prev"), codes, known,
                              raw["family"], agreed_kind(raw.get("complex"), other, "complex"),
                              agreed_kind(raw.get("generic"), other, "generic"),
                              source=path.stem))
    return out


def read_annomi(path: Path = ANNOMI) -> list[Record]:
    out = []
    prev: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            tid = row["transcript_id"]
            if row["interlocutor"] == "client":
                prev[tid] = row["utterance_text"]
                continue
            codes = set()
            if row["question_exists"] == "True":
                codes.add(f"{row['question_subtype']}_question")
            reflects = row["reflection_exists"] == "True"
            if reflects:
                codes.add("reflection")
            complex_ = row["reflection_subtype"] == "complex" if reflects else None
            out.append(Record(row["utterance_text"], "en", prev.get(tid) or None,
                              frozenset(codes), ANNOMI_KNOWN, f"annomi-{tid}", complex_))
    return out


THEMES_CORPUS = ROOT / "training" / "themes"
THEMES_DEVTEST = ROOT / "training" / "themes-devtest"


def read_themes(paths: list[Path]) -> list[Record]:
    """Manager utterances labelled with the themes they ask about or reflect (no codes)."""
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                out.append(Record(raw["text"], raw["lang"], raw.get("prev"), frozenset(),
                                  frozenset(), raw["family"], themes=frozenset(raw["themes"])))
    return out


TABLES = ROOT / "tests" / "data" / "coder"
_FLAGS = frozenset({"advice", "appraisal", "defensive"})
_QUESTIONS = frozenset({"open_question", "closed_question"})


def _table_known(code: str) -> frozenset[str]:
    """The codes a table line speaks for: its own, and those its test rules out."""
    from simulator.scoring.codes import CODES

    if code == "none":
        return frozenset(CODES)
    known = {code}
    if code in _QUESTIONS:
        known |= _QUESTIONS
    if code == "promise":
        known.add("commitment")
    if code == "commitment":
        known |= {"promise", "closed_question"}
    if code not in _FLAGS | {"promise"}:
        known |= _FLAGS
    return frozenset(known)


def read_tables(folder: Path = TABLES) -> list[Record]:
    """The short manager lines of the rule coder's rounds (`code|text`, one code a line), each
    labelled for the codes its test checks; their tests assert the coder still fits them."""
    out = []
    for lang in ("nl", "en"):
        lines = (folder / f"manager_{lang}.txt").read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if line.strip() and not line.startswith("#"):
                code, text = line.split("|", 1)
                codes = frozenset() if code == "none" else frozenset({code})
                out.append(Record(text, lang, None, codes, _table_known(code),
                                  f"table-{lang}-{number}"))
    return out


def with_and_without_context(records: list[Record]) -> list[Record]:
    """Every labelled line also without the employee's turn before it (same family): a code
    must not hang on whether the turn before was given."""
    from dataclasses import replace

    return records + [replace(r, prev=None) for r in records if r.prev]


def corpus() -> list[Record]:
    return read_jsonl(sorted(CORPUS.glob("*.jsonl")), second=True)


def checkset() -> list[Record]:
    """The check set, its codes as agreed with its second annotation."""
    return read_jsonl(sorted(CHECKSET.glob("*.jsonl")), second=True)


def devtest() -> list[Record]:
    return read_jsonl(sorted(DEVTEST.glob("*.jsonl")))
