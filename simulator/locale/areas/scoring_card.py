"""The scorecard's other words: why a session does not pass yet (`blocker.CODE`, filled
with the numbers the blocker keeps), what earns each agreed action (`action.NAME.help`),
and the names of the codes and themes (`label.code.ID`, `label.theme.ID`)."""


NL: dict[str, str] = {
    "blocker.below_pass_mark": "score {score} ligt onder de grens van {pass_score}",
    "blocker.too_short_one": "te kort gesprek: {count} beurt van jou, minstens {full}",
    "blocker.too_short_many": "te kort gesprek: {count} beurten van jou, minstens {full}",
    "blocker.talked_too_much":
        "je sprak {share}% van de woorden; laat de medewerker meer aan het woord (om te "
        "slagen hoogstens {limit}%)",
    "blocker.gave_nothing_back":
        "je gaf niets terug van wat je hoorde: zeg in hun woorden of de jouwe wat je hoort; "
        "een formule als „dat klinkt lastig” telt niet",
    "blocker.hollow_promise": "een belofte die je niet zelf kunt waarmaken",
    "blocker.too_few_agreements": "{done} van 4 afspraken; maak het concreet (minstens {needed})",
    "blocker.learned_too_little.half_facts_or_leave":
        "je kwam minder dan de helft te weten van wat er speelt, en niet wat de medewerker "
        "zou doen vertrekken",
    "blocker.learned_too_little.half_facts":
        "je kwam minder dan de helft te weten van wat er speelt",
    "blocker.learned_too_little.leave":
        "je kwam niet te weten wat de medewerker zou doen vertrekken",
    "action.employee.help":
        "Een actie voor de medewerker telt als die zelf een concrete stap noemt („Ik zet op "
        "een rij welke onderdelen ik standaard wil”), bijvoorbeeld na „Wat neem jij je "
        "voor?”, of als jij een concrete taak voorstelt („Jij schrijft op welke onderdelen…”)"
        " en de medewerker die niet afwijst.",
    "action.manager.help":
        "Een actie voor jou telt als je een eigen stap toezegt die je zelf kunt waarmaken: "
        "„Ik neem de planning mee naar het MT” of „Ik zoek het uit en kom erop terug”. Een "
        "uitkomst beloven (opslag, promotie) telt niet.",
    "action.together.help":
        "Een actie samen telt als je een gezamenlijke stap voorstelt („Zullen we samen een "
        "opzet maken?”) en de medewerker instemt. Een opgelegd doel („we spreken af dat jij "
        "je cijfers omhoog krijgt”) of „Zullen we het zo laten?” is geen samen-actie.",
    "action.follow_up.help":
        "Een vervolgmoment telt met een concrete datum of termijn om erop terug te komen: "
        "„Dinsdag over twee weken komen we erop terug.” „Volgende maand kijken we wel weer” "
        "is te vaag.",
    "label.code.open_question": "open vraag",
    "label.code.closed_question": "gesloten vraag",
    "label.code.reflection": "reflectie",
    "label.code.affirmation": "bevestiging",
    "label.code.defensive": "verdedigend",
    "label.code.promise": "loze belofte",
    "label.code.commitment": "toezegging",
    "label.code.advice": "ongevraagd advies",
    "label.code.appraisal": "beoordelend",
    "label.code.missed_signal": "gemist signaal",
    "label.code.formula_reflection": "reflectie als formule",
    "label.code.weak_signal": "ontwijkend antwoord",
    "label.theme.energy": "energie",
    "label.theme.meaning": "betekenis",
    "label.theme.change": "verandering",
    "label.theme.leave": "vertrekredenen",
    "label.theme.obstacles": "belemmeringen",
    "label.theme.growth": "groei",
    "label.theme.recognition": "waardering",
    "label.theme.manager": "de leidinggevende",
}


EN: dict[str, str] = {
    "blocker.below_pass_mark": "score {score} is below the pass mark of {pass_score}",
    "blocker.too_short_one": "too short: {count} turn of yours, at least {full}",
    "blocker.too_short_many": "too short: {count} turns of yours, at least {full}",
    "blocker.talked_too_much":
        "you spoke {share}% of the words; let the employee talk more (to pass: at most "
        "{limit}%)",
    "blocker.gave_nothing_back":
        "you gave back nothing of what you heard: say what you hear, in their words or yours; "
        "a formula like “that sounds hard” does not count",
    "blocker.hollow_promise": "a promise you cannot keep yourself",
    "blocker.too_few_agreements": "{done} of 4 agreements; make it concrete (at least {needed})",
    "blocker.learned_too_little.half_facts_or_leave":
        "you learned less than half of what is going on, and not what might make them leave",
    "blocker.learned_too_little.half_facts": "you learned less than half of what is going on",
    "blocker.learned_too_little.leave": "you did not learn what might make them leave",
    "action.employee.help":
        "An action for the employee counts when they name a concrete step themselves (“I'll "
        "list the parts I want in the van”), e.g. after “What will you take on?”, or when you"
        " propose a concrete task (“Would you draft an onboarding plan?”) and they don't turn"
        " it down.",
    "action.manager.help":
        "An action for you counts when you commit to a step of your own you can keep: “I'll "
        "bring the resourcing numbers to the leadership meeting” or “I'll find out and get "
        "back to you”. Promising an outcome (a raise, a promotion) does not count.",
    "action.together.help":
        "A joint action counts when you propose a shared step (“Shall we draw up a plan "
        "together?”) and the employee agrees. An imposed target (“we agree you get your "
        "numbers up”) or “Shall we leave it at that?” is not one.",
    "action.follow_up.help":
        "A follow-up counts with a concrete date or term to come back to it: “Let's check in "
        "two weeks from Tuesday.” “Next month we'll see” is too vague.",
    "label.code.open_question": "open question",
    "label.code.closed_question": "closed question",
    "label.code.reflection": "reflection",
    "label.code.affirmation": "affirmation",
    "label.code.defensive": "defensive",
    "label.code.promise": "hollow promise",
    "label.code.commitment": "commitment",
    "label.code.advice": "unasked-for advice",
    "label.code.appraisal": "appraisal",
    "label.code.missed_signal": "missed signal",
    "label.code.formula_reflection": "formula reflection",
    "label.code.weak_signal": "evasive answer",
    "label.theme.energy": "energy",
    "label.theme.meaning": "meaning",
    "label.theme.change": "change",
    "label.theme.leave": "reasons to leave",
    "label.theme.obstacles": "obstacles",
    "label.theme.growth": "growth",
    "label.theme.recognition": "recognition",
    "label.theme.manager": "the manager",
}
