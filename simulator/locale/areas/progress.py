"""The progress view (history --trend, the progress screen)'s words in Dutch and English."""

NL: dict[str, str] = {
    "progress.heading": "{title} · {count}",
    "progress.score": "Score",
    "progress.since": "sinds vorige keer",
    "progress.better": "Beter dan vorige keer: {items}.",
    "progress.worse": "Minder dan vorige keer: {items}.",
    "progress.same": "Elk onderdeel gelijk aan vorige keer.",
    "progress.new_findings": "Nieuw in de feedback: {items}.",
    "progress.gone_findings": "Niet meer in de feedback: {items}.",
    "progress.first_only": "Eén gesprek; na het volgende zie je hier wat er veranderde.",
    "progress.empty": "Nog geen afgeronde gesprekken; oefen er een en kijk hier hoe je groeit.",
    "progress.title": "Voortgang per scenario",
}

EN: dict[str, str] = {
    "progress.heading": "{title} · {count}",
    "progress.score": "Score",
    "progress.since": "since last time",
    "progress.better": "Better than last time: {items}.",
    "progress.worse": "Lower than last time: {items}.",
    "progress.same": "Every dimension as last time.",
    "progress.new_findings": "New in the feedback: {items}.",
    "progress.gone_findings": "No longer in the feedback: {items}.",
    "progress.first_only": "One session; after the next one you see here what changed.",
    "progress.empty": "No finished sessions yet; practise one and watch your progress here.",
    "progress.title": "Progress per scenario",
}

