"""Conversation files that cannot be read as a transcript: JSON, plain text, WebVTT, SRT
(`errors_transcripts.X`); each names the file, and the line where it can."""

_EXAMPLE_NL = "verwacht bijv. 00:00:01.000 --> 00:00:04.000"
_EXAMPLE_EN = "expected e.g. 00:00:01.000 --> 00:00:04.000"

NL: dict[str, str] = {
    "errors_transcripts.utf16": "{path}: geen geldige UTF-16-tekst; sla het op als UTF-8",
    "errors_transcripts.binary": "{path}: binair bestand, geen transcript",
    "errors_transcripts.not_utf8": "{path}:{line}: geen UTF-8-tekst; sla het op als UTF-8",
    "errors_transcripts.empty": "{path}: leeg bestand",
    "errors_transcripts.json_at": "{name}:{line}: geen geldige JSON ({reason})",
    "errors_transcripts.json": "{name}: geen geldige JSON ({reason})",
    "errors_transcripts.json_deep": "{name}: JSON te diep genest voor een transcript",
    "errors_transcripts.json_no_list": "{name}: JSON zonder \"transcript\"-lijst met beurten",
    "errors_transcripts.json_item": "{where}: moet een object met \"speaker\" en \"text\" zijn",
    "errors_transcripts.json_field": "{where}.{field}: ontbreekt of is geen tekst",
    "errors_transcripts.json_surrogate": "{where}.{field}: bevat een losse surrogaat-escape "
    "(zoals \\ud800), die geen teken is",
    "errors_transcripts.plain":
        "{name}:{line}: verwacht 'Naam: tekst' (onbekende vorm; gebruik onze JSON-export, "
        "regels 'Naam: tekst', WebVTT of SRT)",
    "errors_transcripts.cue_timing":
        "{name}:{line}: tijd van de {kind}-cue niet begrepen (" + _EXAMPLE_NL + ")",
    "errors_transcripts.cue_no_timing":
        "{name}:{line}: {kind}-cue zonder geldige tijdregel (" + _EXAMPLE_NL + ")",
    "errors_transcripts.cue_no_speaker":
        "{name}:{line}: {kind}-cue zonder spreker; gebruik '<v Naam>' of 'Naam: tekst'",
    "errors_transcripts.no_speaker":
        "{path}: geen spreker met de naam {wanted}; sprekers: {speakers}",
    "errors_transcripts.no_turns": "{path}: geen beurten gevonden",
    "errors_transcripts.one_speaker":
        "{path}: maar één spreker ({speaker}); een gesprek heeft er twee nodig{hint}",
    "errors_transcripts.hint_srt": "; een cue zonder 'Naam: ' hoort bij de vorige spreker",
    "errors_transcripts.hint_vtt":
        "; een cue zonder '<v Naam>' of 'Naam: ' hoort bij de vorige spreker",
    "errors_transcripts.unknown_speaker":
        "onbekende spreker {speaker}; gebruik 'manager' of 'employee'",
}


EN: dict[str, str] = {
    "errors_transcripts.utf16": "{path}: not valid UTF-16 text; save it as UTF-8",
    "errors_transcripts.binary": "{path}: binary file, not a transcript",
    "errors_transcripts.not_utf8": "{path}:{line}: not UTF-8 text; save it as UTF-8",
    "errors_transcripts.empty": "{path}: empty file",
    "errors_transcripts.json_at": "{name}:{line}: not valid JSON ({reason})",
    "errors_transcripts.json": "{name}: not valid JSON ({reason})",
    "errors_transcripts.json_deep": "{name}: JSON nested too deeply to be a transcript",
    "errors_transcripts.json_no_list": "{name}: JSON without a \"transcript\" list of turns",
    "errors_transcripts.json_item": "{where}: must be an object with \"speaker\" and \"text\"",
    "errors_transcripts.json_field": "{where}.{field}: missing or not a string",
    "errors_transcripts.json_surrogate": "{where}.{field}: holds a lone surrogate escape (such "
    "as \\ud800), which is no character",
    "errors_transcripts.plain":
        "{name}:{line}: expected 'Name: text' (unknown format; use our JSON export, "
        "'Name: text' lines, WebVTT or SRT)",
    "errors_transcripts.cue_timing":
        "{name}:{line}: {kind} cue timing not understood (" + _EXAMPLE_EN + ")",
    "errors_transcripts.cue_no_timing":
        "{name}:{line}: {kind} cue without a valid timing line (" + _EXAMPLE_EN + ")",
    "errors_transcripts.cue_no_speaker":
        "{name}:{line}: {kind} cue without a speaker; use '<v Name>' or 'Name: text'",
    "errors_transcripts.no_speaker": "{path}: no speaker named {wanted}; speakers are: {speakers}",
    "errors_transcripts.no_turns": "{path}: no turns found",
    "errors_transcripts.one_speaker":
        "{path}: only one speaker ({speaker}); a conversation needs two{hint}",
    "errors_transcripts.hint_srt": "; a cue without 'Name: ' continues the previous speaker",
    "errors_transcripts.hint_vtt":
        "; a cue without '<v Name>' or 'Name: ' continues the previous speaker",
    "errors_transcripts.unknown_speaker":
        "unknown speaker {speaker}; use 'manager' or 'employee'",
}
