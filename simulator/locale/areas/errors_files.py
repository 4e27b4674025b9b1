"""Input files that cannot be read, the data folder, and YAML that cannot be loaded
(`errors_files.X`): a reason, printed after the file's name."""


NL: dict[str, str] = {
    "errors_files.no_such_file": "bestand bestaat niet",
    "errors_files.no_such_path": "bestand of map bestaat niet",
    "errors_files.is_folder": "is een map, geen bestand",
    "errors_files.give_file_name": "is een map; geef een bestandsnaam",
    "errors_files.cannot_read": "kan niet lezen ({reason})",
    "errors_files.fifo": "is een named pipe (FIFO), geen gewoon bestand",
    "errors_files.device": "is een apparaat, geen gewoon bestand",
    "errors_files.socket": "is een socket, geen gewoon bestand",
    "errors_files.not_regular": "geen gewoon bestand",
    "errors_files.too_large": "bestand is te groot (meer dan {limit} bytes)",
    "errors_files.home_is_file":
        "{name} {base} is een bestand; laat het naar een map wijzen (die wordt gemaakt als hij "
        "er nog niet is)",
    "errors_files.home_in_file":
        "{name} {base} ligt in {folder}, en dat is een bestand; laat het naar een map wijzen "
        "(die wordt gemaakt als hij er nog niet is)",
    "errors_files.data_folder": "de datamap",
    "errors_files.yaml_control":
        "stuurteken U+{code} in een tekst (bijv. een terminal-escape); haal het weg",
    "errors_files.yaml_not_allowed": "teken U+{code} mag niet in YAML-tekst staan; haal het weg",
    "errors_files.yaml_expanded":
        "te groot: meer dan {limit} waarden als ankers en aliassen zijn uitgeschreven",
    "errors_files.yaml_too_many": "te groot: meer dan {limit} waarden",
    "errors_files.yaml_too_deep": "te diep genest (meer dan {limit} niveaus)",
    "errors_files.yaml_invalid_value": "ongeldige waarde ({reason})",
    "errors_files.yaml_syntax": "YAML-syntaxfout: {reason}",
    "errors_files.yaml_invalid": "ongeldige YAML: {reason}",
    "errors_files.yaml_binary": "geen tekstbestand (binaire gegevens)",
    "errors_files.yaml_not_utf8": "geen UTF-8-tekst (foute byte op positie {offset})",
}


EN: dict[str, str] = {
    "errors_files.no_such_file": "no such file",
    "errors_files.no_such_path": "no such file or folder",
    "errors_files.is_folder": "is a folder, not a file",
    "errors_files.give_file_name": "is a folder; give a file name",
    "errors_files.cannot_read": "cannot read ({reason})",
    "errors_files.fifo": "is a named pipe (FIFO), not a regular file",
    "errors_files.device": "is a device, not a regular file",
    "errors_files.socket": "is a socket, not a regular file",
    "errors_files.not_regular": "not a regular file",
    "errors_files.too_large": "file is too large (more than {limit} bytes)",
    "errors_files.home_is_file":
        "{name} {base} is a file; point it at a folder (created when missing)",
    "errors_files.home_in_file":
        "{name} {base} is inside {folder}, which is a file; point it at a folder (created when "
        "missing)",
    "errors_files.data_folder": "the data folder",
    "errors_files.yaml_control":
        "control character U+{code} in a text (e.g. a terminal escape); remove it",
    "errors_files.yaml_not_allowed": "character U+{code} is not allowed in YAML text; remove it",
    "errors_files.yaml_expanded":
        "too large: more than {limit} values once anchors and aliases are expanded",
    "errors_files.yaml_too_many": "too large: more than {limit} values",
    "errors_files.yaml_too_deep": "nested too deeply (more than {limit} levels)",
    "errors_files.yaml_invalid_value": "invalid value ({reason})",
    "errors_files.yaml_syntax": "YAML syntax error: {reason}",
    "errors_files.yaml_invalid": "invalid YAML: {reason}",
    "errors_files.yaml_binary": "not a text file (binary data)",
    "errors_files.yaml_not_utf8": "not UTF-8 text (bad byte at offset {offset})",
}
