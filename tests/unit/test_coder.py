"""The utterance coder on the hard cases of a stay interview, in Dutch and English."""

import pytest

from simulator.scoring import CODES, code_utterance, detect_language, detect_themes, tip_for

QUESTION_TYPE = [
    # Dutch
    ("nl", "Kun je daar meer over vertellen?", "open_question"),
    ("nl", "Loopt alles nog?", "closed_question"),
    ("nl", "Ben je bij met je werk?", "closed_question"),
    ("nl", "Heb je het naar je zin?", "closed_question"),
    ("nl", "Hoe gaat het met je?", "open_question"),
    ("nl", "Waarom is dat belangrijk voor je?", "open_question"),
    ("nl", "Hoeveel uur werk je over?", "closed_question"),
    ("nl", "Hoe vaak gebeurt dat?", "closed_question"),
    ("nl", "Je zit goed op je plek, toch?", "closed_question"),
    ("nl", "Het is best druk, hè?", "closed_question"),
    ("nl", "Je vindt het leuk werk, niet?", "closed_question"),
    ("nl", "Vertel eens, wat speelt er?", "open_question"),
    ("nl", "Zou je willen uitleggen wat je bedoelt?", "open_question"),
    # The eight questions of the source
    ("nl", "Waar kijk je elke werkdag het meest naar uit?", "open_question"),
    ("nl", "Wat in je werk voelt voor jou het meest betekenisvol?", "open_question"),
    ("nl", "Wat zou je willen veranderen aan je rol of werkomgeving?", "open_question"),
    ("nl", "Wat zou kunnen maken dat je overweegt om weg te gaan?", "open_question"),
    ("nl", "Welke belemmeringen staan goed werk in de weg?", "open_question"),
    ("nl", "Welke vaardigheden wil je de komende tijd verder ontwikkelen?", "open_question"),
    ("nl", "Wanneer voel jij je gezien en gewaardeerd?", "open_question"),
    ("nl", "Wat is één ding dat ik als leidinggevende anders kan doen?", "open_question"),
    # English
    ("en", "Can you tell me more?", "open_question"),
    ("en", "Could you describe a recent example?", "open_question"),
    ("en", "What gives you energy at work?", "open_question"),
    ("en", "How do you feel about the new role?", "open_question"),
    ("en", "Is the workload too high?", "closed_question"),
    ("en", "Do you like your team?", "closed_question"),
    ("en", "How many hours did you work last week?", "closed_question"),
    ("en", "How long have you been thinking about this?", "closed_question"),
    ("en", "You're happy here, right?", "closed_question"),
    ("en", "It's been a busy quarter, isn't it?", "closed_question"),
    ("en", "What do you look forward to most each workday?", "open_question"),
    ("en", "What is one thing I could do differently as your manager?", "open_question"),
    ("en", "Tell me about a day that went well.", "open_question"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUESTION_TYPE)
def test_question_type(lang, text, expected):
    codes = code_utterance(text, lang).codes
    other = "closed_question" if expected == "open_question" else "open_question"
    assert expected in codes
    assert other not in codes


FLAGS = [
    ("nl", "Ja maar, dat zie ik anders.", "defensive"),
    ("nl", "Dat valt toch wel mee.", "defensive"),
    ("nl", "Dat klopt niet.", "defensive"),
    ("nl", "Zo erg is het niet.", "defensive"),
    ("nl", "Daar kan ik niks aan doen.", "defensive"),
    ("nl", "Dat is niet mijn schuld.", "defensive"),
    ("nl", "Zo werkt het nou eenmaal.", "defensive"),
    ("en", "Yes, but we all have to work hard.", "defensive"),
    ("en", "It's not that bad.", "defensive"),
    ("en", "That's not true.", "defensive"),
    ("en", "That's not my fault.", "defensive"),
    ("en", "There's nothing I can do about it.", "defensive"),
    ("nl", "Ik zorg dat je opslag krijgt.", "promise"),
    ("nl", "Je krijgt die promotie.", "promise"),
    ("nl", "Dat gebeurt nooit meer.", "promise"),
    ("nl", "Ik zorg ervoor dat je volgend jaar een vast contract hebt.", "promise"),
    ("en", "I'll make sure you get the raise.", "promise"),
    ("en", "You'll get the promotion next year.", "promise"),
    ("en", "It will never happen again.", "promise"),
    ("nl", "Ik zoek uit wat er kan en kom vrijdag terug.", "commitment"),
    ("nl", "Ik plan over drie weken een vervolgafspraak.", "commitment"),
    ("nl", "Ik vraag het na bij HR en laat het je maandag weten.", "commitment"),
    ("en", "I'll check with HR and get back to you by Friday.", "commitment"),
    ("en", "Let's meet again in three weeks.", "commitment"),
    ("nl", "Je zou eens wat geduldiger moeten zijn.", "advice"),
    ("nl", "Misschien moet je gewoon eerder beginnen.", "advice"),
    ("en", "You should talk to him directly.", "advice"),
    ("en", "Why don't you take a course?", "advice"),
    ("nl", "Je prestaties vielen het afgelopen kwartaal tegen.", "appraisal"),
    ("en", "Your performance this quarter was below expectations.", "appraisal"),
    ("nl", "Knap dat je dat project zo hebt opgepakt.", "affirmation"),
    ("en", "I really appreciate how you helped the new colleague.", "affirmation"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FLAGS)
def test_flags(lang, text, expected):
    assert expected in code_utterance(text, lang).codes


KEEPABLE = [
    ("nl", "Ik zoek uit wat er kan en kom vrijdag terug."),
    ("nl", "Ik plan over drie weken een vervolgafspraak."),
    ("en", "I'll check with HR and get back to you by Friday."),
    ("en", "I will find out what the options are and let you know next week."),
]


@pytest.mark.parametrize(("lang", "text"), KEEPABLE)
def test_keepable_commitment_is_no_promise(lang, text):
    codes = code_utterance(text, lang).codes
    assert "commitment" in codes
    assert "promise" not in codes


CLEAN = [
    ("nl", "Wat geeft je energie?"),
    ("nl", "Het klinkt alsof je vastloopt."),
    ("nl", "Dank je dat je dat zo eerlijk zegt."),
    ("en", "What would help you most?"),
    ("en", "It sounds like you feel stuck."),
]


@pytest.mark.parametrize(("lang", "text"), CLEAN)
def test_no_false_alarms(lang, text):
    codes = code_utterance(text, lang).codes
    assert not {"defensive", "promise", "advice", "appraisal"} & set(codes)


REFLECTIONS = [
    ("nl", "Het klinkt alsof je weinig ruimte krijgt.", None),
    ("nl", "Als ik je goed begrijp, wil je meer verantwoordelijkheid.", None),
    ("nl", "Dus wat je mist is waardering.", None),
    ("nl", "Samenvattend: je haalt energie uit de bouwplaats.", None),
    ("nl", "Dat wachten remt je af.", "Ik sta vaak een week te wachten op reviews, dat remt."),
    ("en", "So you feel nobody notices your work.", None),
    ("en", "You're saying the deadlines are unrealistic.", None),
    ("en", "It sounds like you want more responsibility.", None),
    ("en", "The waiting slows everything down.", "The waiting for reviews slows everything down."),
]


@pytest.mark.parametrize(("lang", "text", "prev"), REFLECTIONS)
def test_reflections(lang, text, prev):
    codes = code_utterance(text, lang, prev).codes
    assert codes[0] == "reflection"
    assert "closed_question" not in codes


@pytest.mark.parametrize(
    ("lang", "text"),
    [("nl", "Het klinkt alsof je vastloopt. Wat zou helpen?"),
     ("en", "It sounds like you're stuck. What would help?")],
)
def test_several_codes_in_order_with_evidence(lang, text):
    coded = code_utterance(text, lang)
    assert coded.codes == ["reflection", "open_question"]
    for item in coded.evidence:
        assert item.span == text[item.start:item.end]
        assert item.code in CODES and item.rule
    assert coded.evidence[0].start < coded.evidence[-1].start


def test_rhetorical_defence_is_not_a_question():
    assert code_utterance("Ja maar, dat valt toch wel mee?", "nl").codes == ["defensive"]


def test_quoted_questions_are_not_the_speakers_own():
    coded = code_utterance('Je collega zei: "Waarom ik?" Dat raakte je.', "nl")
    assert "open_question" not in coded.codes


def test_empty_and_filler_only():
    assert code_utterance("", "nl").codes == []
    assert code_utterance("Oké. Hm.", "nl").codes == []
    assert code_utterance("Yeah?", "en").codes == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Wat geeft je energie in je werk?", "nl"), ("What gives you energy at work?", "en"),
     ("Loopt alles nog?", "nl"), ("Is the workload too high?", "en"),
     # Contractions are English function words; "had" and "was" are Dutch ones too.
     ("That's frustrating.", "en"), ("I'll make sure our check-ins don't get cancelled.", "en"),
     ("Martijn had zich als eerste aangemeld.", "nl")],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang
    assert code_utterance(text).lang == lang


@pytest.mark.parametrize(
    ("lang", "text", "theme"),
    [("nl", "Waar kijk je elke werkdag het meest naar uit?", "energy"),
     ("nl", "Wat in je werk voelt voor jou het meest betekenisvol?", "meaning"),
     ("nl", "Wat zou je willen veranderen aan je rol of werkomgeving?", "change"),
     ("nl", "Wat zou kunnen maken dat je overweegt om weg te gaan?", "leave"),
     ("nl", "Welke belemmeringen staan goed werk in de weg?", "obstacles"),
     ("nl", "Welke vaardigheden wil je de komende tijd verder ontwikkelen?", "growth"),
     ("nl", "Wanneer voel jij je gezien en gewaardeerd?", "recognition"),
     ("nl", "Wat is één ding dat ik als leidinggevende anders kan doen?", "manager"),
     ("en", "What do you look forward to most each day?", "energy"),
     ("en", "What feels most meaningful in your work?", "meaning"),
     ("en", "What would you change about your role?", "change"),
     ("en", "What might make you consider leaving?", "leave"),
     ("en", "What gets in the way of good work?", "obstacles"),
     ("en", "Which skills would you like to develop?", "growth"),
     ("en", "When do you feel valued?", "recognition"),
     ("en", "What could I do differently as your manager?", "manager")],
)
def test_themes(lang, text, theme):
    assert theme in detect_themes(text, lang)
    assert theme in code_utterance(text, lang).themes


def test_tips_quote_and_offer_a_reflection():
    tip = tip_for("defensive", "nl", "Ja maar, dat valt wel mee.",
                  "Ik heb het gevoel dat niemand ziet wat ik doe.")
    assert "Ja maar, dat valt wel mee." in tip
    assert "je hebt het gevoel dat niemand ziet wat je doet" in tip
    tip = tip_for("defensive", "en", "It's not that bad.", "I feel nobody sees my work.")
    assert "you feel nobody sees your work" in tip
    assert "Ik zoek uit" in tip_for("promise", "nl", "Je krijgt opslag.")
    assert "get back to you" in tip_for("promise", "en", "You'll get the raise.")
    assert tip_for("unknown", "en") == ""


def test_coder_imports_nothing_heavy():
    import subprocess
    import sys

    code = ("import sys, simulator.scoring, simulator.commands.code;"
            "bad = [m for m in ('textual', 'openai', 'pydantic') if m in sys.modules];"
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
