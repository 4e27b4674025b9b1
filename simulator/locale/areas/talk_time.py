"""Talk time in voice sessions: the listening dimension in seconds, the pause findings and
their names, the timing line of `run --audio` and the figures' names in the exports."""


NL: dict[str, str] = {
    "dim.listening.shown_seconds": "{value:.0%} van de spreektijd van jou "
    "({manager} van {total} s)",
    "label.code.interruption": "onderbroken",
    "label.code.no_pause": "geen stilte",
    "tip.interruption": "Je begon te praten terwijl de medewerker nog sprak. Laat iemand "
    "uitpraten en wacht nog even: wat na een stilte komt, is vaak het belangrijkste.",
    "tip.no_pause": "Na het antwoord van de medewerker liet je meestal geen stilte vallen "
    "({count} van {turns} beurten binnen een halve seconde). Tel in stilte tot drie voor je "
    "reageert; vaak komt er dan meer.",
    "talk.run_manager": "jij {seconds} s gesproken na {pause} s stilte",
    "talk.run_employee": "; medewerker {seconds} s",
    "talk.basis.seconds": "seconden spraak",
    "talk.basis.words": "woorden",
    "export.metric.manager_speaking_seconds": "Spreektijd leidinggevende (s)",
    "export.metric.employee_speaking_seconds": "Spreektijd medewerker (s)",
    "export.metric.talk_share_basis": "Spreektijd geteld in",
}

EN: dict[str, str] = {
    "dim.listening.shown_seconds": "{value:.0%} of the speaking time yours "
    "({manager} of {total} s)",
    "label.code.interruption": "interruption",
    "label.code.no_pause": "no silence",
    "tip.interruption": "You started speaking while the employee was still talking. Let "
    "them finish and wait a moment: what comes after a silence is often what matters most.",
    "tip.no_pause": "You mostly let no silence fall after the employee's answer ({count} "
    "of {turns} turns within half a second). Count to three silently before you respond; "
    "often more follows.",
    "talk.run_manager": "you spoke {seconds} s after {pause} s of silence",
    "talk.run_employee": "; employee {seconds} s",
    "talk.basis.seconds": "seconds of speech",
    "talk.basis.words": "words",
    "export.metric.manager_speaking_seconds": "Manager speaking time (s)",
    "export.metric.employee_speaking_seconds": "Employee speaking time (s)",
    "export.metric.talk_share_basis": "Talk share counted in",
}
