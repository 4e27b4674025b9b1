"""The offline actor: voices the director's decision from authored lines, like a person."""

import re
from collections import Counter

from engine_helpers import Coded, closed, open_q, persona, reflect, scenario

from simulator.domain.persona import Reaction
from simulator.engine.actor import ActorContext
from simulator.engine.decision import Decision
from simulator.engine.director import Director
from simulator.engine.offline import OfflineActor
from simulator.vocabulary import Theme


class Pair:
    """A director and an offline actor over one test persona."""

    def __init__(self, difficulty: str = "medium") -> None:
        self.persona = persona()
        self.director = Director(self.persona, scenario(difficulty))
        self.actor = OfflineActor(self.persona, session_key="test")
        self.prev: str | None = None

    def say(self, coded: Coded) -> str:
        # As in a session: the director hears what the employee said last.
        self.prev = self.actor.compose(self.director.step(coded, self.prev), coded.text)
        return self.prev


def authored(p) -> list[str]:
    lines = p.lines
    pools = [lines.opening, lines.short_yes, lines.small_talk, lines.filler, lines.closing,
             lines.confirm, lines.correct, lines.shrug, lines.hostile]
    for table in (lines.guarded, lines.open, lines.reactions):
        pools += list(table.values())
    pools += [f.lines for f in p.facts]
    pools += [layer.lines for f in p.facts for layer in f.layers]
    return [line for pool in pools for line in pool]


def test_reveal_speaks_the_facts_own_line():
    pair = Pair()
    pair.say(Coded("Hoi", [], []))
    reply = pair.say(open_q("energy"))
    assert reply == "Ik word blij van bouwen."


def test_brief_on_a_closed_question():
    pair = Pair()
    pair.say(Coded("Hoi", [], []))
    reply = pair.say(closed())
    assert reply in pair.persona.lines.short_yes


def test_reacts_first_to_a_defence_and_pulls_back():
    pair = Pair()
    pair.say(Coded("Hoi", [], []))
    reply = pair.say(
        Coded("Ja maar, wat geeft je energie dan?", ["defensive", "open_question"], ["energy"])
    )
    assert reply.startswith("Oké, laat maar.")
    assert "bouwen" not in reply  # no fact after a defence at this trust


def test_reacts_to_a_hollow_promise_then_answers_the_question():
    pair = Pair()
    pair.say(Coded("Hoi", [], []))
    reply = pair.say(
        Coded("Je krijgt opslag. Waar wil je groeien?", ["promise", "open_question"], ["growth"])
    )
    assert reply.startswith("Dat heb ik vaker gehoord.")
    assert "groei" in reply.lower() or "growth" in reply


def test_follows_the_theme_that_was_asked_about():
    pair = Pair()
    pair.say(Coded("Hoi", [], []))
    reply = pair.say(open_q("leave", text="Zou je ooit weg willen?"))
    assert reply in pair.persona.lines.guarded["leave"]


def test_closing_line_when_the_manager_wraps_up():
    pair = Pair()
    pair.say(Coded("Hoi", [], []))
    reply = pair.say(Coded("Dank je wel voor het gesprek, tot dan!", [], []))
    assert reply == "Dank je, tot dan."


def test_first_reply_answers_the_greeting_with_an_opening_line():
    pair = Pair()
    assert pair.say(Coded("Hoi, fijn dat je er bent.", [], [])) in pair.persona.lines.opening


def test_never_repeats_a_line_and_falls_back_to_filler():
    pair = Pair()
    replies = [pair.say(Coded("Hoi", [], []))]
    # Far more questions on one guarded theme than it has lines.
    for n in range(12):
        replies.append(pair.say(open_q("change", text=f"Wat zou je veranderen? ({n})")))
    guarded = pair.persona.lines.guarded["change"]
    assert set(guarded) <= set(replies)
    assert set(pair.persona.lines.filler) <= set(replies)
    assert "Hm. Tja." in replies and "Tja. Hm." in replies  # spare pairs once fillers run out
    assert replies[-1] == "…"  # then silence, not a repeated line
    spoken = pair.actor.spoken
    assert len(spoken) == len(set(spoken)), Counter(spoken).most_common(2)


