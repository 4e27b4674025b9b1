"""The employee's words said back: two joined subjects keep their plural verb ("Joris en jij
bouwen"), a "we" is said back only where the sentence names who it is, and a Dutch verb agrees
with "je" wherever the clause puts it. Hedges that address nobody ("eerlijk gezegd", "weet je",
"you know") are taken out, while words that react to the manager keep a sentence from being
said back."""

import pytest

from simulator.scoring.mirror import mirror


@pytest.mark.parametrize(("said", "back"), [
    ("Joris en ik bouwen samen de nieuwe module.",
     "Joris en jij bouwen samen de nieuwe module"),
    ("Eh, mijn collega en ik doen eigenlijk al het werk voor die klant.",
     "je collega en jij doen eigenlijk al het werk voor die klant"),
    ("Ik en mijn team draaien al maanden overuren en krijgen er weinig voor terug.",
     "jij en je team draaien al maanden overuren en krijgen er weinig voor terug"),
    ("Nou, Sanne en ik hebben dat project eigenlijk gewoon samen opgezet.",
     "Sanne en jij hebben dat project eigenlijk gewoon samen opgezet"),
    ("Joris en ik hadden dat samen bedacht, maar ik kreeg er geen tijd voor.",
     "Joris en jij hadden dat samen bedacht, maar je kreeg er geen tijd voor"),
    ("Tja. Dat hebben Joris en ik samen gebouwd en ik ben er eigenlijk best trots op.",
     "dat hebben Joris en jij samen gebouwd en je bent er eigenlijk best trots op"),
    ("Toen Joris en ik begonnen was er nog helemaal geen planning.",
     "toen Joris en jij begonnen was er nog helemaal geen planning"),
    # The group is named, so its "we" is theirs, not the manager's.
    ("Mijn team en ik werken al maanden aan de module en we hebben nog steeds geen tester.",
     "je team en jij werken al maanden aan de module en jullie hebben nog steeds geen tester"),
])
def test_two_joined_subjects_keep_the_plural_verb(said, back):
    assert mirror(said, "nl") == back


@pytest.mark.parametrize(("said", "back"), [
    # After a comma, or before a verb in the singular, "en ik" opens a clause of its own.
    ("Kees en Ruud gaan allebei weg, en ik blijf dan alleen over met de storingen.",
     "Kees en Ruud gaan allebei weg, en je blijft dan alleen over met de storingen"),
    ("Ik doe het werk en ik krijg er eigenlijk nooit iets voor terug.",
     "je doet het werk en je krijgt er eigenlijk nooit iets voor terug"),
    ("Ik heb een gezin en ik verdien eigenlijk te weinig voor deze stad.",
     "je hebt een gezin en je verdient eigenlijk te weinig voor deze stad"),
    # A "we" nobody is named for may hold the manager too: it is left as said.
    ("Ik denk dat we als team veel te weinig mensen hebben voor al die klanten.",
     "je denkt dat we als team veel te weinig mensen hebben voor al die klanten"),
])
def test_a_clause_of_its_own_keeps_the_singular(said, back):
    assert mirror(said, "nl") == back


