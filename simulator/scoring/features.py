"""Features of one manager utterance for the learned layer, the same in training and use."""

import re
from collections.abc import Iterable
from functools import lru_cache

from simulator.scoring.words import content_stems, sentences, stem, tokens


def _bucket(value: int, edges: tuple[int, ...]) -> int:
    for index, edge in enumerate(edges):
        if value < edge:
            return index
    return len(edges)


@lru_cache(maxsize=65536)
def _word_grams(word: str) -> frozenset[str]:
    padded = f" {word} "
    return frozenset("c:" + padded[i:i + size] for size in (3, 4)
                     for i in range(len(padded) - size + 1))


@lru_cache(maxsize=65536)
def _of_word(word: str, lang: str) -> frozenset[str]:
    # What a word gives wherever it stands: itself, its stem (words of four letters or
    # more) and its character grams; a turn's words repeat across its sentences and turns.
    own = {"w:" + word, "s:" + stem(word, lang)} if len(word) > 3 else {"w:" + word}
    return _word_grams(word).union(own)


# Who a sentence is about: a defence speaks of "ik", a reflection or a reproach of "jij".
_PERSON = {
    "nl": {"ik": "i", "mij": "i", "me": "i", "mijn": "i", "m'n": "i", "we": "we", "wij": "we",
           "ons": "we", "onze": "we", "je": "you", "jij": "you", "jou": "you", "jouw": "you",
           "u": "you", "uw": "you", "je'": "you"},
    "en": {"i": "i", "me": "i", "my": "i", "mine": "i", "i'm": "i", "i've": "i", "i'll": "i",
           "i'd": "i", "we": "we", "us": "we", "our": "we", "let's": "we", "we're": "we",
           "you": "you", "your": "you", "yours": "you", "you're": "you", "you've": "you",
           "you'll": "you", "you'd": "you"},
}


def _perspective(text: str, lang: str) -> set[str]:
    person = _PERSON[lang]
    out: set[str] = set()
    counts = {"i": 0, "we": 0, "you": 0}
    for start, end in sentences(text):
        first = next((person[w] for w in tokens(text[start:end]) if w in person), "none")
        out.add("p:subj:" + first)
        for word in tokens(text[start:end]):
            if word in person:
                counts[person[word]] += 1
    out.update("p:" + who for who, n in counts.items() if n)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked[0][1]:
        out.add("p:most:" + ranked[0][0])
    return out


_NEAR = 6  # at most this many tokens from a negator to the word it negates ("niet zo erg leuk")
_CLAUSE = re.compile(r"[,;:—–]")  # "Not now, it's a bad moment": no word negated across


def _negates(word: str, negators: frozenset[str]) -> bool:
    return word in negators or word.endswith("n't")


def _negated_evaluation(text: str, lang: str) -> set[str]:
    """A negated evaluation and who it is about: "Dat valt ook niet mee" and "That can't have
    been easy" give back how hard it is (a pleasant word negated); "Zo erg is het nou ook weer
    niet" and "It's not that bad" play it down (a grave word negated)."""
    from simulator.scoring.rulebook import lexicon

    negators, person = lexicon(lang, "negators"), _PERSON[lang]
    words = tokens(text)
    if negators.isdisjoint(words) and not any(w.endswith("n't") for w in words):
        return set()  # most turns: nothing negated, no clause to read (as `_negates` reads)
    kinds = (("pos", lexicon(lang, "pleasant")), ("neg", lexicon(lang, "grave")))
    out: set[str] = set()
    for start, end in sentences(text):
        for clause in _CLAUSE.split(text[start:end]):
            out.update(_negated_in(tokens(clause), negators, person, kinds))
    return out


def _negated_in(words: list[str], negators: frozenset[str], person: dict[str, str],
                kinds: tuple[tuple[str, frozenset[str]], ...]) -> set[str]:
    negated = [i for i, w in enumerate(words) if _negates(w, negators)]
    if not negated:
        return set()
    who = next((person[w] for w in words if w in person), "none")
    return {f for kind, vocabulary in kinds
            if any(w in vocabulary and any(0 < abs(i - j) <= _NEAR for i in negated)
                   for j, w in enumerate(words))
            for f in (f"ne:{kind}", f"ne:{kind}:{who}")}


