"""Feedforward tips (`tip.ID`): what to try instead. A finding keeps the tip's id and the
values it needs; `{quote}` and the suggested `{question}`/`{reflection}`/`{follow}` are in
the conversation's language, the rest in the reader's."""

NL: dict[str, str] = {
    "tip.closed.close_open": "Rond open af in plaats van met ja/nee: „Wat neem je mee uit dit "
    "gesprek, en wat hebben we nog niet besproken?”",
    "tip.closed.rewrite": "Vraag het open, zodat er een verhaal komt in plaats van ja of nee: "
    "„{question}”",
    "tip.closed.theme": "Vraag open naar wat erachter zit, met de vraag over {theme}: "
    "„{question}”",
    "tip.closed.fallback": "Maak er een open vraag van die met wat, hoe of waardoor begint, "
    "zodat er een verhaal komt: „{question}”",
    "tip.closed.fact": "Je vraagt naar een feit; vraag hoe het voor de ander is, zodat er een "
    "verhaal komt: „{question}”",
    "tip.defensive": "In plaats van je te verdedigen: geef eerst terug wat je hoort, "
    "bijvoorbeeld „{reflection}” Vraag daarna: „{follow}”",
    "tip.defensive.quoted": "In plaats van „{quote}”: geef eerst terug wat je hoort, "
    "bijvoorbeeld „{reflection}” Vraag daarna: „{follow}”",
    "tip.promise.0": "Beloof geen uitkomst die je niet zelf in de hand hebt. Zeg wat je wél "
    "kunt doen: „Ik zoek uit wat er mogelijk is en kom er vrijdag bij je op terug.”",
    "tip.promise.1": "Beloof alleen je eigen volgende stap, geen uitkomst: „Ik leg het deze week "
    "voor aan de directie en laat je daarna weten wat ze zeggen.”",
    "tip.appraisal.0": "Dit is een blijfgesprek, geen beoordeling. Kijk vooruit: „Wat heb je "
    "nodig om je werk met plezier en goed te kunnen doen?”",
    "tip.appraisal.1": "Laat het oordeel weg en vraag naar hun kant: „Hoe kijk jij zelf naar de "
    "afgelopen periode?”",
    "tip.advice.0": "Geef geen ongevraagd advies; laat de ander zelf zoeken: „Wat heb je zelf "
    "al geprobeerd, en wat zou kunnen helpen?”",
    "tip.advice.1": "Vraag eerst of advies welkom is, of laat de ander het zelf bedenken: „Wat "
    "zou jij zelf willen proberen?”",
    "tip.reflection.0": "Goed teruggegeven. Laat na zo'n reflectie de stilte even vallen.",
    "tip.open_question.0": "Goede open vraag. Vat het antwoord samen voordat je verder vraagt.",
    "tip.affirmation.0": "Maak erkenning concreet: benoem wat de ander deed en wat het "
    "opleverde.",
    "tip.commitment.0": "Goed: een eigen actie die je kunt waarmaken. Noem er een datum bij "
    "en kom er zichtbaar op terug.",
    "tip.commitment.dated": "Goed: een eigen stap met een datum. Kom er dan ook zichtbaar op "
    "terug.",
    "tip.formula_reflection": "„{quote}” past bij elk verhaal. Noem in een paar woorden wat "
    "de medewerker net vertelde, dan hoort die dat je luistert.",
    "tip.formula_reflection.mirror": "„{quote}” past bij elk verhaal. Geef terug wat de "
    "medewerker net vertelde, bijvoorbeeld: „{reflection}”",
    "tip.weak_signal": "Twee keer een kort, ontwijkend antwoord, zoals „{quote}” Ga er niet "
    "overheen; vraag wat erachter zit: „Je zegt ‘{word}’. Wat bedoel je daarmee?”",
    "tip.missed_signal.wellbeing": "De medewerker gaf een signaal: „{quote}” Ga er niet aan "
    "voorbij; geef het terug en vraag door: „Dat klinkt zwaar. Hoe gaat het echt met je?”",
    "tip.missed_signal.leave": "De medewerker gaf een signaal: „{quote}” Ga er niet aan "
    "voorbij; geef het terug en vraag door: „Je denkt erover om weg te gaan. Wat maakt dat je "
    "dat overweegt?”",
}

EN: dict[str, str] = {
    "tip.closed.close_open": "Close with an open question instead of yes/no: “What will you "
    "take away from this talk, and what haven't we covered yet?”",
    "tip.closed.rewrite": "Ask it open, so a story comes instead of yes or no: “{question}”",
    "tip.closed.theme": "Ask openly about what lies behind it, with the question on {theme}: "
    "“{question}”",
    "tip.closed.fallback": "Make it an open question starting with what or how, so a story "
    "comes: “{question}”",
    "tip.closed.fact": "You ask for a fact; ask how it is for them, so a story comes: "
    "“{question}”",
    "tip.defensive": "Instead of defending yourself: first give back what you hear, for "
    "example “{reflection}” Then ask: “{follow}”",
    "tip.defensive.quoted": "Instead of “{quote}”: first give back what you hear, for example "
    "“{reflection}” Then ask: “{follow}”",
    "tip.promise.0": "Don't promise an outcome you don't control. Say what you can do: "
    "“I'll find out what's possible and get back to you on Friday.”",
    "tip.promise.1": "Promise only your own next step, not an outcome: “I'll take it to the "
    "leadership team this week and tell you what they say.”",
    "tip.appraisal.0": "This is a stay interview, not an appraisal. Look ahead: “What do you "
    "need to do your work well and enjoy it?”",
    "tip.appraisal.1": "Leave the judgement out and ask for their view: “How do you see the "
    "last few months yourself?”",
    "tip.advice.0": "Hold back unasked-for advice; let them find their own way: “What have you "
    "tried so far, and what might help?”",
    "tip.advice.1": "Ask whether advice is welcome, or let them come up with it: “What would "
    "you like to try yourself?”",
    "tip.reflection.0": "Good reflection. Let a silence fall after it.",
    "tip.open_question.0": "Good open question. Summarise the answer before you ask the next.",
    "tip.affirmation.0": "Make recognition specific: name what they did and what it brought.",
    "tip.commitment.0": "Good: a step of your own you can keep. Add a date and come back to it "
    "visibly.",
    "tip.commitment.dated": "Good: a step with a date. Make sure you come back to it visibly.",
    "tip.formula_reflection": "“{quote}” fits any story. Name in a few words what they just "
    "told you, so they hear that you listened.",
    "tip.formula_reflection.mirror": "“{quote}” fits any story. Give back what they just told "
    "you, for example: “{reflection}”",
    "tip.weak_signal": "Twice a short, evasive answer, like “{quote}” Don't move on; ask what "
    "lies behind it: “You said ‘{word}’. What do you mean by that?”",
    "tip.missed_signal.wellbeing": "The employee gave a signal: “{quote}” Don't pass it by; "
    "reflect it and ask on: “That sounds hard. How are you really doing?”",
    "tip.missed_signal.leave": "The employee gave a signal: “{quote}” Don't pass it by; "
    "reflect it and ask on: “You're thinking about leaving. What makes you consider it?”",
}