@pytest.mark.parametrize(("said", "back"), [
    # A subordinate clause puts its verb at the end: it takes -t after "je" there too.
    ("Eh, het gaat wel, maar niemand ziet eigenlijk wat ik allemaal doe op een dag.",
     "het gaat wel, maar niemand ziet eigenlijk wat je allemaal doet op een dag"),
    ("Ik twijfel gewoon, omdat ik het werk eigenlijk niet meer leuk vind.",
     "je twijfelt gewoon, omdat je het werk eigenlijk niet meer leuk vindt"),
    ("Nou, ik merk dat ik steeds minder zin heb in de maandagochtend.",
     "je merkt dat je steeds minder zin hebt in de maandagochtend"),
    ("Ik vind het lastig omdat ik het eigenlijk niet kan zeggen tegen mijn teamleider.",
     "je vindt het lastig omdat je het eigenlijk niet kunt zeggen tegen je teamleider"),
    ("Ik weet eigenlijk niet of ik hier over een jaar nog werk.",
     "je weet eigenlijk niet of je hier over een jaar nog werkt"),
    ("Het voelt alsof ik nooit bij de planning betrokken word, terwijl ik er wel verstand van heb.",
     "het voelt alsof je nooit bij de planning betrokken wordt, terwijl je er wel verstand van "
     "hebt"),
    ("Het werk dat ik nu elke dag doe is eigenlijk niet meer wat ik wil.",
     "het werk dat je nu elke dag doet is eigenlijk niet meer wat je wilt"),
    ("Wat ik mis is gewoon het vakwerk, het echte sleutelen aan een motor.",
     "wat je mist is gewoon het vakwerk, het echte sleutelen aan een motor"),
    ("Het project waar ik nu aan werk krijgt eigenlijk geen aandacht van de directie.",
     "het project waar je nu aan werkt krijgt eigenlijk geen aandacht van de directie"),
    ("Ik weet niet of ik dit werk nog tien jaar volhoud met mijn rug.",
     "je weet niet of je dit werk nog tien jaar volhoudt met je rug"),
    ("Ik merk eigenlijk dat ik wel meer aankan dan ik nu doe op de afdeling.",
     "je merkt eigenlijk dat je wel meer aankunt dan je nu doet op de afdeling"),
    ("Ik zit er echt mee dat ik mijn collega's niet meer help sinds de fusie.",
     "je zit er echt mee dat je je collega's niet meer helpt sinds de fusie"),
    ("Als ik thuis kom ben ik eigenlijk gewoon kapot van de dag.",
     "als je thuis komt ben je eigenlijk gewoon kapot van de dag"),
    # Inverted, the verb before "je" takes no -t.
    ("Soms denk ik dat niemand doorheeft hoeveel werk het eigenlijk is.",
     "soms denk je dat niemand doorheeft hoeveel werk het eigenlijk is"),
    ("Als het druk is dan heb ik gewoon geen tijd meer voor mijn eigen projecten.",
     "als het druk is dan heb je gewoon geen tijd meer voor je eigen projecten"),
    ("Eigenlijk word ik gewoon moe van al die reorganisaties hier.",
     "eigenlijk word je gewoon moe van al die reorganisaties hier"),
    # Right after "ik", also after a comma.
    ("Het werk is prima, ik heb alleen geen zin meer in de nachtdiensten.",
     "het werk is prima, je hebt alleen geen zin meer in de nachtdiensten"),
    ("Ik krijg eigenlijk nooit te horen wat ik goed doe.",
     "je krijgt eigenlijk nooit te horen wat je goed doet"),
    ("Ik kan het werk best aan, maar ik ben gewoon op van de nachtdiensten.",
     "je kunt het werk best aan, maar je bent gewoon op van de nachtdiensten"),
])
def test_the_dutch_verb_agrees_with_je_where_the_clause_puts_it(said, back):
    assert mirror(said, "nl") == back


@pytest.mark.parametrize(("said", "back"), [
    # A past form is the same after "je".
    ("Ik had het druk omdat ik toen eigenlijk alles alleen deed voor die klant.",
     "je had het druk omdat je toen eigenlijk alles alleen deed voor die klant"),
    ("Ik merkte gewoon dat ik steeds later thuiskwam en dat ik slecht sliep.",
     "je merkte gewoon dat je steeds later thuiskwam en dat je slecht sliep"),
    # Another subject's verb at the end of its clause is theirs.
    ("Ik baal ervan omdat mijn collega het werk eigenlijk niet leuk vindt.",
     "je baalt ervan omdat je collega het werk eigenlijk niet leuk vindt"),
    ("Ik hoop eigenlijk gewoon dat hij komt, want ik red het niet alleen.",
     "je hoopt eigenlijk gewoon dat hij komt, want je redt het niet alleen"),
    # Cut short before its verb, the clause keeps its noun ("het werk", not "het werkt").
    ("Ik blijf hier eigenlijk alleen nog omdat ik al jaren met heel veel plezier het werk voor "
     "de mensen op de afdeling doe.",
     "je blijft hier eigenlijk alleen nog omdat je al jaren met heel veel plezier het werk voor "
     "de …"),
])
def test_what_does_not_agree_with_je_stays_as_said(said, back):
    assert mirror(said, "nl") == back


@pytest.mark.parametrize(("said", "back"), [
    ("I feel like nobody really sees what I do here all day.",
     "you feel like nobody really sees what you do here all day"),
    ("Joris and I build the new module together.",
     "Joris and you build the new module together"),
    ("Well, me and Sam basically built the whole billing module ourselves.",
     "you and Sam basically built the whole billing module yourselves"),
    ("Honestly, my team and I have been doing overtime for months now.",
     "your team and you have been doing overtime for months now"),
    ("Sam and I were kind of hoping we would get our own tester this year.",
     "Sam and you were kind of hoping you would get your own tester this year"),
    ("Sam and me are pretty much the only ones who know how billing works.",
     "Sam and you are pretty much the only ones who know how billing works"),
    ("I feel like we never get the time to do things properly here.",
     "you feel like we never get the time to do things properly here"),
    ("I’m exhausted, honestly, because I keep covering the night shifts.",
     "you’re exhausted because you keep covering the night shifts"),
])
def test_english_joined_subjects_and_their_we(said, back):
    assert mirror(said, "en") == back


@pytest.mark.parametrize(("lang", "said"), [
    ("nl", "Wij hebben eigenlijk nooit echt tijd gekregen om dat goed te doen."),
    ("en", "We have been asking for more people for about a year now."),
])
def test_a_we_without_the_employee_named_is_not_said_back(lang, said):
    assert mirror(said, lang) == ""


