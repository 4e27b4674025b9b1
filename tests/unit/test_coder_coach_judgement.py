"""The coach's judgement on real manager talk: reproaches, tasks, dismissals, reflections."""

import pytest

from simulator.scoring import code_utterance


def _codes(text, lang, prev=None):
    return code_utterance(text, lang, prev).codes


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Je kan ook wat positiever zijn, hoor."),
    ("nl", "Jij hebt de deadline gemist."),
    ("nl", "Goed, dan spreken we af dat jij je cijfers omhoog krijgt. Succes."),
    ("en", "You could be a bit more positive, you know."),
    ("en", "You missed the deadline."),
    ("en", "Right, so we agree you get your numbers up. Good luck."),
])
def test_a_reproach_is_appraisal_not_reflection(lang, text):
    codes = _codes(text, lang, "Het gaat wel." if lang == "nl" else "It's fine.")
    assert "appraisal" in codes
    assert "reflection" not in codes and "commitment" not in codes


@pytest.mark.parametrize(("lang", "text", "prev"), [
    ("nl", "Dat moet je niet doen.", "Ik denk erover om weg te gaan."),
    ("en", "You shouldn't do that.", "I've been thinking about leaving."),
])
def test_shutting_down_is_advice_not_reflection(lang, text, prev):
    codes = _codes(text, lang, prev)
    assert "advice" in codes and "reflection" not in codes


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Jij schrijft op welke onderdelen je standaard in de bus wilt hebben."),
    ("en", "You write down which parts you want in the van as standard."),
])
def test_a_task_handed_over_is_no_reflection(lang, text):
    coded = code_utterance(text, lang, "Ik wil gewoon dat alles klopt." if lang == "nl"
                           else "I just want things to be right.")
    assert "reflection" not in coded.codes
    assert all(e.rule != "statement about the other" for e in coded.evidence)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Hoi Mehmet, fijn dat je er bent. Dit is geen beoordeling."),
    ("en", "Hi Mehmet, good to see you. This is not a review."),
])
def test_a_greeting_is_no_reflection(lang, text):
    assert "reflection" not in _codes(text, lang)


@pytest.mark.parametrize(("lang", "text", "prev"), [
    ("nl", "Dus waar een ander vastloopt, daar begint het voor jou pas leuk te worden. Die "
           "puzzel, en dan weten waar je moet kijken.",
     "Als een ander vastloopt met een storing, dan begint het voor mij. Die puzzel, weten "
     "waar je moet kijken."),
    ("en", "So where someone else gets stuck, that's where it starts to be fun for you. The "
           "puzzle, and knowing where you have to look.",
     "When someone else gets stuck on a fault, that's where the fun starts. The puzzle, "
     "knowing where you have to look."),
])
def test_a_reflection_echoing_their_must_is_not_advice(lang, text, prev):
    codes = _codes(text, lang, prev)
    assert "reflection" in codes and "advice" not in codes


@pytest.mark.parametrize(("lang", "text", "prev"), [
    ("nl", "Je mist het vakwerk.", "Ik zit de hele dag achter een laptop, het vakwerk is weg."),
    ("nl", "Je bent er eigenlijk wel klaar mee.", None),
    ("en", "You miss the craft.", "I sit behind a laptop all day, the craft is gone."),
    ("en", "You're frustrated with the planning.", None),
])
def test_a_you_statement_with_their_words_or_a_feeling_is_a_reflection(lang, text, prev):
    assert "reflection" in _codes(text, lang, prev)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ik zag dat je de deadline van vorige week gemist hebt. Hoe kan dat?"),
    ("nl", "Waarom heb je dat niet eerder gezegd?"),
    ("en", "I saw you missed last week's deadline. How come?"),
    ("en", "Why didn't you tell me earlier?"),
])
def test_a_reproachful_question_is_appraisal(lang, text):
    codes = _codes(text, lang)
    assert "appraisal" in codes and "open_question" not in codes


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Hoe kan dat, denk je?"),
    ("en", "How come you enjoy it so much?"),
])
def test_how_come_without_a_reproach_stays_open(lang, text):
    assert "open_question" in _codes(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Welk plan? Maakt niet uit."),
    ("en", "Which plan? Doesn't matter."),
])
def test_a_dismissed_question_is_no_open_question(lang, text):
    codes = _codes(text, lang)
    assert "open_question" not in codes and "defensive" in codes


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Wat je hier zou houden is dat je vakmanschap weer gezien wordt."),
    ("en", "What would keep you here is that your craft gets seen again."),
])
def test_a_what_you_statement_is_no_question(lang, text):
    codes = _codes(text, lang)
    assert "open_question" not in codes and "closed_question" not in codes


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Dit keer echt. Zullen we het zo laten?"),
    ("nl", "Volgende maand kijken we wel weer hoe je cijfers ervoor staan."),
    ("en", "Shall we leave it at that?"),
    ("en", "Next month we'll see how your numbers are doing."),
])
def test_closing_and_vague_later_are_no_commitment(lang, text):
    assert "commitment" not in _codes(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ik neem de planning mee naar het MT."),
    ("en", "I'll bring the resourcing numbers to the leadership meeting."),
])
def test_an_own_step_is_a_commitment(lang, text):
    assert "commitment" in _codes(text, lang)