def test_reflection_is_confirmed_then_deepens_the_fact_just_shared():
    pair = Pair()
    pair.say(Coded("Hoi", [], []))
    pair.say(open_q("energy"))
    reply = pair.say(reflect("energy"))
    assert reply.split(". ")[0] + "." in ("Ja, precies.", "Klopt.")
    # The reflection continues the last topic (building), it does not switch to another fact.
    assert "Bouwen, echt." in reply and "begeleiden" not in reply
    assert pair.director.state.last_fact == "energy-low"


def test_same_turns_same_words():
    turns = [Coded("Hoi", [], []), open_q("change"), closed(), open_q("change"), reflect()]
    runs = [[Pair().say(t) for t in turns] for _ in range(2)]
    assert runs[0] == runs[1]


def test_remember_marks_lines_as_spoken():
    pair = Pair()
    pair.actor.remember(["Hoi, zeg het maar."])
    assert pair.say(Coded("Hoi", [], [])) == "Hallo."


async def test_stream_yields_word_chunks_that_join_to_the_reply():
    pair = Pair()
    decision = pair.director.step(open_q("energy"))
    context = ActorContext(pair.persona, scenario(), decision, "Wat geeft je energie?", [], [])
    chunks = [c async for c in pair.actor.stream(context)]
    assert len(chunks) >= 2
    assert "".join(chunks) == "Ik word blij van bouwen."


def test_every_bundled_persona_stays_fresh_for_twenty_turns():
    from simulator.library import load_library

    library = load_library(include_user=False)
    themes = [
        "energy",
        "meaning",
        "change",
        "leave",
        "obstacles",
        "growth",
        "recognition",
        "manager",
    ]
    for scen in library.scenarios.values():
        p = library.persona_for(scen)
        d, actor = Director(p, scen), OfflineActor(p, scen.id)
        replies = []
        for n in range(20):
            theme = themes[n % len(themes)]
            coded = [open_q(theme, text=f"Vraag {n}"), reflect(theme, text=f"Reflectie {n}")][n % 2]
            replies.append(actor.compose(d.step(coded), coded.text))
        spoken = Counter(actor.spoken)
        assert not [line for line, n in spoken.items() if n > 1], scen.id
        assert set(spoken) <= set(authored(p)), scen.id
        assert len(set(replies)) == len(replies), scen.id
        assert "…" not in replies, scen.id  # twenty turns do not run a persona dry


# The bundled employee in conversation: answers what was asked, reads as one person


class Talk:
    """The bundled Sanne (stille-senior) with the real coder, as in a session."""

    def __init__(self, scenario_id: str = "stille-senior") -> None:
        from simulator.library import load_library

        library = load_library(include_user=False)
        self.scenario = library.scenario(scenario_id)
        self.persona = library.persona_for(self.scenario)
        self.director = Director(self.persona, self.scenario)
        self.actor = OfflineActor(self.persona, session_key=scenario_id)
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
ENERGY = "Waar kijk je elke werkdag het meest naar uit?"
MEANING = (
    "Het klinkt alsof je daar echt energie uit haalt. Wat in je werk voelt voor jou het meest "
    "betekenisvol?"
)
GROWTH = (
    "Je bent al een tijd aan het schakelen en wachten, en dat vreet aan je. Welke vaardigheden "
    "wil je de komende tijd verder ontwikkelen?"
)


def test_the_question_decides_the_answer_not_the_reflection_before_it():
    talk = Talk()
    talk.say(OPENING)
    talk.say(ENERGY)
    reply = talk.say(MEANING)  # reflects energy, asks about meaning
    assert talk.decision.asked == ("meaning",)
    assert talk.decision.reveal is None or talk.decision.reveal.theme == "meaning"
    assert talk.contains_only(reply, "meaning"), reply
    assert "Joris" not in reply


def test_a_reflection_on_obstacles_does_not_answer_a_question_on_growth():
    talk = Talk()
    talk.say(OPENING)
    talk.director.state.trust = 0.9  # everything is earned: only the question decides
    reply = talk.say(GROWTH)
    assert talk.decision.reveal is not None and talk.decision.reveal.theme == "growth"
    assert "migratie" not in reply.lower()
    assert talk.contains_only(reply, "growth"), reply


def test_an_unearned_asked_theme_gets_its_guarded_line_not_another_themes_fact():
    talk = Talk()
    talk.say(OPENING)
    talk.director.state.trust = 0.2  # with this turn's gains still short of growth (0.45)
    reply = talk.say(GROWTH)
    assert talk.decision.reveal is None
    assert reply in talk.persona.lines.guarded["growth"]


