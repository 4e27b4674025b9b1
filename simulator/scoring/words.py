"""Words of an utterance: tokens, stems, content words, sentences and the language."""

import re
from functools import lru_cache
from typing import Any

from simulator.scoring.rulebook import lexicon

WORD = re.compile(r"[0-9a-zà-ÿ]+(?:['’-][a-zà-ÿ]+)*", re.IGNORECASE)
_STEMMER_NAMES = {"nl": "dutch", "en": "english"}


# The coder asks for the same text's tokens, sentences and stems several times per turn (rules,
# acts, features, content): each is worked out once and handed out as a fresh copy.
_MEMO = 32768


# Typographic apostrophes and no-break spaces (pasted text, phones, language models) as the
# plain ones the rule book is written with; one character for one, so positions stay the same.
_AS_PLAIN = str.maketrans({"’": "'", "\u00a0": " ", "\u202f": " "})


def plain_text(text: str) -> str:
    """The text as the rule book reads it: "I’ll" as "I'll", a no-break space as a space."""
    if "’" in text or "\u00a0" in text or "\u202f" in text:  # rare: looked for first
        return text.translate(_AS_PLAIN)
    return text


@lru_cache(maxsize=_MEMO)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(w.replace("’", "'") for w in WORD.findall(text.lower()))


def tokens(text: str) -> list[str]:
    """Lower-case word tokens, apostrophes and hyphens kept inside words."""
    return list(_tokens(text))


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


@lru_cache(maxsize=_MEMO)
def _content_stems(text: str, lang: str) -> frozenset[str]:
    stop = lexicon(lang, "stop")
    return frozenset(stem(w, lang) for w in _tokens(text) if len(w) > 2 and w not in stop)


def content_stems(text: str, lang: str) -> set[str]:
    """Stems of the words that carry meaning: no function words, no short words."""
    return set(_content_stems(text, lang))


_SENTENCE = re.compile(r"[^.?!…]+(?:[.?!…]+[\"'”’)]*|$)")
_LANG_WORD = re.compile(r"[a-zà-ÿ']+", re.IGNORECASE)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding space."""
    return list(_sentences(text))


def sentence_at(text: str, at: int) -> str | None:
    """The sentence of `text` that holds the offset `at`; None where none does."""
    return next((text[start:end] for start, end in _sentences(text) if start <= at < end), None)


@lru_cache(maxsize=_MEMO)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return tuple(spans)


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
