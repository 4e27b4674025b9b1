"""What the cohort report flags in the result files it reads (`errors_cohort.X`)."""


NL: dict[str, str] = {
    "errors_cohort.changed_transcript":
        "past niet bij het transcript: aangepast nadat het werd ingeleverd",
    "errors_cohort.unknown_scenario":
        "scenario '{scenario}' is hier onbekend, niet opnieuw gescoord; geef --pack",
    "errors_cohort.score_differs":
        "bewaarde score {stored} wijkt af van de nieuwe score {rescored}",
    "errors_cohort.card_score": " (score in de scorecard: {card})",
    "errors_cohort.older_result":
        "een ouder resultaat van '{trainee}' dan {newer}; weggelaten",
    "errors_cohort.as_in_file": "zoals in {path}",
    "errors_cohort.as_in_pack": "zoals in het opgegeven pakket",
    "errors_cohort.other_pack": "ander pakket: '{pack}', niet '{expected}' {where}",
    "errors_cohort.other_version":
        "andere versie van pakket '{pack}': {hash}, niet {expected} {where}",
}

EN: dict[str, str] = {
    "errors_cohort.changed_transcript":
        "does not match the transcript: changed after it was submitted",
    "errors_cohort.unknown_scenario":
        "scenario '{scenario}' is unknown here, not re-scored; give --pack",
    "errors_cohort.score_differs": "stored score {stored} differs from the re-score {rescored}",
    "errors_cohort.card_score": " (scorecard.score {card})",
    "errors_cohort.older_result": "an older result of '{trainee}' than {newer}; left out",
    "errors_cohort.as_in_file": "as in {path}",
    "errors_cohort.as_in_pack": "as in the pack given",
    "errors_cohort.other_pack": "another pack: '{pack}', not '{expected}' {where}",
    "errors_cohort.other_version":
        "another version of pack '{pack}': {hash}, not {expected} {where}",
}
