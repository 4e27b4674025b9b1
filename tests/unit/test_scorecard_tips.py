"""Tips a coach would sign: open rewrites, theme questions, natural reflections, no repeats."""

import pytest

from simulator.locale import section
from simulator.locale.words import theme_label
from simulator.scoring import build_scorecard, tip_for
from simulator.scoring.tips import tip_choices


@pytest.mark.parametrize(("lang", "quote", "rewrite"), [
    ("nl", "Is de migratie nog op schema?", "Hoe staat het met de migratie, en wat heb je nodig?"),
    ("nl", "Ben je bij met je werk?", "Hoe gaat het met je werk, en wat zou je helpen?"),
    ("nl", "Hoi Sanne. Loopt alles nog?", "Hoe gaat het echt met je, en met je werk?"),
    ("nl", "Heb je het verder nog naar je zin?", "Waar kijk je elke werkdag het meest naar uit?"),
    ("nl", "Ben je verder tevreden?", "Wat zou je willen veranderen aan je rol of werkomgeving?"),
    ("en", "Is the design for the checkout flow ready?",
     "How is it going with the design for the checkout flow, and what do you need?"),
    ("en", "Are you keeping up with month-end?", "How is it going with month-end"),
    ("en", "Are you happy otherwise?", "What do you look forward to most in your working day?"),
    ("en", "Okay, let's leave it there. All good?", "what haven't we covered yet?"),
])
def test_closed_question_tip_offers_an_open_question_tied_to_it(lang, quote, rewrite):
    assert rewrite in tip_for("closed_question", lang, quote)


@pytest.mark.parametrize(("lang", "prev", "expected", "absent"), [
    ("nl", "Gaat wel.", "‘Gaat wel’, zeg je. Dat klinkt alsof er meer achter zit.",
     "Als ik je goed begrijp"),
    ("nl", "Hm. Laten we eerst maar zien wat er echt gebeurt.", "‘Hm’, zeg je.",
     "laten we eerst"),
    ("nl", "Sinds Bas weg is draai ik eigenlijk om de week storingsdienst.",
     "sinds Bas weg is draai je eigenlijk om de week storingsdienst.", "draai ik"),
    ("nl", "Ik heb het gevoel dat niemand ziet wat ik doe.",
     "je hebt het gevoel dat niemand ziet wat je doet", "hebt je"),
    ("nl", "Nou. Dan weet ik eigenlijk wel waar ik sta.", "begrijp: dan weet je eigenlijk wel",
     "begrijp: Dan"),
    ("nl", "Kees en Ruud gaan allebei weg, en ik blijf dan alleen over met de storingen.",
     "begrijp: Kees en Ruud gaan allebei weg, en je blijft", "begrijp: kees"),
    ("nl", "Ja, nou, Joris en ik bouwen samen de nieuwe module.",
     "begrijp: Joris en jij bouwen samen de nieuwe module.", "bouwent"),
    # Nothing to mirror: their words quoted, never a stock line that fits any story.
    ("en", "Fine.", "‘Fine’, you say. It sounds like there's more behind that.",
     "bothering you"),
    ("en", "Honestly, I was hoping it would be different after the reorganisation.",
     "you were hoping it would be different", "it were"),
])
def test_defence_tip_reflects_naturally(lang, prev, expected, absent):
    tip = tip_for("defensive", lang, "Ja maar.", prev)
    assert expected in tip and absent not in tip


@pytest.mark.parametrize(("lang", "story", "defence", "presumes"), [
    ("nl", "De dagen dat ik gewoon kan bouwen. Daar word ik echt blij van.",
     "Nou ja, bouwen is maar een deel van het vak.",
     ("lastig", "helpen", "moeilijk", "dwarszit", "raakt", "gehoord")),
    ("en", "The days I can just build something. That's what I love about this job.",
     "Well, building is only part of the job.",
     ("hard", "help", "difficult", "bothering", "heard")),
])
def test_a_defence_against_good_news_gets_no_tip_that_presumes_a_problem(
        lang, story, defence, presumes):
    options = tip_choices("defensive", lang, defence, story)
    assert len(options) >= 3
    for option in options:
        said = (option.values["reflection"] + " " + option.values["follow"]).lower()
        assert not [word for word in presumes if word in said], option.values
    # Their own words are given back, as a reflection that reads as a sentence.
    first = options[0].values["reflection"]
    assert "bouwen" in first or "build" in first
    assert first.startswith(("Als ik je goed begrijp: ", "If I'm hearing you right: "))


def test_no_two_findings_share_a_tip():
    turns = []
    for question in ("Loopt alles nog?", "Ben je bij?", "Heb je het naar je zin?", "Alles goed?",
                     "Ben je tevreden?", "Is er iets?", "Klopt dat?"):
        turns += [("manager", question), ("employee", "Ja.")]
    turns += [("manager", "Ja maar, dat valt wel mee."), ("employee", "Oké."),
              ("manager", "Dat klopt niet, iedereen heeft het druk."), ("employee", "Oké.")]
    card = build_scorecard(turns, language="nl")
    tips = [f.tip for f in card.findings]
    assert len(tips) == 9 and len(set(tips)) == len(tips)
    defences = [f.tip.split(": ", 1)[1] for f in card.findings if f.code == "defensive"]
    assert defences[0] != defences[1]


