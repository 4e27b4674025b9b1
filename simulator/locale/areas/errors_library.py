"""Scenario and persona files that do not validate (`errors_library.X`): what is wrong with a
field, printed after `file:line: field:`."""


NL: dict[str, str] = {
    "errors_library.missing": "verplicht veld ontbreekt",
    "errors_library.unknown_field": "onbekend veld",
    "errors_library.one_of": "moet een van deze zijn: {choices}",
    "errors_library.id_pattern": "mag alleen kleine letters, cijfers, '-' en '_' bevatten",
    "errors_library.at_most": "mag hoogstens {limit} zijn",
    "errors_library.at_least": "moet minstens {limit} zijn",
    "errors_library.below": "moet minder dan {limit} zijn",
    "errors_library.above": "moet meer dan {limit} zijn",
    "errors_library.voice_pattern":
        "moet een stemnaam zijn: letters, cijfers, '_', '.', '+' of '-', hoogstens 64 tekens",
    "errors_library.too_short_one": "heeft minstens 1 item nodig",
    "errors_library.too_short_many": "heeft minstens {count} items nodig",
    "errors_library.too_long": "mag hoogstens {limit} items hebben",
    "errors_library.text": "moet tekst zijn",
    "errors_library.number": "moet een getal zijn",
    "errors_library.list": "moet een lijst zijn",
    "errors_library.mapping": "moet een verzameling velden zijn (naam: waarde)",
    "errors_library.bool": "moet true of false zijn",
    "errors_library.invalid": "ongeldige waarde",
    "errors_library.expected_mapping": "verwacht een verzameling velden, gevonden: {kind}",
    "errors_library.empty": "niets",
    "errors_library.duplicate_persona": "persona-id '{id}' komt twee keer voor (ook in {path})",
    "errors_library.duplicate_scenario":
        "scenario-id '{id}' komt twee keer voor (ook in {path})",
    "errors_library.unknown_persona": "onbekende persona '{persona}'",
    "errors_library.language_mismatch":
        "persona '{persona}' spreekt '{spoken}', maar het scenario is in '{language}'",
    "errors_library.no_yaml": "geen .yaml-bestanden gevonden",
    "errors_library.unknown_dimension": "onbekend onderdeel '{name}'; kies uit: {choices}",
    "errors_library.negative_weights": "gewichten moeten nul of meer zijn",
    "errors_library.duplicate_fact": "feit-id '{id}' komt twee keer voor",
    "errors_library.guarded_missing":
        "lines.guarded heeft zinnen nodig voor elk thema; ontbreekt: {themes}",
    "errors_library.warning": "waarschuwing: {problem}",
    "errors_library.no_scenarios": "Geen scenario's gevonden.",
    "errors_library.found_one": "1 probleem gevonden.",
    "errors_library.found_many": "{count} problemen gevonden.",
    "errors_library.all_valid": "Alle bestanden zijn in orde.",
}


EN: dict[str, str] = {
    "errors_library.missing": "required field is missing",
    "errors_library.unknown_field": "unknown field",
    "errors_library.one_of": "must be one of: {choices}",
    "errors_library.id_pattern": "must be lowercase letters, digits, '-' or '_'",
    "errors_library.at_most": "must be at most {limit}",
    "errors_library.at_least": "must be at least {limit}",
    "errors_library.below": "must be less than {limit}",
    "errors_library.above": "must be more than {limit}",
    "errors_library.voice_pattern":
        "must be a voice name: letters, digits, '_', '.', '+' or '-', at most 64 characters",
    "errors_library.too_short_one": "needs at least 1 item",
    "errors_library.too_short_many": "needs at least {count} items",
    "errors_library.too_long": "may have at most {limit} items",
    "errors_library.text": "must be text",
    "errors_library.number": "must be a number",
    "errors_library.list": "must be a list",
    "errors_library.mapping": "must be a mapping of fields",
    "errors_library.bool": "must be true or false",
    "errors_library.invalid": "invalid value",
    "errors_library.expected_mapping": "expected a mapping of fields, found {kind}",
    "errors_library.empty": "empty",
    "errors_library.duplicate_persona": "duplicate persona id '{id}' (also in {path})",
    "errors_library.duplicate_scenario": "duplicate scenario id '{id}' (also in {path})",
    "errors_library.unknown_persona": "unknown persona '{persona}'",
    "errors_library.language_mismatch":
        "persona '{persona}' speaks '{spoken}', the scenario is in '{language}'",
    "errors_library.no_yaml": "no .yaml files found",
    "errors_library.unknown_dimension": "unknown dimension '{name}'; must be one of: {choices}",
    "errors_library.negative_weights": "weights must be zero or more",
    "errors_library.duplicate_fact": "duplicate fact id '{id}'",
    "errors_library.guarded_missing":
        "lines.guarded needs lines for every theme; missing: {themes}",
    "errors_library.warning": "warning: {problem}",
    "errors_library.no_scenarios": "No scenarios found.",
    "errors_library.found_one": "1 problem found.",
    "errors_library.found_many": "{count} problems found.",
    "errors_library.all_valid": "All files are valid.",
}
