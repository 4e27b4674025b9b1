"""Checks a labelled corpus file against the guidelines and prints its counts."""

import json
import sys
from collections import Counter

CODES = {"open_question", "closed_question", "reflection", "affirmation", "defensive",
         "promise", "commitment", "advice", "appraisal"}
FIELDS = {"id", "family", "lang", "sector", "prev", "text", "codes", "complex", "generic",
          "hard_negative"}


def check(paths: list[str]) -> int:
    ids: set[str] = set()
    per_code: Counter[tuple[str, str]] = Counter()
    sectors: Counter[str] = Counter()
    lines = hard = empty = problems = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    rec = json.loads(raw)
                except json.JSONDecodeError as exc:
                    print(f"{where}: not JSON: {exc}")
                    problems += 1
                    continue
                missing = FIELDS - rec.keys()
                extra = rec.keys() - FIELDS
                bad = [c for c in rec.get("codes", []) if c not in CODES]
                if missing or extra or bad or rec.get("lang") not in ("nl", "en"):
                    print(f"{where}: missing {sorted(missing)} extra {sorted(extra)} bad {bad}")
                    problems += 1
                    continue
                if rec["id"] in ids:
                    print(f"{where}: duplicate id {rec['id']}")
                    problems += 1
                ids.add(rec["id"])
                if len(set(rec["codes"])) != len(rec["codes"]):
                    print(f"{where}: a code twice")
                    problems += 1
                has_refl = "reflection" in rec["codes"]
                if has_refl != (rec["complex"] is not None) or has_refl != (
                        rec["generic"] is not None):
                    print(f"{where}: complex/generic must be set exactly for reflections")
                    problems += 1
                lines += 1
                hard += bool(rec["hard_negative"])
                empty += not rec["codes"]
                sectors[rec["sector"]] += 1
                for code in rec["codes"]:
                    per_code[(rec["lang"], code)] += 1
    print(f"{lines} lines, {problems} problems, hard negatives {hard / max(lines, 1):.0%}, "
          f"no code {empty}, sectors {len(sectors)}")
    for lang in ("nl", "en"):
        row = {c: per_code[(lang, c)] for c in sorted(CODES) if per_code[(lang, c)]}
        if row:
            print(lang, row)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(check(sys.argv[1:]))
