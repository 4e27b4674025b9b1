"""Failures and notes of the command line's own commands (`errors_cli.X`)."""


NL: dict[str, str] = {
    "errors_cli.saved": "gesprek {session} bewaard",
    "errors_cli.saved_unfinished": "gesprek {session} bewaard, onafgemaakt",
    "errors_cli.no_script": "{path}: scriptbestand bestaat niet",
    "errors_cli.empty_script":
        "{path}: het script heeft geen beurten van de leidinggevende (één per niet-lege regel)",
}


EN: dict[str, str] = {
    "errors_cli.saved": "session {session} saved",
    "errors_cli.saved_unfinished": "session {session} saved, unfinished",
    "errors_cli.no_script": "{path}: no such script file",
    "errors_cli.empty_script": "{path}: the script has no manager turns (one per non-empty line)",
}
