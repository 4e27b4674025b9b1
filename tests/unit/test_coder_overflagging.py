"""Counter-examples to over-flagging: keepable acts, ordinary plans, stopping that is no leaving."""

import pytest

from simulator.scoring import build_scorecard, code_utterance

KEEPABLE_NL = [
    "Je krijgt van mij een mail met de afspraken.",
    "Je krijgt morgen een uitnodiging voor het vervolg.",
    "Je krijgt de planning vrijdag van me.",
    "Jij krijgt van mij het verslag van dit gesprek.",
    "Je krijgt een samenvatting zodra ik die heb uitgewerkt.",
    "Je krijgt straks de link naar het formulier.",
    "Je krijgt vanmiddag een berichtje van me.",
    "Je krijgt het overzicht van de trainingen deze week.",
    "Je krijgt van mij een kopie van het functieprofiel.",
    "Je krijgt maandag een voorstel voor de verdeling van de diensten.",
    "Je krijgt de agenda voor ons vervolggesprek.",
]
KEEPABLE_EN = [
    "You'll get an email from me with what we agreed.",
    "You'll get an invite for the follow-up tomorrow.",
    "You'll receive the notes by Friday.",
    "You'll have a summary of this conversation from me tonight.",
    "You will get the link to the course later today.",
    "You'll get a calendar invitation for the 14th.",
    "You'll have the draft of the rota by Monday.",
    "You'll get a copy of the role description.",
    "You'll receive an overview of the training budget options.",
    "You'll get a message from me once I've spoken to HR.",
]
PLANS_EN = [
    "I'll make sure we have time for this next week.",
    "I'll make sure we go over the rota together on Monday.",
    "I'll make sure we put it on the agenda for the team meeting.",
    "I'll make sure that we write down what we agreed.",
    "I'll make sure we come back to this in a month.",
    "I'll make sure we block an hour for your development plan.",
    "I'll make sure we don't skip our one-to-ones again.",
    "I'll make sure we start on time on Thursday.",
    "I'll make sure we both have the notes before then.",
    "I'll make sure we're in a quiet room next time.",
]
PLANS_NL = [
    "Ik zorg ervoor dat we volgende week tijd hebben.",
    "Ik zorg dat we het op de agenda van het teamoverleg zetten.",
    "Ik zal ervoor zorgen dat we over een maand terugkijken.",
    "Ik zorg er wel voor dat we een rustige ruimte hebben.",
    "Ik zorg dat wij allebei het verslag hebben.",
    "Ik ga ervoor zorgen dat we de planning samen doorlopen.",
    "Ik zorg ervoor dat we op tijd beginnen donderdag.",
    "Ik zorg dat we het opschrijven.",
    "Ik zorg ervoor dat we dit gesprek niet weer overslaan.",
    "Ik zorg dat we een uur blokken voor je ontwikkelplan.",
]
STILL_PROMISES = [
    ("nl", "Je krijgt van mij die extra vrije dag."),
    ("nl", "Je krijgt die opslag, dat regel ik."),
    ("nl", "Ik zorg ervoor dat je promotie krijgt."),
    ("nl", "Ik zorg ervoor dat we je die vaste aanstelling geven."),
    ("en", "I'll make sure we get you that promotion."),
    ("en", "I'll make sure you get the raise."),
    ("en", "You'll get the team lead role, I promise."),
    ("en", "I'll make sure it never happens again."),
]


@pytest.mark.parametrize("text", KEEPABLE_NL + PLANS_NL)
def test_a_keepable_act_is_no_promise_nl(text):
    assert "promise" not in code_utterance(text, "nl").codes, text


@pytest.mark.parametrize("text", KEEPABLE_EN + PLANS_EN)
def test_a_keepable_act_is_no_promise_en(text):
    assert "promise" not in code_utterance(text, "en").codes, text


@pytest.mark.parametrize(("lang", "text"), STILL_PROMISES)
def test_an_outcome_someone_else_decides_stays_a_promise(lang, text):
    assert "promise" in code_utterance(text, lang).codes, text


