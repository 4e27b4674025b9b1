"""The app's own words in Dutch and English: one plain dict per language, no gettext."""

from __future__ import annotations

import dataclasses
from typing import Any

from simulator.language import LANGS
from simulator.language import ui_language as ui_language  # the screens' import

NL: dict[str, str] = {
    "app.subtitle": "blijfgesprek oefenen",
    "app.cannot_start": "Kan het gesprek niet beginnen",
    "app.cannot_resume": "Kan niet verdergaan",
    "app.no_backend": "geen backend: {error}",
    "app.failed": "Er ging iets mis",
    "app.no_store": "Geschiedenis niet beschikbaar",
    "practice.not_saved": "Niet bewaard",
    "practice.not_saved_hint": "Je beurt staat nog in het invoerveld; ctrl+r probeert het opnieuw.",
    "practice.saving": "Je vorige beurt wordt nog bewaard.",
    "practice.cannot_save": "Kan niet bewaren",
    "practice.save_retry_hint": "Het antwoord is niet (helemaal) bewaard; "
    "ctrl+r vraagt het opnieuw.",
    "history.cannot_load": "Kan de geschiedenis niet laden",
    "picker.col.scenario": "Scenario",
    "picker.col.lang": "Taal",
    "picker.col.level": "Niveau",
    "picker.col.persona": "Persona",
    "picker.col.role": "Rol",
    "picker.backend": "Backend: ",
    "picker.backend_hint": "wijzigen: --backend, --model (F1)",
    "picker.filter": "Filter: ",
    "picker.filter_values": "taal {language} (l) · niveau {difficulty} (d) · {shown} van {total}",
    "picker.enter_starts": "Enter begint",
    "picker.all": "alle",
    "picker.none_match": "Geen scenario past bij dit filter. Druk l of d om het te wijzigen.",
    "picker.objectives": "Doelen",
    "picker.keys_hint": "Enter begint · F1 hulp · ctrl+p opdrachten",
    "picker.more": "↓ nog {count}",
    "picker.none_selected": "Geen scenario gekozen.",
    "picker.problems": "{count} probleem/problemen in de scenariobibliotheek",
    "picker.unfinished": "Onafgemaakt gesprek: ",
    "picker.unfinished_detail": " · {turns} · {date}",
    "picker.turns_one": "1 beurt van jou",
    "picker.turns_many": "{count} beurten van jou",
    "picker.date": "%d-%m %H:%M",
    "picker.unfinished_keys": "c verder · s scoren · x negeren",
    "level.easy": "makkelijk",
    "level.medium": "gemiddeld",
    "level.hard": "moeilijk",
    "practice.placeholder": "Typ wat je zegt en druk Enter",
    "practice.you": "Jij",
    "practice.wait": "Wacht op het antwoord, of druk Esc om het te stoppen.",
    "practice.still_coming": "Er komt nog een antwoord binnen.",
    "practice.nothing_to_retry": "Er is niets om opnieuw te proberen.",
    "practice.interrupted": "(onderbroken)",
    "practice.dropped": "(het antwoord brak af; opnieuw geprobeerd)",
    "practice.stopped": "(gestopt; het halve antwoord blijft staan)",
    "practice.broken_off": "(afgebroken)",
    "practice.retry_hint": "Druk ctrl+r om het opnieuw te proberen, of typ iets anders.",
    "practice.settings_hint": "Controleer de backend-instellingen; ctrl+r probeert het opnieuw.",
    "practice.server_problem": "Probleem met de server",
    "practice.say_first": "Zeg eerst iets; een leeg gesprek valt niet te scoren.",
    "practice.cannot_finish": "Kan het gesprek niet afronden",
    "practice.left": "Gesprek {id} is bewaard; ga later verder met "
    "staysim practice --resume {id}",
    "meters.title": "Meters",
    "meters.talk": "Jij praat {share:.0%}",
    "meters.goal": "doel {goal}",
    "meters.open": "Open vragen",
    "meters.closed": "Gesloten vragen",
    "meters.reflections": "Reflecties",
    "meters.affirmations": "Bevestiging",
    "meters.commitments": "Toezeggingen",
    "meters.flags": "Signalen",
    "meters.no_flags": "nog geen",
    "meters.flag": "beurt {turn}: {code}",
    "card.score": "Score ",
    "card.passed": "gehaald",
    "card.not_yet": "nog niet gehaald",
    "card.pass_mark": "voldoende vanaf {mark:.0f}",
    "card.conversation": "gesprek",
    "card.next_time": "Probeer volgende keer",
    "card.nothing_flagged": "Geen verbeterpunten gevonden: houd dit vast.",
    "card.weakest": "Geen los moment gemarkeerd, maar {label} blijft onder het doel ({score}/100):",
    "card.turn": "beurt {turn}",
    "card.close_with": "Sluit af met: {action}",
    "card.dimensions": "Onderdelen",
    "card.no_dimensions": "(geen onderdelen in deze scorekaart)",
    "card.goal": "doel: {goal}",
    "card.facts": "Wat je ontdekte en wat je miste",
    "card.facts_intro": "{name} vertelt deze dingen pas als je naar het thema vraagt "
    "en er genoeg vertrouwen is.",
    "card.facts_count": "{found} van {total} ontdekt",
    "card.no_facts": "(geen verborgen punten: dit gesprek was niet gesimuleerd)",
    "card.theme": "thema: {theme}",
    "card.asked_low_trust": "gevraagd, maar er was nog te weinig vertrouwen ({theme})",
    "card.ask_about": "Vraag naar: {theme}",
    "card.actions": "Afspraken",
    "action.employee": "Een actie voor de medewerker",
    "action.manager": "Een actie voor jou",
    "action.together": "Een actie samen",
    "action.follow_up": "Een datum om erop terug te komen",
    "card.not_in_history": "Dit gesprek staat niet in de geschiedenis.",
    "card.exported": "Geëxporteerd",
    "card.export_failed": "Exporteren mislukt",
    "card.cannot_write": "Kan {path} niet schrijven: {reason}",
    "review.title": "Gesprek terugkijken",
    "review.subtitle": "kies een eigen beurt: waar rusten de codes op?",
    "review.employee": "Medewerker",
    "review.pick_own": "Kies een beurt van jou om te zien waarom die zijn codes kreeg.",
    "review.turn": "Beurt {turn}",
    "review.no_codes": "Geen codes: geen vraag, geen reflectie en niets om op te letten.",
    "review.because": "op grond van",
    "review.tip": "Tip: ",
    "history.col.id": "#",
    "history.col.date": "Datum",
    "history.col.scenario": "Scenario",
    "history.col.score": "Score",
    "history.col.status": "Status",
    "history.col.turns": "Beurten",
    "history.status.finished": "afgerond",
    "history.status.unfinished": "onafgemaakt",
    "history.imported": "(geïmporteerd)",
    "history.empty": "Nog geen gesprekken: kies een scenario en oefen.",
    "history.chart": "Score door de tijd",
    "history.sessions_one": "1 gesprek",
    "history.sessions_many": "{count} gesprekken",
    "history.chart_detail": "  {count} · eerste {first:.0f} · laatste {last:.0f}"
    " · beste {best:.0f}",
    "history.chart_none": "  nog geen",
    "history.per_dimension": "Per onderdeel (laatste)",
    "history.finished": "Dit gesprek is afgerond; Enter opent de scorekaart.",
    "history.cannot_score": "Kan dit gesprek niet scoren",
    "chart.empty": "nog geen afgeronde gesprekken",
    "help.intro": "staysim: oefen een blijfgesprek. Luister meer dan je praat, stel open vragen, "
    "vat samen wat je hoort, en spreek één actie af voor de medewerker, één voor jou, één "
    "samen en een datum om erop terug te komen.",
    "help.backend_title": "Backend",
    "help.backend": "De offline backend laat de persona spreken met vooraf geschreven zinnen en "
    "heeft niets nodig. Voor een taalmodel: zet OPENAI_BASE_URL (elke OpenAI-compatibele "
    "server: Ollama, vLLM, LM Studio, llama.cpp) en/of OPENAI_API_KEY, eventueel "
    "STAYSIM_MODEL, en start `staysim practice --backend openai --model M`. "
    "`--backend offline` dwingt offline af.",
    "help.language": "Taal van de app: STAYSIM_LANG=nl of en; anders de taal van het systeem "
    "(LANG). Een oefengesprek volgt de taal van zijn scenario.",
    "help.everywhere": "Overal",
    "help.palette": "Opdrachtenpalet: elke actie, en thema's",
    "help.quit": "Stoppen",
    "help.close_hint": "Esc sluit deze hulp.",
    "help.screen.picker": "Scenario's",
    "help.screen.practice": "Oefenen",
    "help.screen.scorecard": "Scorekaart",
    "help.screen.review": "Gesprek terugkijken",
    "help.screen.history": "Geschiedenis",
}

