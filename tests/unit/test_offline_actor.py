"""The offline actor: voices the director's decision from authored lines, like a person."""

from collections import Counter

from engine_helpers import Coded, closed, open_q, persona, reflect, scenario
from offline_helpers import authored

from simulator.engine.actor import ActorContext
from simulator.engine.director import Director
from simulator.engine.offline import OfflineActor


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
