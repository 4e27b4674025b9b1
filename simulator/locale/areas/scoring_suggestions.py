"""What a tip suggests the manager say (`suggest.*`), always in the conversation's language: the
reflection that gives the employee's words back (`suggest.mirror`, or a stock one,
`suggest.reflection.N`, where their turn gives nothing to mirror) and the question after it
(`suggest.follow.N`). Numbered keys are lists of alternatives: a scorecard takes the next
one rather than repeat a suggestion, so a list may grow but keeps counting from 0."""

NL: dict[str, str] = {
    "suggest.mirror": "Als ik je goed begrijp: {said}.",
    "suggest.reflection.0": "Het klinkt alsof dit je dwarszit.",
    "suggest.reflection.1": "Ik hoor dat dit je raakt.",
    "suggest.reflection.2": "Het klinkt alsof je je hierin niet gehoord voelt.",
    # A defence may answer a complaint or a story of what goes well: the question after the
    # reflection fits either ("Wat maakt het zo lastig?" after what gives them energy does not).
    "suggest.follow.0": "Wat betekent dat voor jou?",
    "suggest.follow.1": "Kun je daar meer over vertellen?",
    "suggest.follow.2": "Wat is daarin voor jou het belangrijkst?",
    "suggest.follow.3": "Kun je daar een voorbeeld van geven?",
    "suggest.follow.4": "Hoe gaat dat dan in de praktijk?",
}

EN: dict[str, str] = {
    "suggest.mirror": "If I'm hearing you right: {said}.",
    "suggest.reflection.0": "It sounds like this has been bothering you.",
    "suggest.reflection.1": "I can hear this matters to you.",
    "suggest.reflection.2": "It sounds like you haven't felt heard on this.",
    "suggest.follow.0": "What does that mean for you?",
    "suggest.follow.1": "Can you tell me more about that?",
    "suggest.follow.2": "What matters most to you in this?",
    "suggest.follow.3": "Can you give me an example of that?",
    "suggest.follow.4": "How does that work out in practice?",
}
