"""Assignment packs and result files that cannot be used (`errors_coach.X`)."""


NL: dict[str, str] = {
    "errors_coach.newer_format":
        "format {value} is nieuwer dan deze staysim kan lezen ({newest}); werk staysim bij",
    "errors_coach.duplicate_persona": "persona-id '{id}' komt twee keer voor",
    "errors_coach.duplicate_scenario": "scenario-id '{id}' komt twee keer voor",
    "errors_coach.unknown_persona": "onbekende persona '{persona}'; het pakket bevat: {carried}",
    "errors_coach.duplicate_assignment":
        "opdracht-id '{id}' komt twee keer voor (ook in {path})",
    "errors_coach.clash_persona":
        "persona-id '{id}' botst met '{name}' in {path}; geef een van beide een andere naam",
    "errors_coach.clash_scenario":
        "scenario-id '{id}' botst met '{name}' in {path}; geef een van beide een andere naam",
    "errors_coach.not_json": "geen geldig JSON-bestand",
    "errors_coach.not_result": "geen staysim-resultaat (kind moet {kind} zijn)",
}


EN: dict[str, str] = {
    "errors_coach.newer_format":
        "format {value} is newer than this staysim reads ({newest}); please upgrade staysim",
    "errors_coach.duplicate_persona": "duplicate persona id '{id}'",
    "errors_coach.duplicate_scenario": "duplicate scenario id '{id}'",
    "errors_coach.unknown_persona": "unknown persona '{persona}'; the pack carries: {carried}",
    "errors_coach.duplicate_assignment": "duplicate assignment id '{id}' (also in {path})",
    "errors_coach.clash_persona":
        "persona id '{id}' clashes with '{name}' in {path}; rename one of them",
    "errors_coach.clash_scenario":
        "scenario id '{id}' clashes with '{name}' in {path}; rename one of them",
    "errors_coach.not_json": "not a valid JSON file",
    "errors_coach.not_result": "not a staysim result (kind must be {kind})",
}
