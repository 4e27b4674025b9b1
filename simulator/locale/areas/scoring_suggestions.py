"""What a tip suggests the manager say (`suggest.*`), always in the conversation's language.

After a defence: the reflection that gives the employee's words back (`suggest.mirror`; where
their turn is a short hedge with nothing to mirror, "Gaat wel.", one that quotes it and hears
what is behind it, `suggest.hedge.N`; else, after a turn aimed at the manager, one that hears
the reproach in it, `suggest.reflection.N`)
and the question after it (`suggest.follow.N`). For a closed question: an open rewrite of it
(`suggest.rewrite.KIND`, its `{topic}` the part of the question it keeps, "de planning"; in the
Dutch `enjoy` where it was asked, " bij het team" with its space, or nothing), the question of
the theme it touches (`suggest.theme.THEME`: the source's eight, one per theme) and open
questions that fit any closed one (`suggest.open.N`).

Numbered keys are lists of alternatives: a scorecard takes the next one rather than repeat a
suggestion, so a list may grow but keeps counting from 0."""

NL: dict[str, str] = {
    "suggest.mirror": "Als ik je goed begrijp: {said}.",
    # A suggested reflection is never one the scorecard calls a formula ("Het klinkt alsof
    # dit je dwarszit." fits any story): tests/unit/test_scorecard_tips.py holds them to that.
    "suggest.hedge.0": "‘{said}’, zeg je. Dat klinkt alsof er meer achter zit.",
    "suggest.hedge.1": "Je zegt ‘{said}’, en ik hoor dat het je wel degelijk iets doet.",
    "suggest.reflection.0": "Je hebt het gevoel dat ik niet goed weet hoe jouw werk er echt "
                            "uitziet.",
    # A defence may answer a complaint or a story of what goes well: the question after the
    # reflection fits either ("Wat maakt het zo lastig?" after what gives them energy does not).
    "suggest.follow.0": "Wat betekent dat voor jou?",
    "suggest.follow.1": "Kun je daar meer over vertellen?",
    "suggest.follow.2": "Wat is daarin voor jou het belangrijkst?",
    "suggest.follow.3": "Kun je daar een voorbeeld van geven?",
    "suggest.follow.4": "Hoe gaat dat dan in de praktijk?",
    "suggest.rewrite.leave": "Wat zou kunnen maken dat je overweegt weg te gaan?",
    "suggest.rewrite.stay": "Wat heb je nodig om hier te blijven?",
    "suggest.rewrite.experience": "Hoe ervaar je {topic}?",
    "suggest.rewrite.learn": "Wat zou je graag willen leren?",
    "suggest.rewrite.enjoy": "Hoe is het voor je{topic}, en wat maakt dat zo?",
    "suggest.rewrite.satisfied": "Hoe kijk je naar {topic}?",
    "suggest.rewrite.going": "Hoe gaat het {topic}, en wat merk jij daarvan?",
    "suggest.rewrite.all_well": "Hoe gaat het echt met je, en met je werk?",
    "suggest.rewrite.keeping_up": "Hoe gaat het met {topic}, en wat zou je helpen?",
    "suggest.rewrite.progress": "Hoe staat het met {topic}, en wat heb je nodig?",
    # "Hoe kijk jij daar zelf naar?" is offered only where the question has something for
    # "daar" to point at.
    "suggest.open.0": "Hoe kijk jij daar zelf naar?",
    "suggest.open.1": "Wat speelt er voor jou?",
    "suggest.open.2": "Hoe is dat voor je?",
    "suggest.open.3": "Wat merk je daar zelf van?",
    "suggest.open.4": "Wat maakt dat belangrijk voor je?",
    "suggest.open.5": "Hoe gaat dat op een gewone werkdag?",
    "suggest.open.6": "Hoe gaat het echt met je?",
    "suggest.open.7": "Wat houdt je op dit moment het meest bezig?",
    "suggest.theme.energy": "Waar kijk je elke werkdag het meest naar uit?",
    "suggest.theme.meaning": "Wat in je werk voelt voor jou het meest betekenisvol?",
    "suggest.theme.change": "Wat zou je willen veranderen aan je rol of werkomgeving?",
    "suggest.theme.leave": "Wat zou kunnen maken dat je overweegt om weg te gaan?",
    "suggest.theme.obstacles": "Welke belemmeringen staan goed werk in de weg?",
    "suggest.theme.growth": "Welke vaardigheden wil je de komende tijd verder ontwikkelen?",
    "suggest.theme.recognition": "Wanneer voel jij je gezien en gewaardeerd?",
    "suggest.theme.manager": "Wat is één ding dat ik als leidinggevende anders kan doen?",
}

EN: dict[str, str] = {
    "suggest.mirror": "If I'm hearing you right: {said}.",
    "suggest.hedge.0": "‘{said}’, you say. It sounds like there's more behind that.",
    "suggest.hedge.1": "You say ‘{said}’, and I hear that it does matter to you.",
    "suggest.reflection.0": "You feel I don't really know what your work is like.",
    "suggest.follow.0": "What does that mean for you?",
    "suggest.follow.1": "Can you tell me more about that?",
    "suggest.follow.2": "What matters most to you in this?",
    "suggest.follow.3": "Can you give me an example of that?",
    "suggest.follow.4": "How does that work out in practice?",
    "suggest.rewrite.leave": "What might make you consider leaving?",
    "suggest.rewrite.stay": "What would you need to stay?",
    "suggest.rewrite.experience": "How do you experience {topic}?",
    "suggest.rewrite.learn": "What would you like to learn?",
    "suggest.rewrite.enjoy": "What do you enjoy about {topic}, and what less?",
    "suggest.rewrite.satisfied": "How do you feel about {topic}?",
    # No English question is rewritten this way yet ("Loopt alles goed op het project?").
    "suggest.rewrite.going": "How is it going {topic}, and how does that affect you?",
    "suggest.rewrite.all_well": "How are things really going for you, and for your work?",
    "suggest.rewrite.keeping_up": "How is it going with {topic}, and what would help?",
    "suggest.rewrite.progress": "How is it going with {topic}, and what do you need?",
    "suggest.open.0": "How do you see that yourself?",
    "suggest.open.1": "What is going on for you?",
    "suggest.open.2": "How is that for you?",
    "suggest.open.3": "What do you notice about it yourself?",
    "suggest.open.4": "What makes that important to you?",
    "suggest.open.5": "How does that go on an ordinary day?",
    "suggest.open.6": "How are you really doing?",
    "suggest.open.7": "What is on your mind most at the moment?",
    "suggest.theme.energy": "What do you look forward to most in your working day?",
    "suggest.theme.meaning": "What in your work feels most meaningful to you?",
    "suggest.theme.change":
        "What would you like to change about your role or your work environment?",
    "suggest.theme.leave": "What might make you consider leaving?",
    "suggest.theme.obstacles": "What obstacles get in the way of good work?",
    "suggest.theme.growth": "Which skills would you like to develop in the coming months?",
    "suggest.theme.recognition": "When do you feel seen and appreciated?",
    "suggest.theme.manager": "What is one thing I could do differently as your manager?",
}
