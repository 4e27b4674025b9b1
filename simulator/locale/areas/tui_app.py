"""The app's frame, its help screen, the levels and the empty chart."""


NL: dict[str, str] = {
    "app.subtitle": "blijfgesprek oefenen",
    "app.cannot_start": "Kan het gesprek niet beginnen",
    "app.cannot_resume": "Kan niet verdergaan",
    "app.no_backend": "geen backend: {error}",
    "app.failed": "Er ging iets mis",
    "app.search_commands": "Zoek een opdracht…",
    "app.no_store": "Geschiedenis niet beschikbaar",
    "level.easy": "makkelijk",
    "level.medium": "gemiddeld",
    "level.hard": "moeilijk",
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
    "app.search_commands": "Search for commands…",
    "app.no_store": "History unavailable",
    "level.easy": "easy",
    "level.medium": "medium",
    "level.hard": "hard",
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
