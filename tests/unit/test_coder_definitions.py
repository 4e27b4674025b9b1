"""Definitions applied after the rules and the model: framing reflects nothing, advice and a
reflection never share a sentence, and a turn with no word to take up is no context."""

import pytest

from simulator.scoring import code_utterance
from simulator.scoring.features import utterance_features


def test_framing_the_talk_is_no_reflection():
    text = ("Het gaat over jou. Ik ken je vooral uit de roosters, en ik wil horen hoe het werk "
            "voor je is en wat je hier houdt. Waar kijk jij in een dienst het meest naar uit?")
    coded = code_utterance(text, "nl", None)
    assert coded.codes == ["open_question"], coded


def test_a_reflection_after_framing_still_counts():
    prev = "Ik draai al weken extra diensten en niemand zegt er iets van."
    coded = code_utterance("Dus je draait al weken extra en het wordt niet eens opgemerkt.",
                           "nl", prev)
    assert "reflection" in coded.codes


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "you have to let it go"),
    ("nl", "Je moet het ook een beetje van jezelf laten komen."),
])
def test_telling_them_what_to_do_is_advice_and_no_reflection(lang, text):
    for prev in (None, "Ik weet het niet meer." if lang == "nl" else "I don't know anymore."):
        codes = code_utterance(text, lang, prev).codes
        assert "advice" in codes and "reflection" not in codes, (prev, codes)


@pytest.mark.parametrize(("lang", "prev"), [
    ("nl", "Het gaat wel."), ("nl", "Ja, nou."), ("en", "Yeah."), ("en", "I don't know.")])
def test_a_turn_with_no_word_to_take_up_gives_no_context(lang, prev):
    text = "Jij hebt de deadline gemist." if lang == "nl" else "You missed the deadline."
    hits = [("x.appraisal.reproach", "appraisal")]
    assert (utterance_features(text, lang, prev, hits, ())
            == utterance_features(text, lang, None, hits, ()))


def test_their_words_are_context_and_a_question_of_theirs_is_too():
    text = "That's not my problem, mate."
    with_words = utterance_features(text, "en", "The toilets are disgusting.", [], ())
    assert {"ps:toilet", "t:not_my_problem"} <= with_words
    asked = utterance_features(text, "en", "Why?", [], ())
    assert "prev:asks" in asked


def test_asking_for_their_step_commits_the_manager_to_nothing():
    summary_then_ask = code_utterance(
        "Dank je dat je dat zegt. Samengevat: je wilt bouwen en mee aan tafel, je verdrinkt in "
        "losse verzoeken en storingsdienst, en onze één-op-ééns verschuiven. Wat wil jij zelf als "
        "eerste stap zetten?", "nl")
    assert "commitment" not in summary_then_ask.codes
    assert "open_question" in summary_then_ask.codes
    # The manager's own step in another sentence stays a commitment.
    own_then_ask = code_utterance("Ik plan vrijdag een gesprek met HR. Wat ga jij zelf doen?", "nl")
    assert "commitment" in own_then_ask.codes


@pytest.mark.parametrize(("lang", "prev", "text"), [
    ("nl", "Ik krijg altijd de vervelende klussen, en de anderen niet.", "Dat klopt niet."),
    ("nl", "De leuke klussen gaan altijd naar Ruud en ik mag de rommel opruimen.",
     "Je vindt het oneerlijk, snap ik, maar Ruud heeft nou eenmaal de meeste ervaring."),
    ("en", "It is way too hot on the shop floor in summer.", "It's hot everywhere in summer."),
])
def test_a_sentence_that_argues_gives_nothing_back(lang, prev, text):
    codes = code_utterance(text, lang, prev).codes
    assert "defensive" in codes and "reflection" not in codes, codes


