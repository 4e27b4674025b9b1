"""The cohort report as CSV: one row per trainee, for a spreadsheet."""

import csv
import io

from simulator.cohort.summary import Cohort
from simulator.sanitize import inert

# A cell a spreadsheet would run as a formula starts with one of these.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = inert(str(value))
    return "'" + text if text.startswith(_FORMULA) else text


def render(cohort: Cohort) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    heads = ["trainee", "attempts", "first", "best", "latest", "gain", "passed", "flagged"]
    writer.writerow(heads + list(cohort.dimensions))
    for r in cohort.rows:
        values = [
            r.name, len(r.attempts), r.first, r.best, r.latest, r.gain, int(r.passed), r.flags
        ]
        values += [r.profile.get(d) for d in cohort.dimensions]
        writer.writerow(["" if v is None else _cell(v) for v in values])
    return out.getvalue()
