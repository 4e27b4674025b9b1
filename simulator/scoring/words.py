"""Words of an utterance: tokens, stems, content words, sentences and the language."""

import re
from functools import lru_cache
from typing import Any

from simulator.scoring.rulebook import lexicon

WORD = re.compile(r"[0-9a-zà-ÿ]+(?:['’-][a-zà-ÿ]+)*", re.IGNORECASE)
_STEMMER_NAMES = {"nl": "dutch", "en": "english"}


def tokens(text: str) -> list[str]:
    """Lower-case word tokens, apostrophes and hyphens kept inside words."""
    return [w.replace("’", "'") for w in WORD.findall(text.lower())]


@lru_cache(maxsize=2)
def _stemmer(lang: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(_STEMMER_NAMES[lang])


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """The Snowball stem of a lower-case word: 'gewaardeerd' and 'waardering' meet."""
    return str(_stemmer(lang).stemWord(word))


def is_function_word(word: str) -> bool:
    """A word that carries no content in either language ("en", "ik", "the", "you")."""
    return len(word) < 3 or word in lexicon("nl", "stop") or word in lexicon("en", "stop")


def content_stems(text: str, lang: str) -> set[str]:
    """Stems of the words that carry meaning: no function words, no short words."""
    stop = lexicon(lang, "stop")
    return {stem(w, lang) for w in tokens(text) if len(w) > 2 and w not in stop}


_SENTENCE = re.compile(r"[^.?!…]+(?:[.?!…]+[\"'”’)]*|$)")
_LANG_WORD = re.compile(r"[a-zà-ÿ']+", re.IGNORECASE)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def detect_language(text: str) -> str:
    """'nl' or 'en' from the share of each language's function words; Dutch when tied."""
    dutch, english = lexicon("nl", "lang_words"), lexicon("en", "lang_words")
    en = nl = 0
    for word in _LANG_WORD.findall(text.lower()):
        if word in dutch:
            nl += 1
        if word in english:
            en += 1
    return "en" if en > nl else "nl"