def test_the_opening_reply_is_one_opening_line_without_stacked_reactions():
    talk = Talk()
    reply = talk.say(OPENING)
    assert reply in talk.persona.lines.opening


def test_a_reflection_followed_by_a_question_gets_no_reaction_glued_in_front():
    talk = Talk()
    talk.say(OPENING)
    talk.say(ENERGY)
    reply = talk.say(MEANING)
    reactions = [r for pool in talk.persona.lines.reactions.values() for r in pool]
    assert not any(reply.startswith(r) for r in reactions), reply


def test_a_reflection_alone_is_acknowledged_and_continues_its_theme():
    talk = Talk()
    talk.say(OPENING)
    talk.say(ENERGY)
    reply = talk.say("Het klinkt alsof je daar echt energie uit haalt.")
    first = next(r for r in talk.persona.lines.reactions["reflection"] if reply.startswith(r))
    assert talk.contains_only(reply[len(first) :], "energy"), reply


def test_own_step_when_trust_allows_else_a_hedge():
    for question in ("Wat neem jij je voor als eerste stap?", "Wat ga jij zelf doen?"):
        warm, cool = Talk(), Talk()
        warm.say(OPENING)
        warm.director.state.trust = 0.7
        assert warm.say(question) in warm.persona.lines.own_action
        cool.say(OPENING)
        cool.director.state.trust = 0.1
        reply = cool.say(question)
        assert reply not in cool.persona.lines.own_action
        assert reply in cool.persona.lines.filler


def test_own_step_in_english():
    for question in ("What would you like to take on yourself?", "What's your first step?"):
        talk = Talk("overlooked-lead")
        talk.say("Hi Priya, thanks for making the time.")
        talk.director.state.trust = 0.8
        assert talk.say(question) in talk.persona.lines.own_action


def test_closing_is_warm_or_cool_by_trust():
    bye = "Dank je wel voor het gesprek, tot dan."
    warm, cool = Talk(), Talk()
    warm.say(OPENING)
    warm.director.state.trust = 0.8
    assert warm.say(bye) in warm.persona.lines.closing_warm
    cool.say(OPENING)
    cool.director.state.trust = 0.05
    assert cool.say(bye) in cool.persona.lines.closing


def test_a_proposal_is_agreed_to_not_answered_with_no():
    talk = Talk()
    talk.say(OPENING)
    talk.director.state.trust = 0.6
    reply = talk.say("Zullen we samen de verzoeken van marketing via het bord laten lopen?")
    assert not reply.lower().startswith("nee")
    assert reply in talk.persona.lines.reactions["commitment"] + talk.persona.lines.short_yes


def test_a_promise_without_a_question_gets_only_the_sceptical_reaction():
    talk = Talk()
    talk.say(OPENING)
    reply = talk.say("Ik zorg dat je opslag krijgt, dan is dat ook geregeld.")
    assert reply in talk.persona.lines.reactions["promise"]


def test_more_is_said_at_high_trust_only():
    high, low = Talk(), Talk()
    for talk, trust in ((high, 0.9), (low, 0.2)):
        talk.say(OPENING)
        talk.director.state.trust = trust
    high_reply, low_reply = high.say(ENERGY), low.say(ENERGY)
    assert low_reply in [line for f in low.persona.facts for line in f.lines]
    assert len(high_reply) > len(low_reply)
    assert high.contains_only(high_reply, "energy")


def test_messy_turns_get_sensible_replies():
    talk = Talk()
    weekend = talk.say("hoi sanne hoe was je weekend")
    assert weekend in talk.persona.lines.small_talk and "weekend" in weekend
    talk.say("wat geeft je energie eigelijk in je werk")
    assert talk.say("ok") in ("Hm.", "Tja.", "Nou ja.")  # a murmur, not "Even denken."
    more = talk.say("kun je daar meer over vertellen?")  # "daar": the theme just talked about
    assert talk.decision.theme == "energy" and talk.contains_only(more, "energy"), more
    talk.say("Het klinkt alsof je daar echt blij van wordt.")
    check = talk.say("Klopt dat?")
    assert check in talk.persona.lines.reactions["reflection"] + talk.persona.lines.short_yes


# The review's stitched replies (monteur-na-reorganisatie): each one coherent reply now

MONTEUR = "monteur-na-reorganisatie"
HELLO = "Hoi Jeroen, fijn dat je er bent."


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


