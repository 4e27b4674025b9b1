"""Failures and notes of the command line's own commands (`errors_cli.X`): arguments that do
not fit, `staysim run`, `practice`, `code`, `serve`, `assign` and the browser page's refusals."""


NL: dict[str, str] = {
    "errors_cli.saved": "gesprek {session} bewaard",
    "errors_cli.saved_unfinished": "gesprek {session} bewaard, onafgemaakt",
    "errors_cli.no_script": "{path}: scriptbestand bestaat niet",
    "errors_cli.empty_script":
        "{path}: het script heeft geen beurten van de leidinggevende (één per niet-lege regel)",
    "errors_cli.none": "geen",
    "errors_cli.not_whole": "geen geheel getal: {value}",
    "errors_cli.from_to": "moet van {low} tot {high} zijn, niet {number}",
    "errors_cli.or_more": "moet {low} of meer zijn, niet {number}",
    "errors_cli.not_date": "geen datum (JJJJ-MM-DD): {value}",
    "errors_cli.choose_scenarios": "staysim scenarios: kies list, validate of schema",
    "errors_cli.choose_assign": "staysim assign: kies new, add, list of submit",
    "errors_cli.choose_cohort": "staysim cohort: kies report",
    "errors_cli.interrupted": "onderbroken",
    "errors_cli.give_scenario": "geef --scenario ID (zie: staysim scenarios list)",
    "errors_cli.unknown_scenario": "onbekend scenario '{id}' (bekend: {known})",
    "errors_cli.not_in_assignment":
        "'{scenario}' is geen van de scenario's van deze opdracht: {ids}",
    "errors_cli.give_assignment_scenario":
        "geef --scenario ID, een van de scenario's van deze opdracht: {ids}",
    "errors_cli.either_or": "gebruik --scenario of --resume, niet allebei",
    "errors_cli.needs_terminal":
        "de app heeft een terminal nodig; voor een gesprek zonder scherm: staysim run "
        "--scenario ID --script BESTAND",
    "errors_cli.finished":
        "gesprek {session} is afgerond; bekijk de scorecard met staysim export {session} "
        "--format md",
    "errors_cli.not_utf8": "{path}: geen UTF-8-tekst",
    "errors_cli.code_too_long": "regel langer dan {limit} bytes",
    "errors_cli.code_stopped": "regel langer dan {limit} bytes; invoer gestopt",
    "errors_cli.code_not_utf8": "geen UTF-8-tekst",
    "errors_cli.code_json_at": "geen geldige JSON ({reason}, kolom {column})",
    "errors_cli.code_json_deep": "geen geldige JSON (te diep genest)",
    "errors_cli.code_json": "geen geldige JSON ({reason})",
    "errors_cli.code_not_object": "elke regel moet een JSON-object met een veld \"text\" zijn",
    "errors_cli.code_surrogate": "de regel bevat een losse surrogaat-escape (zoals \\ud800), "
    "die geen teken is",
    "errors_cli.code_no_text": "veld \"text\" ontbreekt of is geen tekst",
    "errors_cli.code_bad_lang": "veld \"lang\" moet \"nl\" of \"en\" zijn, niet {value}",
    "errors_cli.code_bad_prev": "veld \"prev\" moet tekst zijn",
    "errors_cli.model_unreadable":
        "het model van de coder is niet te lezen ({reason}); installeer staysim opnieuw",
    "errors_cli.code_crashed": "de coder kon deze regel niet coderen ({reason}); meld dit "
    "met de regel erbij",
    "errors_cli.code_failed":
        "{count} regel(s) van stdin konden niet worden gecodeerd (zie hierboven)",
    "errors_cli.public_url":
        "--public-url {url}: geef het adres dat bezoekers openen, bijv. "
        "https://staysim.example.org",
    "errors_cli.public_host":
        "--host {host} is bereikbaar vanaf andere machines; zet het alleen achter een proxy "
        "die om een login vraagt, en zeg met --public-url URL waar (zie de README)",
    "errors_cli.port": "--port {port}: kies een poort van 1 tot 65535",
    "errors_cli.data_folder": "--data {data}: kan de map niet maken ({reason})",
    "errors_cli.cannot_serve": "kan niet serveren op {host}:{port}: {reason}",
    "errors_cli.other_origin": "staysim: websocket van een andere site geweigerd",
    "errors_cli.no_room": "staysim: geen plek voor een bezoeker",
    "errors_cli.unknown_format": "onbekend exportformaat {fmt}; kies uit: {formats}",
}