def _overlap(text: str, lang: str, prev: str | None) -> list[str]:
    if not prev or not prev.strip():
        # No feature for a missing turn: the corpus gives one to every defence, so its
        # absence would be learned as "no defence".
        return []
    theirs = content_stems(prev, lang)
    if not theirs and not prev.rstrip().endswith("?"):
        # "Het gaat wel.", "Yeah.": a turn with no word to take up or answer tells the model
        # no more than a missing one (every line is also trained without its turn).
        return []
    mine = content_stems(text, lang)
    shared = len(mine & theirs)
    share = shared / len(mine) if mine else 0.0
    out = [f"ov:n{min(shared, 3)}", f"ov:s{_bucket(int(share * 100), (1, 20, 40, 60))}"]
    if prev.rstrip().endswith("?"):
        out.append("prev:asks")  # advice they asked for is no unsolicited advice
    # What they said: a reply to a complaint or a reproach is read against it (a defence, a
    # reflection of the unfairness they feel, an apology).
    out.extend("ps:" + s for s in theirs)
    return out


def _ends_in_tag(text: str, lang: str) -> bool:
    """Whether the utterance closes with a tag question ("..., hè?", "..., isn't it?"), as the
    rule book's tag-question rule reads one."""
    from simulator.scoring.rulebook import pattern

    tag = pattern(lang, f"{lang}.closed_question.tag-question")
    return text.rstrip().endswith("?") and tag.search(text) is not None


def features(text: str, lang: str, prev: str | None, hits: Iterable[tuple[str, str]]) -> set[str]:
    """Feature names: word 1-3-grams, character 3-4-grams, rule hits, the stems of `prev` and
    the overlap with it, who each sentence is about, and negated evaluations."""
    words = tokens(text)
    feats = {f"lang:{lang}", f"len:{_bucket(len(words), (3, 6, 12, 25))}"}
    feats.update(*[_of_word(w, lang) for w in set(words)])
    feats.update(map("b:{}_{}".format, words, words[1:]))
    # Word triples: "not my problem", "welcome to education", "you'd hate it".
    feats.update(map("t:{}_{}_{}".format, words, words[1:], words[2:]))
    if words:
        feats.add("f:" + words[0])
        feats.add("f2:" + "_".join(words[:2]))
    for start, end in sentences(text)[1:]:
        # Each sentence's opening: "Dat klopt niet. Je overdrijft." acts twice.
        later = tokens(text[start:end])[:2]
        if later:
            feats.add("sf:" + later[0])
            feats.add("sf2:" + "_".join(later))
    stripped = text.rstrip()
    # A tag carries the code of the statement it closes ("Dat valt ook niet mee, hè?" gives
    # back): its question mark is told apart from one that ends a question.
    feats.add("q:tag" if _ends_in_tag(text, lang) else "q:end" if stripped.endswith("?")
              else "q:in" if "?" in stripped else "q:none")
    feats.add(f"sent:{min(stripped.count('. ') + stripped.count('? ') + 1, 3)}")
    for rule, code in hits:
        feats.add("r:" + rule)
        feats.add("rc:" + code)
    feats.update(_overlap(text, lang, prev))
    feats.update(_perspective(text, lang))
    feats.update(_negated_evaluation(text, lang))
    return feats


def utterance_features(text: str, lang: str, prev: str | None,
                       rules: list[tuple[str, str]], acts: tuple[str, ...]) -> set[str]:
    """The features of a manager utterance: `features` with the rule book's hits (codes and
    acts) and the theme keywords as hits; training and use both call this."""
    from simulator.scoring.themes import keyword_themes

    hits = rules + [(f"theme.{t}", t) for t in keyword_themes(text, lang)]
    hits += [(f"act.{a}", a) for a in acts]
    return features(text, lang, prev, hits)
