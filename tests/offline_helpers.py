"""The bundled employees in conversation, for the offline actor tests: a session with the
real coder (Talk), the authored lines a reply is made of, and the checker's manager turns."""

from simulator.engine.decision import Decision
from simulator.engine.director import Director
from simulator.engine.offline import OfflineActor
from simulator.vocabulary import Theme


def authored(p) -> list[str]:
    lines = p.lines
    pools = [lines.opening, lines.short_yes, lines.small_talk, lines.filler, lines.closing,
             lines.confirm, lines.correct, lines.shrug, lines.hostile]
    for table in (lines.guarded, lines.open, lines.reactions):
        pools += list(table.values())
    pools += [f.lines for f in p.facts]
    pools += [layer.lines for f in p.facts for layer in f.layers]
    return [line for pool in pools for line in pool]


class Talk:
    """The bundled Sanne (stille-senior) with the real coder, as in a session."""

    def __init__(self, scenario_id: str = "stille-senior", session_key: str | None = None) -> None:
        from simulator.library import load_library

        library = load_library(include_user=False)
        self.scenario = library.scenario(scenario_id)
        self.persona = library.persona_for(self.scenario)
        self.director = Director(self.persona, self.scenario)
        # The key seeds the actor's choice among equal lines; by default the scenario's id.
        self.actor = OfflineActor(self.persona, session_key=session_key or scenario_id)
        self.prev: str | None = None
        self._decision: Decision | None = None

    @property
    def decision(self) -> Decision:
        """The director's decision on the last line said."""
        assert self._decision is not None, "nothing said yet"
        return self._decision

    def say(self, text: str) -> str:
        from simulator.scoring import code_utterance

        coded = code_utterance(text, self.scenario.language, self.prev)
        self._decision = self.director.step(coded, self.prev)
        self.prev = self.actor.compose(self._decision, text)
        return self.prev

    def lines_of(self, theme: Theme) -> set[str]:
        p = self.persona
        facts = [line for f in p.facts if f.theme == theme
                 for line in [*f.lines, *(x for layer in f.layers for x in layer.lines)]]
        return set(facts) | set(p.lines.guarded[theme]) | set(p.lines.open.get(theme, []))

    def contains_only(self, reply: str, theme: Theme) -> bool:
        """Every sentence-group of the reply is an authored line of this theme."""
        rest = reply
        for line in sorted(self.lines_of(theme), key=len, reverse=True):
            rest = rest.replace(line, "")
        return rest.strip() == ""


OPENING = (
    "Hoi Sanne, fijn dat je tijd maakt. Geen zorgen: dit is geen beoordeling. Ik wil vooral "
    "horen hoe het met je gaat en wat je hier houdt."
)


def pieces(talk: Talk, reply: str) -> list[str]:
    """The authored lines a reply is made of, in order (longest line first wins)."""
    extra = talk.persona.lines.own_action + talk.persona.lines.closing_warm
    known = sorted(set(authored(talk.persona)) | set(extra), key=len)
    found: list[str] = []
    rest = reply
    while rest.strip():
        rest = rest.strip()
        line = next((x for x in reversed(known) if rest.startswith(x)), None)
        assert line is not None, f"not authored: {rest!r}"
        found.append(line)
        rest = rest[len(line) :]
    return found