def test_a_reflection_a_defence_takes_back_pushes_out_no_judgement_beside_it():
    from simulator.scoring.coded import Evidence
    from simulator.scoring.definitions import one_of_each_pair

    text = "Je vindt het zwaar, maar jij plant ook gewoon slecht."
    found = [Evidence(code, text, f"x.{code}", 0, len(text))
             for code in ("reflection", "appraisal", "defensive")]
    # The model is surest of the reflection: without the defence it would push out the
    # judgement.
    margins = {"reflection": 2.0, "appraisal": 0.5, "defensive": 0.5}
    kept = {e.code for e in one_of_each_pair(text, found, margins, accurate=True)}
    assert kept == {"appraisal", "defensive"}


def test_a_reflection_before_a_defence_in_its_own_sentence_still_counts():
    coded = code_utterance("Je voelt je gepasseerd bij de grote dossiers. Maar die zijn nou "
                           "eenmaal te complex voor jouw schaal.", "nl",
                           "Ik voel me steeds gepasseerd bij de grote dossiers.")
    assert {"reflection", "defensive"} <= set(coded.codes), coded.codes


@pytest.mark.parametrize("text", [
    "Jij gaat toch niet ineens bij de concurrent beginnen?",
    "Dat snap je toch ook wel, met al die bezuinigingen?",
])
def test_a_question_that_asks_for_agreement_argues_and_asks_nothing(text):
    codes = code_utterance(text, "nl", "Ik twijfel of ik hier nog wel op mijn plek zit.").codes
    assert "defensive" in codes and "closed_question" not in codes, codes


def test_a_question_word_with_toch_still_asks():
    codes = code_utterance("Wat maakt het toch zo zwaar voor je?", "nl",
                           "Ik ben elke avond kapot.").codes
    assert "open_question" in codes and "defensive" not in codes, codes


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Right, so I'll make sure our one-to-ones actually happen, every other Thursday."),
    ("en", "Honestly? I'm going to make sure my calendar has that slot blocked for you."),
    ("nl", "Ik zorg ervoor dat onze één-op-één gewoon elke twee weken doorgaat, beloofd."),
])
def test_seeing_to_ones_own_meetings_is_a_step_not_a_promise(lang, text):
    coded = code_utterance(text, lang, None)
    assert "promise" not in coded.codes and "commitment" in coded.codes, coded


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'll make sure our team gets the extra headcount this year."),
    ("nl", "Ik zorg dat onze afdeling volgend jaar meer budget krijgt."),
    # An own meeting and an outcome in one sentence: the outcome is still promised.
    ("en", "I'll make sure our one-to-ones happen every fortnight, and I promise you'll get the "
           "raise."),
    ("en", "I'll make sure my diary is clear and that you get the promotion by spring."),
    ("nl", "Ik zorg dat mijn agenda vrij is en dat jij volgende maand promotie krijgt."),
])
def test_an_outcome_for_the_team_stays_a_promise(lang, text):
    assert "promise" in code_utterance(text, lang, None).codes


def test_typographic_apostrophes_and_no_break_spaces_read_as_plain_ones_quoted_as_typed():
    prev = "I keep getting the boring tickets while the new guy gets the interesting ones."
    for plain in ("That's not true, everyone gets a mix.",
                  "I'll make sure our one-to-ones happen every fortnight.",
                  "You're stuck with the dull work, and you're noticing who gets what."):
        typed = plain.replace("'", "\u2019").replace(" ", "\u00a0", 3)
        coded = code_utterance(typed, "en", prev.replace("'", "\u2019"))
        assert coded.codes == code_utterance(plain, "en", prev).codes, typed
        assert coded.text == typed and all(e.span == typed[e.start:e.end] for e in coded.evidence)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Say more."), ("en", "Say more about that."), ("nl", "Vertel eens wat meer daarover."),
])
def test_a_bare_invitation_to_tell_more_is_an_open_question(lang, text):
    prev = ("It has been a lot lately, with the new system and all." if lang == "en"
            else "Het is veel de laatste tijd, met het nieuwe systeem en zo.")
    assert code_utterance(text, lang, prev).codes == ["open_question"]
