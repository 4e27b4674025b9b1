"""Signals the employee gives: explored only by a reflection of them or a question on them."""

from simulator.scoring import build_scorecard
from simulator.scoring.signals import weak_signal


def _findings(turns, lang="nl"):
    return [(f.turn, f.code) for f in build_scorecard(turns, language=lang).findings]


LEAVING = "Eerlijk gezegd denk ik er soms over om weg te gaan, het rooster sloopt me."


def test_any_open_question_does_not_explore_a_leaving_signal():
    passed_by = [("employee", LEAVING), ("manager", "Wat vind je van de nieuwe werkplekken?")]
    assert (1, "missed_signal") in _findings(passed_by)


def test_a_reflection_of_it_or_a_question_on_it_explores_it():
    reflected = [("employee", LEAVING),
                 ("manager", "Het rooster sloopt je zo dat je soms denkt aan weggaan.")]
    asked = [("employee", LEAVING), ("manager", "Wat maakt dat het rooster je zo sloopt?")]
    assert (1, "missed_signal") not in _findings(reflected)
    assert (1, "missed_signal") not in _findings(asked)


RECRUITER = ("Ik ga eerlijk zijn. Vorige week belde er een recruiter. Fintech in Amsterdam, "
             "lead data engineer. En ik heb niet meteen nee gezegd. Dat doe ik normaal wel.")


def test_giving_back_the_turn_around_the_signal_explores_it_whatever_its_code():
    # Their own words given back, the recruiter among them: taken up, even as a bare statement.
    given_back = [("employee", RECRUITER), ("manager",
                  "Een recruiter van een fintech in Amsterdam, een lead-rol, "
                  "en deze keer zei je niet meteen nee.")]
    assert (1, "missed_signal") not in _findings(given_back)
    # Words of the turn that leave the signal out pass it by.
    elsewhere = [("employee", RECRUITER),
                 ("manager", "Je bent lead data engineer, en dat doe je normaal wel goed.")]
    assert (1, "missed_signal") in _findings(elsewhere)
    # Repeating it to dismiss it is no exploring.
    dismissed = [("employee", RECRUITER),
                 ("manager", "Een recruiter uit Amsterdam? Ach, het gras is altijd groener, "
                  "dat zeg je normaal ook.")]
    assert (1, "missed_signal") in _findings(dismissed)


def test_weak_signals_passed_by_twice_are_a_finding():
    turns = [("manager", "Hoe gaat het met je?"), ("employee", "Tja."),
             ("manager", "Goed. Loopt de planning nog?"), ("employee", "Zou kunnen."),
             ("manager", "Mooi, dan hebben we het planningsoverleg nog.")]
    assert (4, "weak_signal") in _findings(turns)
    followed = [("manager", "Hoe gaat het met je?"), ("employee", "Tja."),
                ("manager", "Tja? Wat zit daarachter?"), ("employee", "Zou kunnen."),
                ("manager", "Je twijfelt. Waar twijfel je over?")]
    assert not [f for f in _findings(followed) if f[1] == "weak_signal"]


def test_weak_signals_are_short_hedges():
    assert weak_signal("Weet ik niet.") and weak_signal("I suppose.")
    assert not weak_signal("Ik weet niet of ik hier nog wil blijven, het rooster sloopt me.")


def test_work_somewhere_else_in_the_rota_or_leaving_at_three_is_no_leaving_signal():
    rota = [("employee", "Ja, ik sta elke week ergens anders ingeroosterd en ik hoor het pas op "
                         "vrijdag."),
            ("manager", "Wat zou er voor jou moeten veranderen aan die planning?")]
    school = [("employee", "I have to leave at 3 for the school run, and I'm on annual leave "
                           "next week."),
              ("manager", "What would make the rota work better for you?")]
    elsewhere = [("employee", "Ik kan ergens anders gewoon meer verdienen."),
                 ("manager", "Wat vind je van de nieuwe werkplekken?")]
    assert (1, "missed_signal") not in _findings(rota)
    assert (1, "missed_signal") not in _findings(school, "en")
    assert (1, "missed_signal") in _findings(elsewhere)


TIRED = ("I know this kind of tired. I had a bad patch years ago, at my previous job, and this "
         "is starting to feel similar.")


def test_a_question_on_leaving_passes_their_health_by():
    passed_by = [("employee", TIRED),
                 ("manager", "I'm sorry that's been on your shoulders. Can I ask you something "
                             "direct: what might make you consider leaving us?")]
    assert (1, "missed_signal") in _findings(passed_by, "en")


def test_asking_how_they_are_stays_with_their_health():
    # What the tip itself suggests is never a finding.
    asked = [("employee", TIRED), ("manager", "That sounds hard. How are you really doing?")]
    gevraagd = [("employee", "Ik ben zo moe, en dit hou ik niet lang vol."),
                ("manager", "Dat klinkt zwaar. Hoe gaat het echt met je?")]
    assert (1, "missed_signal") not in _findings(asked, "en")
    assert (1, "missed_signal") not in _findings(gevraagd)
    # Someone else's burn-out is no signal of theirs.
    others = [("employee", "I don't want Lena and Joao to burn out."),
              ("manager", "What would you change about the planning?")]
    assert (1, "missed_signal") not in _findings(others, "en")
