"""Dutch verbs said back from the manager's side: "ik" becomes "je" and its verb agrees.

Dutch puts the finite verb in one of three places, and each takes "je" its own way:

- right after the subject in a main clause: "ik krijg" -> "je krijgt", "ik kan" -> "je kunt";
- right before it when another word opens the clause: "soms denk ik" -> "soms denk je" (an
  inverted "je" takes no -t: "heb je", "ben je", "kun je");
- at the end of a subordinate clause (after "dat", "omdat", "wat", "als", "die", ...):
  "omdat ik het werk niet leuk vind" -> "omdat je het werk niet leuk vindt".

"Ik"'s present form is the bare stem ("ik werk"), and "je" adds -t unless the stem ends in -t
already ("ik weet"). A past form ("werkte", "deed", "had") is the same after "je". The word
order is read from the words alone, so a clause it cannot place keeps its verb as said.
"""

from functools import cache

from simulator.scoring.rulebook import lexicon

# Present forms after "ik" whose "je" form is not the stem plus -t, or that end in -d or -en
# and so cannot be told from a participle or an infinitive by their shape.
_TO_JE = {
    "ben": "bent", "heb": "hebt", "kan": "kunt", "wil": "wilt", "zal": "zult", "mag": "mag",
    "ga": "gaat", "sta": "staat", "sla": "slaat", "doe": "doet", "zie": "ziet", "kom": "komt",
    "zeg": "zegt", "hou": "houdt", "rij": "rijdt", "snij": "snijdt", "lij": "lijdt",
    "vind": "vindt", "word": "wordt", "houd": "houdt", "rijd": "rijdt", "leid": "leidt",
    "meld": "meldt", "bied": "biedt", "antwoord": "antwoordt", "verbind": "verbindt",
    "begeleid": "begeleidt",
}
_BEFORE_IK = {"kan": "kun", "zal": "zul"}
# Verbs after "ik" that end in -en all the same ("ik ben", "ik verdien"), and plurals that
# do not ("wij zijn", "wij doen").
_STEM_EN = frozenset("ben open teken reken leen meen verdien dien bedien".split())
_PLURAL = frozenset("zijn doen gaan staan zien slaan".split())
# Past and modal forms that take no -t after "je": "ik had" -> "je had", "ik mag" -> "je mag".
_PAST = frozenset(
    "had was wou kon zat deed ging kwam zag wist vond moest mocht zou werd liep dacht kreeg "
    "bleef stond las schreef reed bracht zocht kocht hield viel begon sprak nam gaf at droeg "
    "zweeg wilde kende leek bleek hing vroeg sloot koos mag zei lag won verloor vergat "
    "vertrok besloot begreep trok zong dronk sliep".split())
_ADJECTIVES = frozenset(
    "leuk blij moe druk stil bang ziek klaar zwaar fijn slecht lastig vol lang kort groot klein "
    "oud nieuw raar boos kwaad gek goed heel mooi vast".split())
# Words that are never "ik"'s verb: particles, pronouns, prepositions and common adjectives.
_NOT_VERB = frozenset(
    "ook niet nog wel al echt gewoon eigenlijk best even zelf vaak soms nooit altijd graag "
    "dan dus toch maar er het dat die de een te ik je jij jou jouw me mij mijn hij hem zij ze "
    "haar wij we ons onze jullie hun u uw men iemand niemand iedereen iets niets niks alles "
    "dit deze wat wie welke elk elke ieder iedere geen alle allemaal hier daar waar ergens "
    "nergens overal thuis weg meer minder veel weinig mee heen nu toen zo erg heel misschien "
    "eens zeker alleen samen terug verder weer steeds nou ja nee bijna vooral meestal ineens "
    "opeens meteen straks later vroeger vandaag morgen gisteren net juist zelfs ofzo enzo aan "
    "bij door in met na naar om op over per sinds tegen tot uit van voor zonder af toe en of "
    "als omdat kwijt anders zomaar helemaal maandag dinsdag woensdag donderdag vrijdag "
    "zaterdag zondag weekend januari februari maart april mei juni juli augustus september "
    "oktober november december genoeg fysiek liever beter vaker eerder langer harder sneller "
    "groter zwaarder wakker lekker leuker slechter hoger lager achter binnen boven buiten "
    "langs naast onder rond tegenover tussen via vanaf vanuit erachter minimaal maximaal "
    "normaal totaal ongeveer".split()) | _ADJECTIVES