def test_a_closed_question_on_the_team_gets_one_coherent_reply():
    talk = Talk(MONTEUR)
    talk.say(HELLO)
    reply = talk.say("Heb je het naar je zin in het team?")
    lines = talk.persona.lines
    assert len(pieces(talk, reply)) == 1, reply
    assert reply in lines.short_yes + lines.guarded["energy"] + lines.reactions["closed_question"]
    # After a reproach the reaction is the whole answer, not a reaction plus an energy line.
    talk.say("Ja maar, dat valt toch wel mee? Iedereen moet wennen aan de nieuwe planning.")
    reply = talk.say("Heb je het verder nog naar je zin in het team?")
    assert len(pieces(talk, reply)) == 1, reply
    assert reply not in lines.guarded["energy"] + lines.open["energy"], reply


def test_a_closed_question_without_a_theme_is_not_answered_with_the_last_theme():
    talk = Talk(MONTEUR)
    talk.say(HELLO)
    talk.say("Waar krijg je energie van in je werk?")
    reply = talk.say("Je kan ook wat positiever zijn, hoor. Is er verder nog iets?")
    assert len(pieces(talk, reply)) == 1, reply
    assert not talk.contains_only(reply, "energy"), reply
    assert talk.decision.theme is None


def test_a_promise_of_a_raise_gets_the_money_line_and_stays_cool():
    talk = Talk(MONTEUR)
    talk.say(HELLO)
    before = talk.director.trust
    reply = talk.say("ik zorg dat je volgend jaar opslag krijgt. Blijf je dan?")
    assert reply == "Het gaat mij niet om geld, dat snap je toch wel?"
    assert talk.director.trust < before


def test_a_promise_without_money_gets_another_sceptical_line_and_nothing_after_it():
    talk = Talk(MONTEUR)
    talk.say(HELLO)
    reply = talk.say("Ik beloof je dat de planning volgende maand goed is. Oké?")
    assert reply in talk.persona.lines.reactions["promise"], reply
    assert "geld" not in reply


def test_do_you_agree_gets_a_fitting_reply_not_a_fact_fragment():
    cool, warm = Talk(MONTEUR), Talk(MONTEUR)
    for talk in (cool, warm):
        talk.say(HELLO)
        talk.say("Welke belemmeringen staan goed werk in de weg?")
    warm.director.state.trust = 0.8
    cool_reply = cool.say("Ben je het met me eens?")
    assert cool_reply in cool.persona.lines.filler, cool_reply
    assert "Ga door" not in cool_reply and cool.decision.theme is None
    warm_reply = warm.say("Ben je het met me eens?")
    assert warm_reply in warm.persona.lines.short_yes + warm.persona.lines.reactions["reflection"]
    assert not warm_reply.lower().startswith("nee")


def test_an_imposed_target_gets_a_cool_reaction_and_costs_trust():
    talk = Talk(MONTEUR)
    talk.say(HELLO)
    talk.director.state.trust = 0.5
    reply = talk.say("Goed, dan spreken we af dat jij je cijfers omhoog krijgt. Succes.")
    # A reproach at low trust is answered in kind (hostile), else with the cool reaction.
    assert reply in [*talk.persona.lines.reactions["appraisal"], *talk.persona.lines.hostile], reply
    assert "concreet" not in reply
    assert talk.director.trust < 0.5
    assert talk.decision.reaction == "appraisal"


def test_an_imposed_target_in_english_is_read_as_appraisal():
    talk = Talk("overlooked-lead")
    talk.say("Hi Priya, thanks for making the time.")
    talk.say("So we agree that you'll get your numbers up next quarter.")
    assert talk.decision.reaction == "appraisal"


def test_a_commitment_to_what_the_employee_asked_for_is_acknowledged_not_asked_again():
    ride = "Ik neem zelf de actie om volgende week dinsdag een dag met je mee te rijden in de bus."
    for codes in (None, ["reflection", "commitment"], ["commitment"]):
        talk = Talk(MONTEUR)
        talk.say(HELLO)
        talk.director.state.trust = 0.9
        asked = talk.say("Wat is één ding dat ik als leidinggevende anders kan doen?")
        assert "mee" in asked  # "Rij eens een dag mee."
        if codes is None:
            reply = talk.say(ride)
        else:
            coded = Coded(text=ride, codes=codes, themes=["manager"])
            reply = talk.actor.compose(talk.director.step(coded), ride)
        assert reply in talk.persona.lines.reactions["commitment"], (codes, reply)
        assert "Rij" not in reply