EN: dict[str, str] = {
    "app.subtitle": "stay interview practice",
    "app.cannot_start": "Cannot start the conversation",
    "app.cannot_resume": "Cannot resume",
    "app.no_backend": "no backend: {error}",
    "app.failed": "Something went wrong",
    "app.no_store": "History unavailable",
    "practice.not_saved": "Not saved",
    "practice.not_saved_hint": "Your turn is still in the input; ctrl+r tries again.",
    "practice.saving": "Your last turn is still being saved.",
    "practice.cannot_save": "Cannot save",
    "practice.save_retry_hint": "The reply is not (fully) saved; ctrl+r asks for it again.",
    "history.cannot_load": "Cannot load the history",
    "picker.col.scenario": "Scenario",
    "picker.col.lang": "Lang",
    "picker.col.level": "Level",
    "picker.col.persona": "Persona",
    "picker.col.role": "Role",
    "picker.backend": "Backend: ",
    "picker.backend_hint": "change: --backend, --model (F1)",
    "picker.filter": "Filter: ",
    "picker.filter_values": "language {language} (l) · level {difficulty} (d) · "
    "{shown} of {total}",
    "picker.enter_starts": "Enter starts",
    "picker.all": "all",
    "picker.none_match": "No scenario matches the filter. Press l or d to change it.",
    "picker.objectives": "Objectives",
    "picker.keys_hint": "Enter starts · F1 help · ctrl+p commands",
    "picker.more": "↓ {count} more",
    "picker.none_selected": "No scenario selected.",
    "picker.problems": "{count} problem(s) in the scenario library",
    "picker.unfinished": "Unfinished conversation: ",
    "picker.unfinished_detail": " · {turns} · {date}",
    "picker.turns_one": "1 turn of yours",
    "picker.turns_many": "{count} turns of yours",
    "picker.date": "%d %b %H:%M",
    "picker.unfinished_keys": "c continue · s score · x ignore",
    "level.easy": "easy",
    "level.medium": "medium",
    "level.hard": "hard",
    "practice.placeholder": "Type what you say and press Enter",
    "practice.you": "You",
    "practice.wait": "Wait for the reply, or press Esc to stop it.",
    "practice.still_coming": "A reply is still coming in.",
    "practice.nothing_to_retry": "Nothing to retry.",
    "practice.interrupted": "(interrupted)",
    "practice.dropped": "(the reply broke off; trying again)",
    "practice.stopped": "(stopped; the partial reply is kept)",
    "practice.broken_off": "(broken off)",
    "practice.retry_hint": "Press ctrl+r to retry, or type something else.",
    "practice.settings_hint": "Check the backend settings; ctrl+r tries again.",
    "practice.server_problem": "Server problem",
    "practice.say_first": "Say something first; an empty session has nothing to score.",
    "practice.cannot_finish": "Cannot finish",
    "practice.left": "Session {id} is saved; resume with staysim practice --resume {id}",
    "meters.title": "Live meters",
    "meters.talk": "You talk {share:.0%}",
    "meters.goal": "aim {goal}",
    "meters.open": "Open questions",
    "meters.closed": "Closed questions",
    "meters.reflections": "Reflections",
    "meters.affirmations": "Affirmations",
    "meters.commitments": "Commitments",
    "meters.flags": "Flags",
    "meters.no_flags": "none yet",
    "meters.flag": "turn {turn}: {code}",
    "card.score": "Score ",
    "card.passed": "passed",
    "card.not_yet": "not yet",
    "card.pass_mark": "pass mark {mark:.0f}",
    "card.conversation": "conversation",
    "card.next_time": "Try next time",
    "card.nothing_flagged": "Nothing to improve was flagged: keep this up.",
    "card.weakest": "No single moment was flagged, but {label} stays under its goal ({score}/100):",
    "card.turn": "turn {turn}",
    "card.close_with": "Close with: {action}",
    "card.dimensions": "Dimensions",
    "card.no_dimensions": "(no dimensions in this scorecard)",
    "card.goal": "goal: {goal}",
    "card.facts": "What you uncovered and what you missed",
    "card.facts_intro": "{name} shares these only when you ask about the theme "
    "and trust is high enough.",
    "card.facts_count": "{found} of {total} uncovered",
    "card.no_facts": "(no hidden facts: this conversation was not simulated)",
    "card.theme": "theme: {theme}",
    "card.asked_low_trust": "asked, but trust was still too low ({theme})",
    "card.ask_about": "Ask about: {theme}",
    "card.actions": "Agreed actions",
    "action.employee": "An action for the employee",
    "action.manager": "An action for you",
    "action.together": "An action together",
    "action.follow_up": "A date to come back to it",
    "card.not_in_history": "This session is not in the history.",
    "card.exported": "Exported",
    "card.export_failed": "Export failed",
    "card.cannot_write": "Cannot write {path}: {reason}",
    "review.title": "Transcript review",
    "review.subtitle": "select a turn of yours to see what its codes rest on",
    "review.employee": "Employee",
    "review.pick_own": "Select one of your own turns to see why it got its codes.",
    "review.turn": "Turn {turn}",
    "review.no_codes": "No codes: neither a question nor a reflection, and nothing to flag.",
    "review.because": "because of",
    "review.tip": "Tip: ",
    "history.col.id": "#",
    "history.col.date": "Date",
    "history.col.scenario": "Scenario",
    "history.col.score": "Score",
    "history.col.status": "Status",
    "history.col.turns": "Turns",
    "history.status.finished": "finished",
    "history.status.unfinished": "unfinished",
    "history.imported": "(imported)",
    "history.empty": "No sessions yet: pick a scenario and practise.",
    "history.chart": "Score over time",
    "history.sessions_one": "1 session",
    "history.sessions_many": "{count} sessions",
    "history.chart_detail": "  {count} · first {first:.0f} · last {last:.0f}"
    " · best {best:.0f}",
    "history.chart_none": "  none yet",
    "history.per_dimension": "Per dimension (latest)",
    "history.finished": "This session is finished; press Enter for its scorecard.",
    "history.cannot_score": "Cannot score this session",
    "chart.empty": "no finished sessions yet",
    "help.intro": "staysim: practise a stay interview (blijfgesprek). Listen more than you talk, "
    "ask open questions, summarise what you hear, and agree one action for the employee, one "
    "for you, one together and a date to come back to it.",
    "help.backend_title": "Backend",
    "help.backend": "The offline backend voices the persona from its authored lines and needs "
    "nothing. For an LLM, set OPENAI_BASE_URL (any OpenAI-compatible server: Ollama, vLLM, "
    "LM Studio, llama.cpp) and/or OPENAI_API_KEY, optionally STAYSIM_MODEL, then start "
    "`staysim practice --backend openai --model M`. `--backend offline` forces offline.",
    "help.language": "The app's language: STAYSIM_LANG=nl or en; else the system's (LANG). "
    "A practice conversation follows its scenario's language.",
    "help.everywhere": "Everywhere",
    "help.palette": "Command palette: every action, and themes",
    "help.quit": "Quit",
    "help.close_hint": "Esc closes this help.",
    "help.screen.picker": "Scenarios",
    "help.screen.practice": "Practice",
    "help.screen.scorecard": "Scorecard",
    "help.screen.review": "Transcript review",
    "help.screen.history": "History",
}