# Said at the end of a clause without being its verb: "dat ik het nu pas hoor", "dat ik het
# leuk vind hoor" ("hoor" and "zeg" only right after a verb).
_PARTICLES = frozenset("hè joh pas".split())
_AFTER_VERB = frozenset("hoor zeg".split())
_PREPOSITIONS = frozenset(
    "aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per "
    "rond sinds tegen tot tussen uit van via voor zonder vanaf vanuit als".split())
# "Waar ik voor werk": with one of these in the clause a preposition can stand alone.
_R_WORDS = frozenset("er daar hier waar ergens nergens overal".split())


_MAIN_START = frozenset({"", "en", "maar", "want", "dus"})
# "Ik" after one of these opens a subordinate clause: its verb comes at the end.
_SUBORDINATORS = frozenset(
    "dat omdat wat als wanneer terwijl of hoe waar waarom die zodat doordat hoewel toen sinds "
    "voordat nadat zodra tenzij totdat tot zolang alsof aangezien zoals nu wie hoeveel voor dan "
    "waardoor waarin waarmee waarvan waarover waarop waaraan waarvoor waarbij".split())
# A later clause starts at one of these when a subject follows ("..., omdat de planning"); a
# weak one opens a clause only before a subject pronoun ("sinds de fusie" is a phrase), and an
# unambiguous one always does.
_WEAK = frozenset("toen sinds tot voor zoals nu dan en dus".split())
_ALWAYS = frozenset("want omdat wanneer terwijl zodat doordat hoewel voordat nadat zodra tenzij "
                    "totdat zolang alsof aangezien waardoor".split())
_SUBJECT = frozenset("ik jij hij zij ze wij we jullie u men iemand niemand iedereen".split())
_NOUN_START = frozenset("je het er de een mijn m'n dit deze dat die zijn hun ons onze jouw "
                        "alles niets niks".split())
_MAIN_ADVERB = frozenset("dan toen nu daarom daarna soms toch".split())
# Subjects that follow a verb only in a clause of their own.
_INVERTED = frozenset("jij je hij zij ze wij we jullie u men iemand niemand iedereen".split())
# Finite forms that "ik" never takes: the verb of the next clause ("Wat ik mis is ...").
_OTHER_FINITE = frozenset(
    "is heeft hebt bent wordt gaat doet komt kunt wilt zult staat ziet vindt blijft krijgt "
    "zegt houdt".split())
# Endings of infinitives ("gaan", "zijn"), adjectives and nouns, never of "ik"'s present form.
_NOT_STEM = ("en", "aan", "ijn", "oen", "ien", "lijk", "isch", "baar", "loos", "zaam", "ing",
             "heid", "schap", "nis", "ers", "jes")
# Separable and fixed prefixes: "volhoud", "langskom", "versta", "opschreef", "binnenkwam".
_PREFIXES = ("aan", "af", "bij", "binnen", "door", "in", "langs", "los", "mee", "mis", "na",
             "neer", "om", "op", "over", "samen", "tegen", "terug", "thuis", "toe", "uit", "vast",
             "vol", "voor", "voort", "weg", "be", "ver", "ont", "her", "er")


@cache
def _determiners() -> frozenset[str]:
    """Words after which a word is a noun ("elke dag"), not a verb; not "haar" ("ik help haar")."""
    return (lexicon("nl", "determiners") | lexicon("nl", "more_determiners")) - {"haar"}


def _split(word: str) -> tuple[str, str]:
    """A prefix and the verb it is written to: "volhoud" -> ("vol", "houd"); else ("", word)."""
    for prefix in _PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and (rest in _TO_JE or rest in _PAST):
            return prefix, rest
    return "", word


def _is_past(word: str) -> bool:
    """A past form, the same after "je": "had", "werkte", "thuiskwam"."""
    return _split(word)[1] in _PAST or word.endswith(("de", "te", "den", "ten"))


def singular_after_ik(word: str) -> bool:
    """Whether the word after "ik" is a verb in the form "ik" takes: "..., en ik blijf" is a
    clause of its own, "Joris en ik bouwen" one subject of two."""
    if word in _TO_JE or word in _PAST or word in _STEM_EN:
        return True
    if not word.isalpha() or word in _NOT_VERB or word in _PLURAL:
        return False
    return not word.endswith("en")


def verb_before_ik(word: str) -> bool:
    """Whether a word right before "ik" is its verb ("vind ik"), not "als ik" or "wat ik"."""
    return word not in _SUBORDINATORS and singular_after_ik(word)


