"""`staysim assign`: assignment packs on the command line."""


NL: dict[str, str] = {
    "assign.written": "Opdracht '{id}' geschreven naar {target} (scenario's: {scenarios}, "
    "persona's: {personas}, pogingen: {attempts}, geslaagd vanaf {pass_score})",
    "assign.added": "Opdracht '{id}' toegevoegd: {title}",
    "assign.updated": "Opdracht '{id}' bijgewerkt naar de nieuwe versie: {title}",
    "assign.unchanged": "Opdracht '{id}' staat al in je bibliotheek: {title}",
    "assign.how": "Begin in de kiezer (staysim) of met: staysim run --assignment {id} "
    "--scenario {scenario} --script BESTAND",
    "assign.none": "Nog geen opdrachten. Voeg er een toe met: staysim assign add PACK.yaml",
    "assign.col.id": "OPDRACHT",
    "assign.col.due": "DEADLINE",
    "assign.col.attempts": "POGINGEN",
    "assign.col.left": "OVER",
    "assign.col.best": "BESTE",
    "assign.col.passed": "GESLAAGD",
    "assign.col.title": "TITEL",
    "assign.yes": "ja",
    "assign.no": "nee",
    "assign.overdue": "te laat",
    "assign.submitted_one": "1 poging aan opdracht '{id}' geschreven naar {target}",
    "assign.submitted_many": "{count} pogingen aan opdracht '{id}' geschreven naar {target}",
    "assign.unknown": "geen opdracht '{id}' in je bibliotheek; toegevoegd: {known} "
    "(zie: staysim assign list)",
    "assign.no_name": "geef je naam met --name NAAM (of zet \"name\" in {config})",
    "assign.cannot_write": "{target}: kan niet schrijven: {reason}",
    "assign.backend_note": "let op: opdracht '{id}' verwacht de backend {expected}; "
    "deze poging gebruikt {used}",
}


EN: dict[str, str] = {
    "assign.written": "Wrote assignment '{id}' to {target} (scenarios: {scenarios}, "
    "personas: {personas}, attempts: {attempts}, pass from {pass_score})",
    "assign.added": "Added assignment '{id}': {title}",
    "assign.updated": "Updated assignment '{id}' to the new version: {title}",
    "assign.unchanged": "Assignment '{id}' is already in your library: {title}",
    "assign.how": "Start it in the picker (staysim) or with: staysim run --assignment {id} "
    "--scenario {scenario} --script FILE",
    "assign.none": "No assignments yet. Add one with: staysim assign add PACK.yaml",
    "assign.col.id": "ASSIGNMENT",
    "assign.col.due": "DUE",
    "assign.col.attempts": "ATTEMPTS",
    "assign.col.left": "LEFT",
    "assign.col.best": "BEST",
    "assign.col.passed": "PASSED",
    "assign.col.title": "TITLE",
    "assign.yes": "yes",
    "assign.no": "no",
    "assign.overdue": "overdue",
    "assign.submitted_one": "Wrote 1 attempt at assignment '{id}' to {target}",
    "assign.submitted_many": "Wrote {count} attempts at assignment '{id}' to {target}",
    "assign.unknown": "no assignment '{id}' in your library; added: {known} "
    "(see: staysim assign list)",
    "assign.no_name": "give your name with --name NAME (or set \"name\" in {config})",
    "assign.cannot_write": "{target}: cannot write: {reason}",
    "assign.backend_note": "note: assignment '{id}' expects the {expected} backend; "
    "this attempt uses {used}",
}