# Varied manager turns for the offline checker: closed, open, mixed, reproaches, promises,
# small talk, proposals, checks, a bare "ok", long rambling; as a manager would type them.
MANAGER_LINES: dict[str, list[str]] = {
    "nl": [
        "Hoi, fijn dat je er bent. Hoe was je weekend?",
        "Heb je het naar je zin in het team?",
        "Waar kijk je elke werkdag het meest naar uit?",
        "ok",
        "Het klinkt alsof je daar echt energie uit haalt.",
        "Klopt dat?",
        "Wat in je werk voelt voor jou het meest betekenisvol?",
        "Ben je het met me eens?",
        "Vind je de planning te zwaar?",
        "Je kan ook wat positiever zijn, hoor. Is er verder nog iets?",
        "Ja maar, dat valt toch wel mee? Iedereen heeft het druk.",
        "Wat zou je willen veranderen aan je rol of je werkomgeving?",
        "ik zorg dat je volgend jaar opslag krijgt. Blijf je dan?",
        "Welke belemmeringen staan goed werk in de weg?",
        "Dus je loopt vast op dingen waar je zelf niet over gaat.",
        "Kun je daar meer over vertellen?",
        "Je zou eens wat vaker nee moeten zeggen.",
        "Welke vaardigheden wil je de komende tijd verder ontwikkelen?",
        "Denk je erover om weg te gaan?",
        "Wat zou kunnen maken dat je overweegt om weg te gaan?",
        "Wanneer voel jij je gezien en gewaardeerd?",
        "Je prestaties vielen het afgelopen kwartaal tegen.",
        "Wat is één ding dat ik als leidinggevende anders kan doen?",
        "Dank je dat je dat zo eerlijk zegt.",
        "hm ja snap ik",
        "Goed, dan spreken we af dat jij je cijfers omhoog krijgt. Succes.",
        "Zullen we het zo doen: jij zet op papier wat je nodig hebt, ik plan een gesprek met de "
        "directie, en samen kijken we over een maand hoe het gaat?",
        "Wat neem jij je zelf voor als eerste stap?",
        "Ik neem de actie om volgende week met de planner te praten over jouw rooster.",
        "Wat mis ik nog?",
        "Loopt alles nog een beetje?",
        "Ik beloof je dat het volgende maand allemaal beter wordt.",
        "Nou ja, ik bedoel, het is natuurlijk ook voor mij een drukke periode geweest, met de "
        "reorganisatie en alles, en ik heb eerlijk gezegd niet altijd de tijd gehad om bij "
        "iedereen langs te gaan, dus ik snap dat dingen soms blijven liggen, maar ik wil het nu "
        "wel goed doen, dus vertel eens, wat houdt je hier eigenlijk?",
        "Wil je misschien een cursus doen?",
        "Vind je het werk nog leuk of ben je er klaar mee?",
        "Wat geeft je energie en wat kost je energie?",
        "koffie?",
        "Als ik het samenvat: er is veel veranderd en je mist dat er naar je geluisterd wordt. "
        "Heb ik dat goed begrepen?",
        "Heb je nog vragen?",
        # Round 4: content over theme, reflections on the last reply, reproaches, promises.
        "Wat maakt dat juist dat onderdeel je zo raakt?",
        "Je zegt 'gaat wel'. Wat zit er achter dat 'gaat wel'?",
        "Het klinkt alsof dat je nog steeds dwarszit.",
        "Daar zit nog wat, merk ik.",
        "Collega's zeggen dat je de laatste tijd nooit meer iets inbrengt. Waarom is dat?",
        "Hoe kan het dat jij altijd als laatste binnenkomt?",
        "Jij bent ook altijd zo kritisch.",
        "Ik hoor via anderen dat je vaak vroeg naar huis gaat.",
        "Dat regel ik voor je, je krijgt die opleiding. Afgesproken?",
        "Ik zal ervoor zorgen dat het nooit meer gebeurt.",
        "Dat beloof ik je: volgend kwartaal heb je een vaste collega erbij. Deal?",
        "Ik zorg er wel voor dat jij die rol krijgt. Goed?",
        "Ik vraag het je maar gewoon: zit je aan vertrekken te denken?",
        "Ik ga eerlijk zijn: overweeg je om op te stappen?",
        "Wat bedoel je precies met 'het moet'?",
        "Vertel eens wat meer over dat laatste.",
        "Wat maakt dat voor jou zo belangrijk?",
        "Dat klinkt zwaar, eerlijk gezegd.",
        "Je merkt dat het je meer kost dan het oplevert.",
        "Waar denk je dan aan bij dat voorbeeld?",
        "En als je terugdenkt aan dat moment, wat deed dat met je?",
        "Wat zou er voor jou anders moeten aan wat je net vertelde?",
        "Zullen we over drie weken kijken hoe het staat?",
        "Bedankt voor het gesprek, tot dan.",
        "wat vind je van de nieuwe werkplekken eigenlijk",
    ],
    "en": [
        "Hi, thanks for making the time. How was your weekend?",
        "Are you happy in the team?",
        "What do you look forward to most in a working day?",
        "ok",
        "It sounds like that really gives you energy.",
        "Is that right?",
        "What feels most meaningful to you in your work?",
        "Do you agree with me?",
        "Is the workload too much?",
        "You could be a bit more positive, you know. Anything else?",
        "Well, it's not that bad, is it? Everyone is busy.",
        "What would you like to change about your role or your workplace?",
        "I'll make sure you get a raise next year. Will you stay then?",
        "What gets in the way of doing good work?",
        "So you keep getting stuck on things that aren't yours to decide.",
        "Can you tell me more about that?",
        "You should just say no more often.",
        "Which skills would you like to develop in the coming months?",
        "Are you thinking of leaving?",
        "What might make you consider leaving?",
        "When do you feel seen and valued?",
        "Your performance dropped last quarter.",
        "What is one thing I could do differently as your manager?",
        "Thank you for being so honest about that.",
        "mm right i see",
        "So we agree that you'll get your numbers up. Good luck.",
        "How about this: you write down what you need, I'll set up a meeting with the directors, "
        "and together we look at how it's going in a month?",
        "What's your first step?",
        "I'll talk to the planning team next week about your schedule.",
        "What have I missed?",
        "Is everything still on track?",
        "I promise it will all be better next month.",
        "Well, I mean, it's been a busy time for me too, with the reorganisation and everything, "
        "and honestly I haven't always had time to check in with everyone, so I get that things "
        "slip sometimes, but I do want to get this right now, so tell me, what keeps you here?",
        "Would you like to do a course maybe?",
        "Do you still enjoy the work or are you done with it?",
        "What gives you energy and what drains it?",
        "coffee?",
        "Let me sum up: a lot has changed and you miss being listened to. Have I got that right?",
        "Any questions?",
        # Round 4: content over theme, reflections on the last reply, reproaches, promises.
        "What is it about that part that matters so much to you?",
        "You said 'it's fine'. What's behind that 'fine'?",
        "It sounds like that still gets to you.",
        "There's something more in that, I sense.",
        "People tell me you never speak up in meetings any more. Why is that?",
        "How come you're always the last one in?",
        "You're always so critical.",
        "I've heard from colleagues that you leave early a lot.",
        "I'll sort that out for you, you'll get that course. Deal?",
        "I'll make sure that never happens again.",
        "I promise you'll have an extra person next quarter. Agreed?",
        "I guarantee you'll get that role. Okay?",
        "I'm just going to ask: are you thinking of leaving?",
        "I'll be honest: are you considering moving on?",
        "What do you mean exactly by 'it's fine'?",
        "Tell me a bit more about that last part.",
        "What makes that so important to you?",
        "That sounds heavy, honestly.",
        "It feels like it costs you more than it gives you.",
        "What comes to mind with that example?",
        "When you think back to that moment, what did it do to you?",
        "What would need to change about what you just told me?",
        "Shall we check in three weeks from now how it's going?",
        "Thanks for talking today, see you soon.",
        "what do you think of the new office actually",
    ],
}