def _with_je(word: str) -> str:
    """The present form "je" takes after it: "vind" -> "vindt", "kan" -> "kunt"."""
    prefix, verb = _split(word.lower())
    if verb in _TO_JE:
        return word[:len(prefix)] + _TO_JE[verb]
    return word if verb.endswith("t") or _is_past(verb) else word + "t"


def _participle(word: str) -> bool:
    """A participle with ge-: "gewaardeerd", "gedaan", "opgelost"."""
    return any(word.startswith(p + "ge") and len(word) > len(p) + 4
               and word.endswith(("d", "t", "n")) for p in ("", *_PREFIXES))


def _other_finite(word: str, nxt: str) -> bool:
    """A present form of another subject: "is", "gaat", "landt", "merkt", or "kent" before its
    subject ("wat ik doe kent niemand"); not "weet", "zit" or "start", which "ik" takes too."""
    if word in _OTHER_FINITE:
        return True
    prefixed = word.startswith(("be", "ge", "ver", "ont", "her", "er"))
    if len(word) < 4 or word[-1] != "t" or prefixed or _participle(word):
        return False
    if word[-2] in "dkgmw":
        return word != "markt"  # "landt", "werkt": never "ik"'s form
    # "klant", "kaart", "lift" may be nouns: a verb only with its subject after it.
    return word[-2] in "nrlfp" and (nxt in _SUBJECT or nxt in _NOUN_START)


def _opens_clause(tokens: list[str], low: list[str], j: int) -> bool:
    """Whether a new clause starts at word j: at "want" or "omdat", at another subject's verb,
    or at a conjunction followed by its subject."""
    word = low[j]
    nxt = low[j + 1] if j + 1 < len(low) else ""
    subject = nxt in _SUBJECT or (j + 1 < len(tokens) and tokens[j + 1][:1].isupper())
    if word in _ALWAYS or (_other_finite(word, nxt) and not _after_noun(low, j)):
        return True
    if word in _WEAK:
        return subject or (word in ("en", "dus") and nxt in _MAIN_ADVERB)
    if word == "dat" and nxt.endswith(("en", "s")):
        return True  # "dat mensen ...": "dat" before a plural opens a clause
    if word in _SUBORDINATORS or word == "maar":
        return subject or nxt in _NOUN_START or (word == "maar" and nxt in _MAIN_ADVERB)
    return False


def _inverted(low: list[str], tight: list[bool], j: int) -> bool:
    """Whether word j is a verb with its subject right after it: "(als ik thuis kom) ga ik",
    "(als ik het goed hoor) zeg je"."""
    nxt = low[j + 1] if j + 1 < len(low) and tight[j + 1] else ""
    if nxt == "ik" or nxt in _INVERTED:
        return low[j] not in _NOT_VERB and (nxt == "ik" or _split(low[j])[1] in _TO_JE
                                           or _stem_like(low[j]))
    return False


def _clause_end(tokens: list[str], low: list[str], tight: list[bool], start: int) -> int:
    """Where the clause from start ends: at a comma, before a verb with its subject after it
    ("als ik thuis kom ga ik", "als ik dat doe wil iedereen"), or where the next clause opens."""
    for j in range(start, len(low)):
        if j > start and not tight[j]:
            return j
        if _inverted(low, tight, j) or _opens_clause(tokens, low, j):
            return j
    return len(low)


def _after_noun(low: list[str], j: int) -> bool:
    """Whether word j stands where a noun does: after "de", "elke", "nieuwe", "in het", "te",
    "een groot", "als"."""
    prev = low[j - 1]
    before = low[j - 2] if j >= 2 else ""
    if prev in _determiners() or prev in ("te", "als") or (before == "als" and prev != "ik"):
        return True  # "als (senior) adviseur"
    if prev == "het" and (before in _PREPOSITIONS or before == "dan"):
        return True
    if prev in _ADJECTIVES and before in ("een", "geen", "zo'n"):
        return True  # "een groot systeem"
    # An inflected adjective ("nieuwe", "hele"), not a noun in -ie or -ee ("promotie").
    return (len(prev) > 3 and prev[-1] == "e" and prev[-2] not in "aeiou"
            and prev not in _TO_JE and prev not in _NOT_VERB)


