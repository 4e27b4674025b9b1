"""The bundled employee in conversation: answers what was asked, reads as one person."""

from offline_helpers import OPENING, Talk, pieces

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


def test_at_fair_trust_a_disclosure_takes_a_second_sentence_of_the_same_theme():
    fair, low = Talk(), Talk()
    for talk, trust in ((fair, 0.42), (low, 0.25)):
        talk.say(OPENING)
        talk.director.state.trust = trust
    fair_reply, low_reply = fair.say(ENERGY), low.say(ENERGY)
    assert fair.decision.reveal is not None and len(pieces(fair, fair_reply)) == 2, fair_reply
    assert fair.contains_only(fair_reply, "energy")
    assert len(pieces(low, low_reply)) == 1, low_reply


def test_a_first_turn_that_asks_is_answered_not_met_with_an_opening_line():
    # A guarded persona at the start (Priya, hard): a word on what was asked, not an opening
    # line as if no question had been put, nor one that hands over the floor ("Go ahead.")
    # before an answer.
    talk = Talk("overlooked-lead")
    talk.prev = "Hi. I saw the invite said 'stay interview'. Should I be worried?"  # her greeting
    reply = talk.say("No, not at all. I just realised we never talk about how things are going "
                     "for you, only about deadlines. So, honestly, what parts of the job still "
                     "give you a kick these days?")
    assert not any(line in reply for line in talk.persona.lines.opening), reply
    assert reply in talk.lines_of("energy") | set(talk.persona.lines.guarded["energy"]), reply


def test_a_first_turn_that_only_greets_gets_an_opening_line():
    talk = Talk("overlooked-lead")
    assert talk.say("Hi Priya, thanks for making the time.") in talk.persona.lines.opening


def _yvonne_after_her_story() -> Talk:
    """Yvonne (hard), greeted as in the app, right after she told what makes her work
    worthwhile."""
    talk = Talk("ongeziene-verpleegkundige")
    talk.prev = talk.scenario.opening
    talk.say("Hoi Yvonne, fijn dat je er bent. Ik wil graag horen hoe het met je gaat, niet "
             "over het rooster.")
    talk.say("Wat maakt je werk op de afdeling op dit moment de moeite waard?")
    return talk


def test_a_silence_after_a_story_is_met_with_more_of_it():
    # From a play-test: "Hm." or "..." right after a painful disclosure got "Tja." A manager
    # who leaves room hears more of what was just told, not a new topic and not a murmur.
    talk = _yvonne_after_her_story()
    told = talk.decision.reveal
    assert told is not None
    for silence in ("Hm.", "..."):
        reply = talk.say(silence)
        assert talk.decision.focus == told.id and talk.decision.reveal is None
        assert talk.contains_only(reply, told.theme) and len(reply.split()) > 5, reply


def test_a_long_hum_is_read_at_once():
    # Found in review: a nested pattern took seconds for "mmm...m, oké" and hung a session.
    import time

    from simulator.engine.asking import is_continuer

    started = time.perf_counter()
    assert not is_continuer("M" + "m" * 5000 + ", oké")
    assert not is_continuer("m" * 100_000 + "?")
    assert is_continuer("Mm-hmm.") and is_continuer("...") and not is_continuer("Oké.")
    assert time.perf_counter() - started < 0.5


def test_silences_after_a_story_told_in_full_get_murmurs_not_a_guarded_line():
    talk = _yvonne_after_her_story()
    guarded = {line for lines in talk.persona.lines.guarded.values() for line in lines}
    replies = [talk.say(silence) for silence in ("Hm.", "...", "Mm-hmm.", "Hm.", "...")]
    assert not guarded & set(replies), replies