@pytest.mark.parametrize(("said", "back"), [
    ("Ik vind het werk eigenlijk niet meer leuk, eerlijk gezegd.",
     "je vindt het werk eigenlijk niet meer leuk"),
    ("Ik doe gewoon al jaren hetzelfde, weet je.", "je doet gewoon al jaren hetzelfde"),
    ("Ik ben, zeg maar, de vraagbaak van de hele afdeling.",
     "je bent de vraagbaak van de hele afdeling"),
    ("Het is gewoon, weet je, heel veel tegelijk, en ik sta er eigenlijk alleen voor.",
     "het is gewoon heel veel tegelijk, en je staat er eigenlijk alleen voor"),
    ("Weet je, ik draai al drie jaar bijna alle nachtdiensten alleen.",
     "je draait al drie jaar bijna alle nachtdiensten alleen"),
    ("Ik heb eerlijk gezegd geen zin meer in die eindeloze vergaderingen.",
     "je hebt geen zin meer in die eindeloze vergaderingen"),
    ("Ik ben zeg maar de spin in het web, snap je, maar niemand ziet dat.",
     "je bent de spin in het web, maar niemand ziet dat"),
    ("Ik heb, hoe zeg je dat, nooit echt een kans gekregen om hier te groeien.",
     "je hebt nooit echt een kans gekregen om hier te groeien"),
    ("Nou ja, ik doe mijn werk wel, maar ik krijg er geen energie meer van, hè.",
     "je doet je werk wel, maar je krijgt er geen energie meer van"),
    ("Om eerlijk te zijn, ik weet niet of ik hier over een jaar nog werk.",
     "je weet niet of je hier over een jaar nog werkt"),
    # A verb the hedge left first goes back after "je": no question is made of it.
    ("Eerlijk gezegd vind ik het werk gewoon niet meer leuk.",
     "je vindt het werk gewoon niet meer leuk"),
    ("Maar als ik eerlijk ben wil ik gewoon iets anders gaan doen.",
     "je wilt gewoon iets anders gaan doen"),
    # A comma that is no hedge's stays, a decimal comma too.
    ("Ik werk hier nu 2,5 jaar, en ik heb eerlijk gezegd nog nooit een beoordeling gehad.",
     "je werkt hier nu 2,5 jaar, en je hebt nog nooit een beoordeling gehad"),
])
def test_a_dutch_hedge_is_taken_out_with_its_commas(said, back):
    assert mirror(said, "nl") == back


@pytest.mark.parametrize(("said", "back"), [
    ("I don't know, to be honest, I just feel stuck, you know?",
     "you don't know, you just feel stuck"),
    ("I'm kind of, like, the go-to person for everything, you know what I mean?",
     "you're the go-to person for everything"),
    ("To be honest, I've been doing the same thing for years now.",
     "you've been doing the same thing for years now"),
    ("I mean, I love the work, but I never get time to learn anything new.",
     "you love the work, but you never get time to learn anything new"),
    ("I've been covering the night shifts, you see, since Tom left in March.",
     "you've been covering the night shifts since Tom left in March"),
    ("I'm sort of, you know, stuck doing the same reports every single week.",
     "you're stuck doing the same reports every single week"),
    # Without commas "like" and "kind of" may be meant: they stay.
    ("Honestly I just feel like my work doesn't matter to anyone here.",
     "you just feel like your work doesn't matter to anyone here"),
])
def test_an_english_hedge_is_taken_out_with_its_commas(said, back):
    assert mirror(said, "en") == back


@pytest.mark.parametrize(("lang", "said"), [
    ("nl", "Dat vraag je mij nu pas?"),
    ("nl", "Goh, wat een vraag."),
    ("nl", "Dat vraag jij nou?"),
    ("nl", "Eerlijk gezegd snap ik niet waarom je dat nu pas vraagt."),
    ("nl", "Weet je, dat had je me een jaar geleden moeten vragen."),
    ("en", "Why are you asking me this now?"),
    ("en", "To be honest, I don't see why you ask me this now."),
    ("en", "I mean, you never asked me about any of this before."),
])
def test_a_hedge_does_not_hide_a_reaction_to_the_manager(lang, said):
    assert mirror(said, lang) == ""


@pytest.mark.parametrize(("said", "back"), [
    ("Ík doe hier eigenlijk al het werk voor die klant.",
     "jij doet hier eigenlijk al het werk voor die klant"),
    ("Joris en ík hebben dat hele systeem eigenlijk samen gebouwd.",
     "Joris en jij hebben dat hele systeem eigenlijk samen gebouwd"),
    ("Het gaat er nooit om wat míjn team nodig heeft, alleen om de cijfers.",
     "het gaat er nooit om wat jouw team nodig heeft, alleen om de cijfers"),
    ("Eigenlijk krijg ík nooit de leuke projecten, die gaan altijd naar Sanne.",
     "eigenlijk krijg jij nooit de leuke projecten, die gaan altijd naar Sanne"),
])
def test_a_stressed_ik_is_said_back_stressed(said, back):
    assert mirror(said, "nl") == back