# Per screen and action: the footer's short description, then the palette's and help's tooltip.
KEYS: dict[str, dict[tuple[str, str], tuple[str, str]]] = {
    "nl": {
        ("app", "help"): ("Hulp", "Alle toetsen van elk scherm"),
        ("app", "command_palette"): ("Opdrachten", "Elke actie van dit scherm, en de thema's"),
        ("picker", "start"): ("Begin", "Oefen het gekozen scenario"),
        ("picker", "cycle_language"): ("Taal", "Filter: alle, Nederlands, Engels"),
        ("picker", "cycle_difficulty"): ("Niveau", "Filter: alle, makkelijk, gemiddeld, moeilijk"),
        ("picker", "app.history"): ("Geschiedenis", "Eerdere gesprekken en hun scores"),
        ("picker", "app.quit"): ("Stop", "staysim afsluiten"),
        ("picker", "continue_unfinished"): ("Verder", "Ga verder met het onafgemaakte gesprek"),
        ("picker", "score_unfinished"): ("Scoren", "Rond het onafgemaakte gesprek af en score het"),
        ("picker", "ignore_unfinished"): ("Negeren", "Verberg de melding over het onafgemaakte "
                                          "gesprek; het blijft in de geschiedenis"),
        ("practice", "finish"): ("Afronden", "Beëindig het gesprek en open de scorekaart"),
        ("practice", "cancel_reply"): ("Stop",
                                       "Stop het antwoord; wat er al stond blijft staan"),
        ("practice", "retry"): ("Opnieuw", "Vraag opnieuw na een serverfout"),
        ("practice", "toggle_meters"): ("Meters", "Toon of verberg de meters (verberg ze om "
                                        "zonder hints te oefenen)"),
        ("practice", "leave"): ("Verlaten", "Terug naar de scenario's zonder te scoren; ga "
                                "later verder met staysim practice --resume"),
        ("scorecard", "review"): ("Terugkijken", "Het gesprek, elke beurt met zijn codes"),
        ("scorecard", "again"): ("Opnieuw", "Hetzelfde scenario, een nieuw gesprek"),
        ("scorecard", "export('md')"): ("Export", "Exporteren: een Markdown-verslag opslaan"),
        ("scorecard", "export('html')"): ("Export html",
                                          "Exporteren: een webpagina opslaan (HTML)"),
        ("scorecard", "back"): ("Terug", "Sluit de scorekaart"),
        ("review", "back"): ("Terug", "Terug naar de scorekaart"),
        ("review", "next_manager"): ("Volgende van jou", "Spring naar je volgende beurt"),
        ("history", "open"): ("Scorekaart", "Open de scorekaart van het gekozen gesprek"),
        ("history", "review"): ("Terugkijken", "Bekijk het gekozen gesprek terug"),
        ("history", "resume"): ("Verder", "Ga verder met een onafgemaakt gesprek"),
        ("history", "back"): ("Terug", "Terug naar de scenario's"),
        ("help", "app.pop_screen"): ("Sluit hulp", ""),
    },
    "en": {
        ("app", "help"): ("Help", "List every key of every screen"),
        ("app", "command_palette"): ("Commands", "Every action of this screen, and the themes"),
        ("picker", "start"): ("Start", "Practise the selected scenario"),
        ("picker", "cycle_language"): ("Language", "Filter: all, Dutch, English"),
        ("picker", "cycle_difficulty"): ("Level", "Filter: all, easy, medium, hard"),
        ("picker", "app.history"): ("History", "Past sessions and their scores"),
        ("picker", "app.quit"): ("Quit", "Leave staysim"),
        ("picker", "continue_unfinished"): ("Continue", "Continue the unfinished conversation"),
        ("picker", "score_unfinished"): ("Score", "Finish the unfinished conversation and score "
                                         "it"),
        ("picker", "ignore_unfinished"): ("Ignore", "Hide the notice of the unfinished "
                                          "conversation; it stays in the history"),
        ("practice", "finish"): ("Finish", "End the session and open the scorecard"),
        ("practice", "cancel_reply"): ("Stop",
                                       "Stop the reply in progress; the partial reply stays"),
        ("practice", "retry"): ("Retry", "Ask again after a server failure"),
        ("practice", "toggle_meters"): ("Meters", "Show or hide the live meters (hide them for "
                                        "a no-hints run)"),
        ("practice", "leave"): ("Leave", "Back to the scenarios without scoring; resume later "
                                "with staysim practice --resume"),
        ("scorecard", "review"): ("Review", "The transcript, every turn with its codes"),
        ("scorecard", "again"): ("Again", "The same scenario, a fresh session"),
        ("scorecard", "export('md')"): ("Export", "Export: save a Markdown report"),
        ("scorecard", "export('html')"): ("Export html", "Export: save a web page (HTML)"),
        ("scorecard", "back"): ("Back", "Close the scorecard"),
        ("review", "back"): ("Back", "Back to the scorecard"),
        ("review", "next_manager"): ("Next own turn", "Jump to your next turn"),
        ("history", "open"): ("Scorecard", "Open the selected session's scorecard"),
        ("history", "review"): ("Review", "Review the selected session's transcript"),
        ("history", "resume"): ("Continue", "Continue an unfinished session"),
        ("history", "back"): ("Back", "Back to the scenarios"),
        ("help", "app.pop_screen"): ("Close help", ""),
    },
}

