"""Failures and notes of the command line's own commands (`errors_cli.X`)."""


NL: dict[str, str] = {
    "errors_cli.saved": "gesprek {session} bewaard",
    "errors_cli.saved_unfinished": "gesprek {session} bewaard, onafgemaakt",
}


EN: dict[str, str] = {
    "errors_cli.saved": "session {session} saved",
    "errors_cli.saved_unfinished": "session {session} saved, unfinished",
}
