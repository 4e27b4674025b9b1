"""Reflections judged on content: does the manager give back what the employee said?"""

from simulator.scoring.coded import ReflectionQuality
from simulator.scoring.words import content_stems, stem, tokens

# Words of the reflective stem and of feelings in general: they carry no content of what the
# employee told ("Dat klinkt alsof dat belangrijk voor je is" fits any story).
_GENERIC = {
    "nl": (
        "klinkt klinken alsof belangrijk lastig moeilijk zwaar vervelend frustrerend pittig "
        "begrijp begrijpen snap snappen hoor horen voel voelt voelen gevoel idee situatie ding "
        "dingen best behoorlijk nogal beetje soms vaak heel veel goed fijn mooi stuk zeker "
        "merk merken lijkt lijken kennelijk blijkbaar begrijpelijk logisch natuurlijk zin "
        "betekent betekenen raakt raken bezig kant wel inderdaad klopt precies jezelf jou "
        "samenvat samenvatten samengevat samenvattend kortom"
    ),
    "en": (
        "sounds sound like important hard difficult tough frustrating annoying heavy "
        "understand hear feel feels feeling situation thing things quite pretty bit really "
        "lot good great seems seem seeing see makes make sense obviously clearly matters "
        "matter means mean affects side yourself indeed right exactly sum summarise summarize "
        "summary recap"
    ),
}
GENERIC_STEMS = {lang: {stem(w, lang) for w in words.split()} for lang, words in _GENERIC.items()}


def _stems(text: str, lang: str) -> set[str]:
    """Content stems, with the Dutch verb ending -t dropped so 'bouwt' meets 'bouwen'."""
    found = content_stems(text, lang)
    if lang != "nl":
        return found
    return {w[:-1] if len(w) > 4 and w.endswith("t") and w[-2] not in "aeiou" else w
            for w in found}


def quality(text: str, lang: str, heard: list[str], complex_: bool,
            generic_: bool = False) -> ReflectionQuality:
    """How a reflection relates to what was `heard`: the employee's last turn or turns and
    the facts they just told. `generic_` is the learned layer's view that it fits any story;
    a reflection without a single content word is generic in any case."""
    mine = _stems(text, lang) - GENERIC_STEMS[lang]
    theirs: set[str] = set()
    for said in heard:
        theirs |= _stems(said, lang)
    shared = mine & theirs
    generic = generic_ or not mine
    accurate = not generic and bool(shared) and (
        len(shared) >= 2 or len(shared) / len(mine) >= 0.2)
    echoed = tuple(w for w in dict.fromkeys(tokens(text)) if _stems(w, lang) & shared)
    return ReflectionQuality(accurate=accurate, generic=generic, complex=complex_,
                             echoed=echoed)
