"""A scorecard full of hostile text (script, attributes, terminal escapes, Rich and
Markdown markup), for the export tests."""

from simulator.domain.scorecard import Actions, Coverage, Disclosures, Finding, Metrics, Scorecard

SCRIPT = "<script>alert(1)</script>"
ATTR = '"><img src=x onerror=alert(2)>'
ANSI = "\x1b[31mrood\x1b[0m\x1b]8;;http://evil.example\x07link\x1b]8;;\x07"
RICH = "[bold red]vet[/] [link=http://evil.example]klik[/link]"
HOSTILE = f"{SCRIPT} {ATTR} {ANSI} {RICH} *nadruk* `code` [a](javascript:alert(3))"


def scorecard(text: str = HOSTILE) -> Scorecard:
    return Scorecard(
        scenario="tess-basis",
        language="nl",
        score=58,
        metrics=Metrics(
            manager_talk_share=0.42,
            open_questions=3,
            closed_questions=1,
            open_question_share=0.75,
            reflections=2,
            reflection_to_question=0.5,
            defensive=1,
        ),
        coverage=Coverage(explored=["energy"], missed=["leave"]),
        actions=Actions(manager=True, follow_up=True),
        findings=[Finding(turn=2, code="defensive", quote=text, tip=f"Probeer {SCRIPT}")],
        disclosures=Disclosures(revealed=[f"Recruiter {SCRIPT}"], total=3),
        transcript=[
            {"speaker": "manager", "text": "Wat geeft je energie?", "codes": ["open_question"]},
            {"speaker": "employee", "text": text, "codes": []},
            {"speaker": "manager", "text": "Ja maar dat klopt niet.", "codes": ["defensive"]},
            {"speaker": "employee", "text": "Nou ja, ik", "codes": []},
        ],
    )

