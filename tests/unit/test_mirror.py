"""The employee's words said back: two joined subjects keep their plural verb ("Joris en jij
bouwen"), a "we" is said back only where the sentence names who it is."""

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
     "you’re exhausted, honestly, because you keep covering the night shifts"),
])
def test_english_joined_subjects_and_their_we(said, back):
    assert mirror(said, "en") == back


@pytest.mark.parametrize(("lang", "said"), [
    ("nl", "Wij hebben eigenlijk nooit echt tijd gekregen om dat goed te doen."),
    ("en", "We have been asking for more people for about a year now."),
])
def test_a_we_without_the_employee_named_is_not_said_back(lang, said):
    assert mirror(said, lang) == ""