EN: dict[str, str] = {
    "errors_cli.saved": "session {session} saved",
    "errors_cli.saved_unfinished": "session {session} saved, unfinished",
    "errors_cli.no_script": "{path}: no such script file",
    "errors_cli.empty_script": "{path}: the script has no manager turns (one per non-empty line)",
    "errors_cli.none": "none",
    "errors_cli.not_whole": "not a whole number: {value}",
    "errors_cli.from_to": "must be from {low} to {high}, not {number}",
    "errors_cli.or_more": "must be {low} or more, not {number}",
    "errors_cli.not_date": "not a date (YYYY-MM-DD): {value}",
    "errors_cli.choose_scenarios": "staysim scenarios: choose list, validate or schema",
    "errors_cli.choose_assign": "staysim assign: choose new, add, list or submit",
    "errors_cli.choose_cohort": "staysim cohort: choose report",
    "errors_cli.interrupted": "interrupted",
    "errors_cli.give_scenario": "give --scenario ID (see: staysim scenarios list)",
    "errors_cli.unknown_scenario": "unknown scenario '{id}' (known: {known})",
    "errors_cli.not_in_assignment": "'{scenario}' is not one of the assignment's scenarios: {ids}",
    "errors_cli.give_assignment_scenario":
        "give --scenario ID, one of the assignment's scenarios: {ids}",
    "errors_cli.either_or": "use either --scenario or --resume, not both",
    "errors_cli.needs_terminal":
        "the app needs a terminal; for a headless session use: staysim run --scenario ID "
        "--script FILE",
    "errors_cli.finished":
        "session {session} is finished; see its scorecard with staysim export {session} "
        "--format md",
    "errors_cli.not_utf8": "{path}: not UTF-8 text",
    "errors_cli.code_too_long": "line longer than {limit} bytes",
    "errors_cli.code_stopped": "line longer than {limit} bytes; input stopped",
    "errors_cli.code_not_utf8": "not UTF-8 text",
    "errors_cli.code_json_at": "not valid JSON ({reason}, column {column})",
    "errors_cli.code_json_deep": "not valid JSON (nested too deeply)",
    "errors_cli.code_json": "not valid JSON ({reason})",
    "errors_cli.code_not_object": "each line must be a JSON object with a \"text\" field",
    "errors_cli.code_surrogate": "the line holds a lone surrogate escape (such as \\ud800), "
    "which is no character",
    "errors_cli.code_no_text": "field \"text\" is missing or not a string",
    "errors_cli.code_bad_lang": "field \"lang\" must be \"nl\" or \"en\", not {value}",
    "errors_cli.code_bad_prev": "field \"prev\" must be a string",
    "errors_cli.model_unreadable":
        "the coder's model cannot be read ({reason}); reinstall staysim",
    "errors_cli.code_crashed": "the coder could not code this line ({reason}); please report "
    "it with the line",
    "errors_cli.code_failed": "{count} line(s) of stdin could not be coded (see above)",
    "errors_cli.public_url":
        "--public-url {url}: give the address visitors open, e.g. https://staysim.example.org",
    "errors_cli.public_host":
        "--host {host} is reachable from other machines; serve it only behind an "
        "authenticating proxy and say where with --public-url URL (see the README)",
    "errors_cli.port": "--port {port}: choose a port from 1 to 65535",
    "errors_cli.data_folder": "--data {data}: cannot make the folder ({reason})",
    "errors_cli.cannot_serve": "cannot serve on {host}:{port}: {reason}",
    "errors_cli.other_origin": "staysim: websocket from another origin refused",
    "errors_cli.no_room": "staysim: no room for a visitor",
    "errors_cli.unknown_format": "unknown export format {fmt}; use one of: {formats}",
}