def _stem_like(word: str) -> bool:
    """Whether the word has the shape of a bare stem: "werk", "groei", "lig", "verdedig"."""
    if len(word) < 2:
        return False
    if word.endswith("ig"):
        return word == "lig" or (word.startswith(("be", "ver")) and len(word) > 6)
    if word.endswith(_NOT_STEM) or (word[-1] == "s" and word[-2] not in "aeiou"):
        return False  # "ouders", "teams"
    if word.endswith("es") and len(word) > 3 and word[-3] not in "aeiou":
        return False  # "routes", but "lees", "kies"
    return word[-1] not in "aeiouy" or word.endswith("oei")


def _stranded(low: list[str], i: int, end: int) -> int:
    """Where a preposition stands alone, without its noun: the first one after "er", "daar"
    or "waar" ("waar ik voor werk", "dat ik er niet aan denk"); -1 if none."""
    r_word = next((k for k in range(max(0, i - 1), end) if low[k] in _R_WORDS), end)
    return next((k for k in range(r_word + 1, end) if low[k] in _PREPOSITIONS), -1)


def _kind(tokens: list[str], low: list[str], j: int, stranded: int) -> str:
    """"verb" for "ik"'s present form, "finite" for a form that stays, "" to read on."""
    word = low[j]
    if word in _STEM_EN or _split(word)[1] in _TO_JE:
        return "verb"
    after_verb = word in _AFTER_VERB and (low[j - 1] in _TO_JE or low[j - 1].endswith("t"))
    if (word in _NOT_VERB or word in _determiners() or word in _PARTICLES or after_verb
            or not word.isalpha() or _participle(word) or tokens[j][:1].isupper()
            or _after_noun(low, j)):
        return ""
    if word.endswith("en"):
        return ""  # an infinitive or a plural: "kan gaan zitten", "werkten"
    # After a preposition a word is its noun ("per maand", "in maandag"), unless it is a past
    # form ("langs kwam") or the preposition stands alone ("waar ik voor werk").
    noun = stranded != j - 1 and low[j - 1] in _PREPOSITIONS
    if _is_past(word) or (word.endswith(("t", "d")) and not noun):
        return "finite"  # "ik weet", "ik werkte", or a participle: the same after "je"
    return "verb" if _stem_like(word) and not noun else ""


def _final_verb(tokens: list[str], low: list[str], i: int, end: int) -> int | None:
    """Where the subordinate clause of "ik" at i has its verb, read back from the clause end
    ("omdat ik het werk niet leuk vind"); None if it has no present form of "ik"'s."""
    if i + 1 < end and low[i + 1] in _TO_JE:
        return i + 1  # said in main-clause order: "omdat ik ben moe"
    stranded = _stranded(low, i, end)
    for j in range(end - 1, i, -1):
        kind = _kind(tokens, low, j, stranded)
        if kind:
            return j if kind == "verb" else None
    return None


def _main_verb(word: str) -> str:
    """The word after "ik" in a main clause, as "je" takes it: "ik krijg" -> "je krijgt"."""
    low = word.lower()
    return word if not low.isalpha() or low in _NOT_VERB else _with_je(word)


def swap_nl(tokens: list[str], tight: list[bool], joined: set[int], cut: bool) -> list[str]:
    """The tokens with each "ik"'s verb agreeing with "je" ("ik" itself is swapped later).

    tight[k] says no punctuation stands between tokens k-1 and k; joined holds each "ik" of
    two joined subjects ("Joris en ik bouwen"), whose plural verb stays; cut says the words
    were cut short, so their last clause may lack its verb."""
    out, low = list(tokens), [t.lower() for t in tokens]
    for i, word in enumerate(low):
        if word != "ik":
            continue
        if i in joined:
            out[i] = "jij"  # "Joris en ik bouwen" -> "Joris en jij bouwen": the verb stays
            continue
        prev = low[i - 1] if i and tight[i] else ""
        if prev and prev not in _MAIN_START and prev not in _SUBORDINATORS:
            # Inversion, the verb came first: "draai ik" -> "draai je", "kan ik" -> "kun je".
            out[i - 1] = _BEFORE_IK.get(prev, tokens[i - 1])
        elif prev in _SUBORDINATORS:
            end = _clause_end(tokens, low, tight, i + 1)
            j = None if cut and end == len(low) else _final_verb(tokens, low, i, end)
            if j is not None:
                out[j] = _with_je(tokens[j])
        elif i + 1 < len(tokens):
            out[i + 1] = _main_verb(tokens[i + 1])
    return out