def test_a_three_part_proposal_gets_a_reaction_to_the_proposal():
    talk = Talk(MONTEUR)
    talk.say(HELLO)
    talk.director.state.trust = 0.7
    reply = talk.say(
        "Zullen we het zo doen: jij belt Kees over de voorraad, ik rij dinsdag met je mee, en "
        "samen gaan we met de planner om tafel?"
    )
    lines = talk.persona.lines
    assert reply in lines.reactions["commitment"] + lines.short_yes, reply
    assert len(pieces(talk, reply)) == 1


# The checker: many varied manager turns through every bundled persona, structural checks


def converse(scenario_id: str, order: int) -> list[tuple[str, str, Decision, "Talk"]]:
    """One session over a slice of the checker's lines: (manager, reply, decision, talk)."""
    from engine_helpers import MANAGER_LINES

    talk = Talk(scenario_id)
    lines = MANAGER_LINES[talk.scenario.language]
    # Three sessions per persona, each a different interleaving, each about 15 turns long.
    turns = [lines[0]] + lines[1 + order :: 3]
    return [(text, talk.say(text), talk.decision, talk) for text in turns]


def content_themes(talk: "Talk", line: str) -> set[str]:
    """The themes whose authored pools (guarded, open, facts) hold this line."""
    p = talk.persona
    found = {t for t, pool in p.lines.guarded.items() if line in pool}
    found |= {t for t, pool in p.lines.open.items() if line in pool}
    return found | {f.theme for f in p.facts if line in f.lines}


def test_the_checker_finds_no_stitched_replies_in_any_persona():
    from simulator.library import load_library
    from simulator.scoring.themes import keyword_themes

    library = load_library(include_user=False)
    problems: list[str] = []
    replies = 0
    reproach = re.compile(
        r"collega'?s zeggen|hoe kan het dat|jij bent ook altijd|ik hoor via|people tell me"
        r"|how come you|you'?re always|heard from colleagues",
        re.IGNORECASE,
    )
    for scenario_id in sorted(library.scenarios):
        for order in range(3):
            session = converse(scenario_id, order)
            talk = session[0][3]
            reactions = {r for pool in talk.persona.lines.reactions.values() for r in pool}
            # A promise gets scepticism (or, with an imposed target, the appraisal reaction).
            cool: tuple[Reaction, ...] = ("promise", "appraisal", "defensive")
            promise_lines = {r for c in cool for r in talk.persona.lines.reactions.get(c, [])}
            for text, reply, decision, _ in session:
                replies += 1
                where = f"{scenario_id}/{order} {text!r} -> {reply!r}"
                parts = pieces(talk, reply) if reply != "…" else []
                if decision.closed and _sentences(reply) > 3:
                    problems.append(f"long answer to a closed question: {where}")
                if sum(part in reactions for part in parts) > 1:
                    problems.append(f"stacked reactions: {where}")
                themes = set().union(*(content_themes(talk, p) for p in parts)) if parts else set()
                if len(themes) > 1 or (themes and decision.theme not in themes):
                    problems.append(f"stitched themes {sorted(themes)}: {where}")
                if decision.asked and themes - set(decision.asked):
                    problems.append(f"answers a theme nobody asked: {where}")
                # Lines outside the theme pools (reactions, short answers, small talk) must
                # not read as another theme either. Theme-pool lines are checked by their pool
                # above: the lexicon reads "leren" in a growth fact as growth, rightly or not.
                loose = " ".join(p for p in parts if not content_themes(talk, p))
                spoken = set(keyword_themes(loose, talk.scenario.language))
                if decision.question and spoken - set(decision.asked) - {decision.theme}:
                    problems.append(f"reply reads as {sorted(spoken)}: {where}")
                facts = [f.id for p in parts for f in talk.persona.facts if p in f.lines]
                if len(facts) != len(set(facts)):
                    problems.append(f"one fact told twice: {where}")
                if "promise" in decision.codes and (decision.proposal or decision.reveal):
                    problems.append(f"a promise agreed to: {where}")
                if "promise" in decision.codes and parts and parts[0] not in promise_lines:
                    problems.append(f"a promise without scepticism: {where}")
                if reproach.search(text) and decision.reveal is not None:
                    problems.append(f"a reproach answered with a fact: {where}")
            repeated = [line for line, n in Counter(talk.actor.spoken).items() if n > 1]
            if repeated:
                problems.append(f"{scenario_id}/{order} repeats {repeated}")
    assert replies >= 7 * 3 * 14
    assert not problems, "\n".join(problems)