NOT_LEAVING = [
    "Ik ben gestopt met roken, dus ik ben wat prikkelbaar.",
    "We stoppen om vijf uur, dan is het gewoon klaar.",
    "Ik wil stoppen met die overleggen op maandag.",
    "Ik stop met koffie na twaalven.",
    "Wij stoppen altijd vroeg op vrijdag.",
    "Ik ben gestopt met overwerken en dat bevalt goed.",
    "Ik stop met het beantwoorden van mail in het weekend.",
    "We stoppen met de oude planning per januari.",
    "Eigenlijk wil ik stoppen met dat eindeloze vergaderen.",
    "De bus stopt hier niet meer, dus ik fiets.",
    "Ik stop met die avonddiensten als het kan.",
]
LEAVING = [
    "Ik denk erover om te stoppen.",
    "Soms wil ik gewoon stoppen.",
    "Misschien stop ik ermee.",
    "Ik stop hier, denk ik.",
    "Ik wil stoppen met dit werk.",
    "Ik overweeg te stoppen, eerlijk gezegd.",
    "Ik wil ermee stoppen.",
]


def _missed(employee: str) -> bool:
    card = build_scorecard([("manager", "Hoe gaat het?"), ("employee", employee),
                            ("manager", "Goed. Zullen we het rooster bespreken?")],
                           language="nl")
    return any(f.code == "missed_signal" for f in card.findings)


@pytest.mark.parametrize("employee", NOT_LEAVING)
def test_stopping_something_is_no_leaving_signal(employee):
    assert not _missed(employee), employee


@pytest.mark.parametrize("employee", LEAVING)
def test_stopping_the_job_is_a_leaving_signal(employee):
    assert _missed(employee), employee


@pytest.mark.parametrize("text", [
    "Je went er heus wel aan.",
    "Je went er echt wel aan hoor.",
    "Daar went je vanzelf wel aan.",
    "Je raakt er wel aan gewend.",
    "Jij went er na een paar weken wel aan.",
])
def test_minimising_is_defensive(text):
    assert "defensive" in code_utterance(text, "nl").codes, text


@pytest.mark.parametrize(("prev", "text"), [
    ("Het is anders dan vroeger.", "Er is iets veranderd, en dat mis je."),
    ("Vroeger deden we alles samen.", "Dat samen optrekken, dat mis je."),
    ("Niemand vraagt nog wat ik vind.", "Die betrokkenheid van vroeger, die mis je."),
])
def test_what_they_miss_said_back_is_a_reflection(prev, text):
    assert "reflection" in code_utterance(text, "nl", prev=prev).codes, text


def test_asking_whether_they_miss_it_is_a_question():
    codes = code_utterance("Mis je dat?", "nl").codes
    assert "closed_question" in codes and "reflection" not in codes


@pytest.mark.parametrize("text", ["Anything else?", "And anything else?", "What else?",
                                  "Okay, anything else?", "Anything else at all?",
                                  "Anything else on your mind?"])
def test_anything_else_invites_a_story(text):
    assert code_utterance(text, "en").codes == ["open_question"], text


def test_anything_else_inside_a_closed_question_stays_closed():
    assert "closed_question" in code_utterance("Did you need anything else from HR?", "en").codes


@pytest.mark.parametrize(("lang", "prev", "text"), [
    ("nl", "Ik loop al maanden vast met die planning.", "Dat had je wel eerder mogen zeggen."),
    ("nl", "Ik loop al maanden vast met die planning.", "Je had dat echt eerder moeten aangeven."),
    ("en", "I've been stuck with the rota for months.", "You should have told me earlier."),
])
def test_a_reproach_for_what_they_did_not_do_is_flagged(lang, prev, text):
    codes = code_utterance(text, lang, prev).codes
    assert "appraisal" in codes or "defensive" in codes, codes
    assert "advice" not in codes, codes


@pytest.mark.parametrize(("lang", "prev", "text"), [
    ("en", "My mum needs care three days a week now.",
     "Honestly, we all have caring responsibilities in one way or another. I had the same with "
     "my mum a few years back and I just got on with it."),
    ("nl", "Ik twijfel of ik hier nog wil blijven.",
     "Je moet niet vergeten dat je het hier eigenlijk heel goed hebt: goed salaris, "
     "thuiswerken, leuke collega's."),
    ("nl", "Het loopt allemaal wat stroef de laatste tijd.",
     "Dus als dingen even wat minder soepel lopen, dat is niet persoonlijk, dat heeft iedereen "
     "nu."),
])
def test_a_worry_waved_away_is_a_defence(lang, prev, text):
    assert "defensive" in code_utterance(text, lang, prev).codes


@pytest.mark.parametrize("text", ["Why didn't you tell me this sooner?",
                                  "Why did you not tell me this earlier?"])
def test_why_you_did_not_is_a_reproach_however_it_is_spelled(text):
    coded = code_utterance(text, "en", "I've been stuck with the rota for months.")
    assert coded.codes == ["appraisal"], coded.codes