STRINGS: dict[str, dict[str, str]] = {"nl": NL, "en": EN}

# Textual's own palette commands, by their English title: the Dutch title and help.
SYSTEM_NL: dict[str, tuple[str, str]] = {
    "Theme": ("Thema", "Kies een ander kleurenthema"),
    "Quit": ("Stoppen", "staysim meteen afsluiten"),
    "Keys": ("Toetsen", "Toon of verberg het paneel met de toetsen"),
    "Minimize": ("Verkleinen", "Zet het vergrote onderdeel terug"),
    "Maximize": ("Vergroten", "Vergroot het onderdeel met de focus"),
    "Screenshot": ("Schermafdruk", "Bewaar een SVG-afbeelding van dit scherm"),
}


def lang_of(value: str | None) -> str:
    """A supported language: nl or en; anything else falls back to Dutch, staysim's first."""
    return value if value in LANGS else "nl"


def t(key: str, lang: str, **values: Any) -> str:
    """The text for `key` in `lang`, with `values` filled in; a missing key shows itself."""
    text = STRINGS[lang_of(lang)].get(key) or NL.get(key) or key
    return text.format(**values) if values else text


def key_text(scope: str, action: str, lang: str) -> tuple[str, str] | None:
    """A screen's own words for a key, else the app's (`app.help` on a screen is `help`)."""
    keys = KEYS[lang_of(lang)]
    return keys.get((scope, action)) or keys.get(("app", action.removeprefix("app.")))


def localise_binding(binding: Any, scope: str, lang: str) -> Any:
    found = key_text(scope, binding.action, lang)
    if found is None:
        return binding
    return dataclasses.replace(binding, description=found[0], tooltip=found[1])


def localise_bindings(node: Any, scope: str, lang: str) -> None:
    """Swap the descriptions and tooltips of a screen's or app's bindings for `lang`.

    Textual reads `BINDINGS` once per class into `_bindings`; the footer, the palette and
    the help all read from there, so one per-instance swap localises all three."""
    for key, bindings in node._bindings.key_to_bindings.items():
        node._bindings.key_to_bindings[key] = [
            localise_binding(b, scope, lang) for b in bindings
        ]