_TWO_DEFENCES = {
    "nl": [("manager", "Hoe gaat het met je werk?"),
           ("employee", "Eerlijk gezegd, ik draai al maanden bijna alle storingsdiensten alleen."),
           ("manager", "Ja maar, dat valt wel mee, iedereen heeft het druk."),
           ("employee", "Nou. Joris en ik bouwen eigenlijk samen de hele nieuwe module, en dat "
                        "naast de storingen."),
           ("manager", "Dat klopt niet, Joris doet het meeste werk.")],
    "en": [("manager", "How is work going for you?"),
           ("employee", "Honestly, I have been covering almost every night shift on my own for "
                        "months."),
           ("manager", "Yes but that's not true, everyone is busy."),
           ("employee", "Well, me and Sam basically built the whole billing module ourselves, on "
                        "top of that."),
           ("manager", "That's not fair, Sam did most of the work.")],
}


@pytest.mark.parametrize(("lang", "second"), [
    ("nl", "Als ik je goed begrijp: Joris en jij bouwen eigenlijk samen de hele nieuwe module, "
           "en dat naast de storingen."),
    ("en", "If I'm hearing you right: you and Sam basically built the whole billing module "
           "yourselves, on top of that."),
])
def test_two_defences_each_get_their_own_follow_up(lang, second):
    # Each reflection gives back a different turn; the question after it differs as well.
    card = build_scorecard(_TWO_DEFENCES[lang], language=lang)
    defences = [f for f in card.findings if f.code == "defensive"]
    assert len(defences) == 2
    assert defences[1].values["reflection"] == second
    assert defences[0].values["follow"] != defences[1].values["follow"]
    # The same transcript gives the same tips.
    again = build_scorecard(_TWO_DEFENCES[lang], language=lang)
    assert [f.tip for f in again.findings] == [f.tip for f in card.findings]


def test_theme_labels_in_both_languages():
    assert theme_label("leave", "nl") == "vertrekredenen"
    assert theme_label("manager", "en") == "the manager"
    assert theme_label("unknown", "en") == "unknown"
    assert set(section("label.theme.", "nl")) == set(section("label.theme.", "en"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_dimensions_say_their_value_and_goal(lang):
    turns = [("manager", "Hoe gaat het?" if lang == "nl" else "How are you?"),
             ("employee", "Goed." if lang == "nl" else "Fine.")]
    dims = build_scorecard(turns, language=lang).dimensions
    assert dims
    for dim in dims:
        assert dim.shown and dim.goal and dim.goal not in ("0", "2:1", "4/4")


def test_the_stop_list_holds_every_word_the_mirror_passes_over():
    # mirror() lowers a first word found in the stop list, counting on this.
    from simulator.scoring.mirror import _STOPISH
    from simulator.scoring.rulebook import lexicon

    for lang in ("nl", "en"):
        assert _STOPISH[lang] <= lexicon(lang, "stop")


@pytest.mark.parametrize(("lang", "prev"), [
    ("nl", "Gaat wel."), ("nl", "Dat zeg jij vanachter je bureau. Kom eerst maar eens kijken."),
    ("en", "Fine."), ("en", "Easy for you to say from behind your desk."),
])
def test_a_tip_never_suggests_a_reflection_the_scorecard_calls_a_formula(lang, prev):
    from simulator.scoring import code_utterance

    suggested = {option.values["reflection"]
                 for option in tip_choices("defensive", lang, "Ja maar.", prev)}
    assert suggested
    for reflection in suggested:
        coded = code_utterance(reflection, lang, prev)
        assert "reflection" in coded.codes, reflection
        assert coded.reflection is not None and not coded.reflection.generic, reflection


@pytest.mark.parametrize(("lang", "line", "prev"), [
    ("nl", "Het klinkt alsof dit je dwarszit.",
     "Mijn studievriend Sem is na twee jaar al projectleider in Utrecht."),
    ("nl", "Het klinkt alsof je je hierin niet gehoord voelt.",
     "Mijn studievriend Sem is na twee jaar al projectleider in Utrecht."),
    ("en", "It sounds like this has been bothering you.",
     "The repair money never came through, and I had to chase it three times."),
    ("en", "It sounds like you haven't felt heard on this.",
     "The repair money never came through, and I had to chase it three times."),
])
def test_a_feeling_about_this_fits_any_story(lang, line, prev):
    """A feeling in general about "this" names nothing they told: a formula, however warm."""
    from simulator.scoring import code_utterance

    coded = code_utterance(line, lang, prev)
    assert coded.reflection is not None and coded.reflection.generic, line


def test_a_formula_reflection_explores_no_theme():
    from simulator.scoring import build_scorecard

    story = ("Mijn studievriend Sem is na twee jaar al projectleider in Utrecht, en ik word hier "
             "nog steeds niet gezien.")
    formula = [("employee", story),
               ("manager", "Het klinkt alsof je je hierin niet gehoord voelt.")]
    given_back = [("employee", story),
                  ("manager", "Sem is al projectleider, en jij wordt hier nog niet gezien.")]
    assert build_scorecard(formula, language="nl").coverage.explored == []
    assert build_scorecard(given_back, language="nl").coverage.explored


@pytest.mark.parametrize(("lang", "quote"), [
    ("nl", "Hoe ver ben je eigenlijk met dat besluit?"),
    ("en", "Okay. How far along are you with that decision?"),
])
def test_a_question_for_a_fact_is_not_told_to_start_with_how(lang, quote):
    tip = tip_for("closed_question", lang, quote)
    assert "wat, hoe" not in tip and "what or how" not in tip, tip
    assert "feit" in tip or "fact" in tip, tip