def _sentences(text: str) -> int:
    import re

    return len(re.findall(r"[^.!?…]+[.!?…]+", text)) or 1


def test_at_fair_trust_a_disclosure_takes_a_second_sentence_of_the_same_theme():
    fair, low = Talk(), Talk()
    for talk, trust in ((fair, 0.42), (low, 0.25)):
        talk.say(OPENING)
        talk.director.state.trust = trust
    fair_reply, low_reply = fair.say(ENERGY), low.say(ENERGY)
    assert fair.decision.reveal is not None and len(pieces(fair, fair_reply)) == 2, fair_reply
    assert fair.contains_only(fair_reply, "energy")
    assert len(pieces(low, low_reply)) == 1, low_reply


# Round 4 review: the question's content, the last reply's topic, reproaches and promises

YVONNE = "ongeziene-verpleegkundige"


def fact_lines(talk: Talk, fact_id: str) -> list[str]:
    """The fact's own lines and those of its deeper layers: a follow-up may reach either."""
    fact = talk.persona.fact(fact_id)
    return [*fact.lines, *(line for layer in fact.layers for line in layer.lines)]


def test_a_question_naming_a_shared_fact_deepens_it_whatever_its_theme():
    talk = Talk()
    talk.say(OPENING)
    talk.director.state.trust = 0.6
    talk.say("Wat maakt je werkweek leuk?")
    talk.say("Wat geeft je nog meer energie?")
    assert "joris-begeleiden" in talk.director.revealed
    # Worded as a meaning question, but it is about Joris: more of Joris, not Betaalzorg.
    reply = talk.say("Waarom is het coachen van Joris voor jou zo waardevol?")
    assert talk.decision.focus == "joris-begeleiden" and talk.decision.reveal is None
    assert "Betaalzorg" not in reply and "betaalzorg" not in talk.director.revealed
    assert any(line in reply for line in fact_lines(talk, "joris-begeleiden")) or any(
        line in reply for line in talk.persona.lines.open["energy"]
    ), reply


def test_a_question_naming_a_hidden_fact_reveals_that_fact():
    talk = Talk()
    talk.say(OPENING)
    talk.director.state.trust = 0.5
    reply = talk.say("Hoe betekenisvol is het begeleiden van Joris voor jou?")
    assert talk.decision.reveal is not None and talk.decision.reveal.id == "joris-begeleiden"
    assert "Betaalzorg" not in reply


def test_a_disclosure_never_tells_the_same_fact_twice():
    talk = Talk()
    talk.say("Hoi Sanne.")
    talk.director.state.trust = 0.8
    reply = talk.say("Op welke momenten merk je dat je hier gewaardeerd wordt?")
    assert talk.decision.reveal is not None
    lines = fact_lines(talk, talk.decision.reveal.id)
    assert sum(line in reply for line in lines) == 1, reply


def test_a_reflection_continues_the_topic_of_the_last_reply():
    talk = Talk("overlooked-lead")
    talk.say("Hi Priya, thanks for coming.")
    talk.director.state.trust = 0.8
    talk.say("What could I do differently as your manager?")
    shared = talk.decision.reveal
    assert shared is not None and shared.theme == "manager"
    # A reflection that gives back what she said (the roadmap session, keeping quiet since).
    reply = talk.say("So when you raised the research findings in the roadmap session, I moved "
                     "on in front of the PMs, and you've kept quiet since.")
    assert talk.decision.focus == shared.id and talk.decision.reveal is None
    assert "Research Thursdays" not in reply
    # An acknowledgement, then more on the roadmap story or the manager theme, nothing else.
    lines = talk.persona.lines
    acks = [*lines.reactions["reflection"], *lines.shrug, *lines.confirm]
    ack = [r for r in acks if reply.startswith(r)]
    rest = reply[len(ack[0]) :] if ack else reply
    assert rest.strip() and talk.contains_only(rest, "manager"), reply


