"""The scorecard's dimensions (`dim.NAME`): label, goal, what was measured (`.shown`) and
what to practise next (`.focus`). A dimension keeps its id and numbers; these words are
filled in when it is shown."""

NL: dict[str, str] = {
    "dim.listening": "Luisteren",
    "dim.listening.goal": "spreek ≤ {goal:.0%} van de tijd",
    "dim.listening.shown": "{value:.0%} van de woorden van jou",
    "dim.listening.focus": "Praat minder: stel één vraag, laat de stilte vallen en wacht het "
    "hele antwoord af.",
    "dim.open_questions": "Open vragen",
    "dim.open_questions.goal": "≥ {goal:.0%} van je vragen open",
    "dim.open_questions.shown": "{open} van {asked} vragen open",
    "dim.open_questions.shown_none": "geen vragen gesteld",
    "dim.open_questions.focus": "Begin je vragen met hoe, wat of waardoor, zodat er een verhaal "
    "komt in plaats van ja of nee.",
    "dim.reflections": "Reflecties",
    "dim.reflections.goal": "2 reflecties per vraag die teruggeven wat er gezegd is, de helft "
    "complex",
    "dim.reflections.count_one": "{count} reflectie",
    "dim.reflections.count_many": "{count} reflecties",
    "dim.reflections.shown": "{reflections} ({accurate} met hun woorden), {ratio} per vraag",
    "dim.reflections.shown_judged":
        "{reflections} (met hun woorden: {accurate}, met de jouwe: {own}, een formule: "
        "{generic}), {ratio} per vraag",
    "dim.reflections.shown_none": "{reflections}, geen vragen",
    "dim.reflections.focus": "Geef terug wat je hoort, in hun woorden of de jouwe, voordat je "
    "de volgende vraag stelt; een formule als „dat klinkt belangrijk” telt niet.",
    "dim.coverage": "Thema's verkend",
    "dim.coverage.goal": "{goal} van de 8 thema's",
    "dim.coverage.shown": "{value} van 8 thema's",
    "dim.coverage.focus": "Neem de acht vragen van het blijfgesprek als richting; vraag ook naar "
    "wat iemand zou doen vertrekken en wat jij anders kunt doen.",
    "dim.no_defence": "Niet verdedigen of beoordelen",
    "dim.no_defence.goal": "0 keer verdedigen of beoordelen",
    "dim.no_defence.shown": "{defensive} verdedigend, {appraisal} beoordelend",
    "dim.no_defence.focus": "Als er kritiek komt: eerst teruggeven wat je hoort, pas later "
    "uitleggen.",
    "dim.no_promises": "Geen loze beloften",
    "dim.no_promises.goal": "0 beloften die je niet kunt waarmaken",
    "dim.no_promises.shown_one": "{count} loze belofte",
    "dim.no_promises.shown_many": "{count} loze beloften",
    "dim.no_promises.focus": "Beloof alleen je eigen volgende stap, met een datum.",
    "dim.actions": "Concrete afspraken",
    "dim.actions.goal": "4 van 4: medewerker, jij, samen, datum",
    "dim.actions.shown": "{value} van 4 afspraken",
    "dim.actions.focus": "Sluit af met vier afspraken: een stap van de medewerker, een van jou, "
    "een samen, en wanneer je erop terugkomt.",
    "dim.learned": "Wat je te weten kwam",
    "dim.learned.goal": "de helft van wat er speelt, in de diepte; vertrekredenen tellen dubbel",
    "dim.learned.shown": "{value:.0%} van wat er speelt, naar diepte gewogen",
    "dim.learned.focus": "Blijf bij het verhaal: vat samen wat je hoorde en vraag door op hun "
    "eigen woorden, dan komt ook wat eronder zit.",
    "dim.short_note": " (kort gesprek: telt voor {turns}/{full})",
}

EN: dict[str, str] = {
    "dim.listening": "Listening",
    "dim.listening.goal": "talk ≤ {goal:.0%} of the time",
    "dim.listening.shown": "{value:.0%} of the words yours",
    "dim.listening.focus": "Talk less: ask one question, let the silence fall and wait for the "
    "whole answer.",
    "dim.open_questions": "Open questions",
    "dim.open_questions.goal": "≥ {goal:.0%} of your questions open",
    "dim.open_questions.shown": "{open} of {asked} questions open",
    "dim.open_questions.shown_none": "no questions asked",
    "dim.open_questions.focus": "Start your questions with how or what, so a story comes "
    "instead of yes or no.",
    "dim.reflections": "Reflections",
    "dim.reflections.goal": "2 reflections per question that give back what was said, half "
    "complex",
    "dim.reflections.count_one": "{count} reflection",
    "dim.reflections.count_many": "{count} reflections",
    "dim.reflections.shown": "{reflections} ({accurate} in their words), {ratio} per question",
    "dim.reflections.shown_judged":
        "{reflections} (in their words: {accurate}, in yours: {own}, a formula: {generic}), "
        "{ratio} per question",
    "dim.reflections.shown_none": "{reflections}, no questions",
    "dim.reflections.focus": "Give back what you hear, in their words or yours, before the next "
    "question; a formula like “that sounds important” does not count.",
    "dim.coverage": "Themes explored",
    "dim.coverage.goal": "{goal} of the 8 themes",
    "dim.coverage.shown": "{value} of 8 themes",
    "dim.coverage.focus": "Use the eight stay-interview questions as a guide; ask too what "
    "might make them leave and what you could do differently.",
    "dim.no_defence": "No defence or appraisal",
    "dim.no_defence.goal": "no defending or appraising",
    "dim.no_defence.shown": "{defensive} defensive, {appraisal} appraising",
    "dim.no_defence.focus": "When criticism comes: first give back what you hear, explain "
    "later.",
    "dim.no_promises": "No hollow promises",
    "dim.no_promises.goal": "no promises you cannot keep",
    "dim.no_promises.shown_one": "{count} hollow promise",
    "dim.no_promises.shown_many": "{count} hollow promises",
    "dim.no_promises.focus": "Promise only your own next step, with a date.",
    "dim.actions": "Agreed actions",
    "dim.actions.goal": "4 of 4: employee, you, together, a date",
    "dim.actions.shown": "{value} of 4 agreements",
    "dim.actions.focus": "Close with four agreements: a step for the employee, one for you, one "
    "together, and when you will come back to it.",
    "dim.learned": "What you learned",
    "dim.learned.goal": "half of what is going on, in depth; reasons to leave count double",
    "dim.learned.shown": "{value:.0%} of what is going on, weighted by depth",
    "dim.learned.focus": "Stay with the story: sum up what you heard and follow up on their own "
    "words, and what lies underneath will come too.",
    "dim.short_note": " (short conversation: counts {turns}/{full})",
}
