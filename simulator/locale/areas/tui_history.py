"""The history screen."""


NL: dict[str, str] = {
    "history.cannot_load": "Kan de geschiedenis niet laden",
    "history.col.id": "#",
    "history.col.date": "Datum",
    "history.col.scenario": "Scenario",
    "history.col.score": "Score",
    "history.col.status": "Status",
    "history.col.turns": "Beurten",
    "history.status.finished": "afgerond",
    "history.status.passed": "gehaald",
    "history.status.failed": "niet gehaald",
    "history.status.unfinished": "onafgemaakt",
    "history.imported": "(geïmporteerd)",
    "history.empty": "Nog geen gesprekken: kies een scenario en oefen.",
    "history.chart": "Score door de tijd",
    "history.sessions_one": "1 gesprek",
    "history.sessions_many": "{count} gesprekken",
    "history.chart_detail": "  {count} · eerste {first:.0f} · laatste {last:.0f}"
    " · beste {best:.0f}",
    "history.chart_none": "  nog geen",
    "history.per_dimension": "Per onderdeel (laatste)",
    "history.finished": "Dit gesprek is afgerond; Enter opent de scorekaart.",
    "history.cannot_score": "Kan dit gesprek niet scoren",
}


EN: dict[str, str] = {
    "history.cannot_load": "Cannot load the history",
    "history.col.id": "#",
    "history.col.date": "Date",
    "history.col.scenario": "Scenario",
    "history.col.score": "Score",
    "history.col.status": "Status",
    "history.col.turns": "Turns",
    "history.status.finished": "finished",
    "history.status.passed": "passed",
    "history.status.failed": "not passed",
    "history.status.unfinished": "unfinished",
    "history.imported": "(imported)",
    "history.empty": "No sessions yet: pick a scenario and practise.",
    "history.chart": "Score over time",
    "history.sessions_one": "1 session",
    "history.sessions_many": "{count} sessions",
    "history.chart_detail": "  {count} · first {first:.0f} · last {last:.0f}"
    " · best {best:.0f}",
    "history.chart_none": "  none yet",
    "history.per_dimension": "Per dimension (latest)",
    "history.finished": "This session is finished; press Enter for its scorecard.",
    "history.cannot_score": "Cannot score this session",
}