def test_gossip_and_reproaches_get_a_cool_reaction_never_a_fact():
    for text in (
        "Collega's zeggen dat je na je dienst altijd meteen vertrekt. Hoe zit dat?",
        "Hoe kan het dat jouw verslagen altijd te laat zijn?",
        "Ik hoor van collega's dat je in het overleg nooit meer wat zegt. Waarom?",
    ):
        talk = Talk(YVONNE)
        talk.say("Hoi Yvonne.")
        talk.director.state.trust = 0.6  # even warm: a reproach gets no disclosure
        reply = talk.say(text)
        cool = [*talk.persona.lines.reactions["appraisal"], *talk.persona.lines.hostile]
        assert talk.decision.reveal is None, (text, reply)
        assert any(reply.startswith(line) for line in cool), (text, reply)


def test_a_promise_without_beloof_gets_scepticism_never_agreement():
    for text in (
        "Ik zorg ervoor dat je vanaf januari geen invaldiensten meer hebt, echt. Afgesproken?",
        "Ik zal ervoor zorgen dat je die CCU-opleiding krijgt, dat regel ik wel.",
        "Dat beloof ik je. Goed?",
    ):
        talk = Talk(YVONNE)
        talk.say("Hoi Yvonne.")
        talk.director.state.trust = 0.6
        reply = talk.say(text)
        assert "promise" in talk.decision.codes and "commitment" not in talk.decision.codes
        assert not talk.decision.proposal
        assert reply in talk.persona.lines.reactions["promise"], (text, reply)
        assert "Afgesproken" not in reply


def test_a_reaction_presupposing_criticism_waits_for_a_criticism():
    talk = Talk(YVONNE)
    talk.say("Hoi Yvonne.")
    replies = [
        talk.say(text)
        for text in (
            "Ja maar, dat valt toch wel mee?",
            "Nou, dat is ook niet helemaal eerlijk van je.",
            "Daar ben ik het niet mee eens, hoor.",
            "Dat ligt toch niet aan mij?",
        )
    ]
    assert talk.director.revealed == []
    assert not any("aan te vallen" in reply for reply in replies), replies


def test_a_follow_up_on_a_lukewarm_word_explores_what_weighs():
    talk = Talk(YVONNE)
    talk.say("Hoi Yvonne.")
    talk.director.state.trust = 0.35
    reply = talk.say("Wat maakt dat het voor jou maar 'gaat wel' is?")
    assert talk.decision.theme == "obstacles", talk.decision
    positive = talk.lines_of("energy") | talk.lines_of("meaning")
    assert not any(line in reply for line in positive), reply


def test_an_announced_leave_question_is_answered_not_agreed_to():
    for text in (
        "Ik vraag het je gewoon: denk je erover om te vertrekken?",
        "Ik ga het maar eerlijk vragen: zit je aan weggaan te denken?",
    ):
        talk = Talk(YVONNE)
        talk.say("Hoi Yvonne.")
        reply = talk.say(text)
        assert "commitment" not in talk.decision.codes and not talk.decision.proposal
        assert reply not in talk.persona.lines.reactions["commitment"], reply
        # Low trust: guarded about leaving, not a yes and not the secret.
        assert talk.decision.reveal is None
        assert reply in talk.persona.lines.guarded["leave"], (text, reply)


def test_tell_me_more_deepens_the_story_just_told_not_another_fact():
    talk = Talk("overlooked-lead")
    talk.say("Hi Priya.")
    talk.director.state.trust = 0.8
    talk.say("What could I do differently as your manager?")
    shared = talk.decision.reveal
    assert shared is not None
    for text in ("Could you say a bit more about that?", "How do you mean?"):
        before = talk.director.revealed
        reply = talk.say(text)
        assert talk.director.revealed == before, (text, reply)
        assert talk.contains_only(reply, shared.theme), (text, reply)
    assert shared.lines[1] in " ".join(talk.actor.spoken)


def test_a_reflection_of_a_burden_is_not_answered_with_what_gives_energy():
    talk = Talk("overlooked-lead")
    talk.say("Hi Priya.")
    talk.director.state.trust = 0.6
    talk.say("What do you look forward to most in a working day?")
    talk.say("Are you busy this week?")
    reply = talk.say("It sounds like something about it still bothers you.")
    upbeat = talk.lines_of("energy") | talk.lines_of("meaning")
    assert not any(line in reply for line in upbeat), reply
    assert talk.decision.reveal is None or talk.decision.reveal.theme not in ("energy", "meaning")
