"""The rule layer of the coder: sentences and clauses to codes, each with a rule book id."""

import re
from functools import cache
from types import SimpleNamespace

from simulator.scoring.coded import Evidence
from simulator.scoring.rulebook import book, lexicon, pattern
from simulator.scoring.words import plain_text, sentences

_WORD = re.compile(r"[a-zà-ÿ']+", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“„][^\"“”„]*[\"”]")
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s*|\s-\s|\s-{2}\s*")
_SLUG = re.compile(r"[^a-z0-9]+")
# The procedure's name for each rule book pattern it consults ("code.name" or "act.name").
_TABLES = {
    "tag": "closed_question.tag-question", "fact": "closed_question.asks-for-a-fact",
    "open_request": "open_question.invites-a-story", "wh": "open_question.question-word",
    "aux": "aux_start.verb-first", "reflect_stem": "reflection.reflective-stem",
    "stated_question": "stated_question.question-as-a-statement",
    "wh_verb": "wh_verb.question-word-and-verb", "second_person": "second_person.about-you",
    "first_start": "first_person_start.own-view",
    "second_start": "second_person_start.starts-with-you", "when": "follow_up_date.when",
    "framing": "framing.welcome-and-framing", "joint": "commitment.joint-step",
    "closing": "closing.leave-it-here", "summary_start": "reflection.summary",
    "unmarked_question": "unmarked_question.question-without-mark",
    "reproach_question": "appraisal.reproachful-question",
    "excuse_question": "excuse_question.how-come", "dismiss": "defensive.dismissive",
    "pseudo_cleft": "pseudo_cleft.what-you-x-is", "feeling": "reflection.feeling-read-in",
    "directive": "directive.task-handed-over", "vague_later": "vague_later.we-will-see",
    "advice": "advice.unsolicited-advice", "obligation": "obligation.must-alone",
    "first_person": "first_person.in-sentence",
}


@cache
def _has_rule(lang: str, name: str) -> bool:
    """Whether the language's rule book has the rule "{lang}.{name}"."""
    return f"{lang}.{name}" in book(lang).rules


@cache
def _t(lang: str) -> SimpleNamespace:
    """One language's patterns and vocabularies from the rule book, looked up once."""
    tables = {name: pattern(lang, f"{lang}.{rid}") for name, rid in _TABLES.items()}
    return SimpleNamespace(**tables, fillers=lexicon(lang, "fillers"), stop=lexicon(lang, "stop"))


def _blank_quotes(text: str) -> str:
    # Questions in reported speech ("Why me?", she asks) are not the speaker's own.
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def filler_end(clause: str, lang: str) -> int:
    """Where the clause's leading fillers ("Oké, dus", "Well, um") end; 0 where it has none."""
    match = _t(lang).fillers.match(clause)
    return match.end() if match else 0


def _content_words(text: str, lang: str) -> set[str]:
    stop = _t(lang).stop
    return {w for w in _WORD.findall(text.lower()) if len(w) > 3 and w not in stop}


TENTATIVE_CHECK = "tentative reflection (a check)"


class _Coder:
    def __init__(self, text: str, lang: str, prev: str | None) -> None:
        self.text = text
        self.lang = lang
        self.prev_words = _content_words(prev, lang) if prev else set()
        # "Mm-hmm": their turn only kept them talking, so their story came before it.
        self.backchannel = bool(prev and prev.strip()) and not self.prev_words
        self.found: list[Evidence] = []
        self.reproached = False
        # "Welk plan? Maakt niet uit.": a question waved away in the same turn asks nothing.
        self.dismissive = any(
            _t(lang).dismiss.match(text[s:e].strip()) for s, e in sentences(text))

    def echoes(self, text: str, loose: bool = False) -> bool:
        """Whether `text` restates the other's previous turn in their own words."""
        if not self.prev_words:
            return False
        words = _content_words(text, self.lang)
        shared = words & self.prev_words
        if loose:  # a "you" statement that takes up even one of their words
            return bool(shared)
        return bool(shared) and (len(shared) >= 2 or len(shared) / max(len(words), 1) >= 0.25)

    def add(self, rule: str, start: int, end: int) -> None:
        """Evidence under the rule book id "{lang}.{rule}"; `rule` is "code.name"."""
        code = rule.split(".", 1)[0]
        self.found.append(Evidence(code, self.text[start:end], f"{self.lang}.{rule}", start, end))

    def search(self, rule: str, sentence: str, offset: int) -> bool:
        match = pattern(self.lang, f"{self.lang}.{rule}").search(sentence)
        if match is None:
            return False
        self.add(rule, offset + match.start(), offset + match.end())
        return True

    def sentence(self, start: int, end: int, masked: str) -> None:
        lang = self.lang
        raw = masked[start:end]
        lead = filler_end(raw, lang)
        body = raw[lead:]
        # "Ja maar" and "Yes, but" look like fillers; a defence is sought in the whole sentence.
        defended = self.search("defensive.defence", raw, start) or (
            _has_rule(lang, "defensive.leading-question")
            and self.search("defensive.leading-question", raw, start))
        if not body.strip(" -—–.,?!"):
            return
        if _t(lang).dismiss.match(raw.strip()):
            self.add("defensive.dismissive", start, end)
            return
        low = body.lower()
        offset = start + lead
        flagged = defended
        promised = self.search("promise.outcome-promise", body, offset)
        flagged |= promised
        if _t(lang).closing.search(body):
            # "Laten we het hierbij laten": wrapping up is neither a step nor a question.
            return
        # "Dan spreken we af dat jij je cijfers omhoog krijgt" imposes a target: appraisal.
        reproach = self.search("appraisal.reproach", body, offset)
        flagged |= reproach
        vague = _t(lang).vague_later.search(body) is not None
        joint = _t(lang).joint.match(body)
        committed = False
        if joint and not promised and not reproach and not vague:
            when = _t(lang).when.search(body)
            rule = "follow-up-moment" if when else "joint-step"
            self.add(f"commitment.{rule}", offset + joint.start(), offset + joint.end())
            committed = True
        elif "?" not in raw and not vague and (
                self.search("commitment.own-next-step", body, offset)
                or self.search("commitment.handover-with-a-date", body, offset)):
            # "Ik ga het gewoon vragen: denk je erover om weg te gaan?" asks; it commits nothing.
            committed = True
        elif not promised and not vague and not _t(lang).framing.search(body):
            match = _t(lang).when.search(body)
            if match and _t(lang).first_person.search(low):
                self.add("commitment.follow-up-moment", offset + match.start(),
                         offset + match.end())
                committed = True
        flagged |= self.search("appraisal.judging-performance", body, offset)
        self.reproached |= flagged and any(e.code == "appraisal" for e in self.found)
        advised = self.advises(body, low, offset, defended)
        framing = "?" not in raw and _t(lang).framing.search(body) is not None
        # Searched in the whole sentence: "Goed gedaan" starts with what looks like a filler.
        affirmed = not framing and self.search("affirmation.recognition", raw, start)
        if (joint and committed) or ((reproach or vague) and "?" not in raw):
            return
        asks = "?" in raw or (
            # Typed without a question mark: "heb je het naar je zin", "hoe gaat het met je werk".
            not raw.rstrip().endswith((".", "!", "…")) and not defended
            and _t(lang).unmarked_question.match(low) is not None
            and not _t(lang).reflect_stem.match(low)
        )
        if asks:
            rhetorical = defended and not (
                _t(lang).wh.match(low) or _t(lang).open_request.search(low)
            )
            if not rhetorical:  # "Ja maar, dat valt toch wel mee?" asks nothing
                self.question(raw, lead, start)
            return
        if flagged or advised or committed or framing:
            return
        if not self.asks_without_mark(low, offset):
            self.statement(body, offset, affirmed, raw[:lead])

    def advises(self, body: str, low: str, offset: int, defended: bool) -> bool:
        """Whether the sentence directs them with advice; its evidence is added."""
        lang = self.lang
        stem = _t(lang).reflect_stem.match(low)
        advice = _t(lang).advice.search(body)
        # "...en dan weten waar je moet kijken" said back in their words describes, not directs.
        echoed = (advice is not None and not defended and _obligation_only(advice.group(), lang)
                  and len(_content_words(body, lang) & self.prev_words) >= 2)
        if advice and not echoed and not (
            stem and stem.end() <= advice.start() and _obligation_only(advice.group(), lang)
        ):
            # "Het klinkt alsof je alles zelf moet doen" describes; "Je moet..." directs.
            self.add("advice.unsolicited-advice", offset + advice.start(),
                     offset + advice.end())
            return True
        return False

    def asks_without_mark(self, low: str, offset: int) -> bool:
        """Whether a sentence without a question mark asks all the same, as a question put as
        a statement or with a question word and verb; its evidence is added."""
        lang = self.lang
        stated = _t(lang).stated_question.search(low)
        if stated:
            code = "open_question" if stated.group("open") else "closed_question"
            self.add(f"{code}.question-as-a-statement", offset + stated.start(),
                     offset + stated.end())
            return True
        if _t(lang).reflect_stem.match(low) or _t(lang).pseudo_cleft.match(low):
            return False
        wh = _t(lang).wh_verb.match(low)
        if not wh:
            return False
        fact = _t(lang).fact.match(low)
        code = "closed_question" if fact else "open_question"
        self.add(f"{code}.question-word", offset, offset + wh.end())
        return True

    def question(self, raw: str, lead: int, start: int) -> None:
        lang = self.lang
        end = raw.rfind("?") + 1 or len(raw)
        whole = raw[lead:end]
        # The clause that carries the question mark decides its type.
        clauses = [m.end() for m in _CLAUSE_BREAK.finditer(whole)]
        qstart = 0
        for cut in reversed(clauses):
            rest = whole[cut:]
            if _t(lang).wh.match(rest[filler_end(rest, lang):]) or (
                lang == "en" and _t(lang).aux.match(rest[filler_end(rest, lang):])
            ):
                qstart = cut
                break
        clause = whole[qstart:]
        skip = filler_end(clause, lang)
        clause = clause[skip:]
        c_off = start + lead + qstart + skip
        low = clause.lower()
        if self.dismissive and len(_WORD.findall(whole)) <= 3:
            return
        blame = _t(lang).reproach_question.match(low) or (
            self.reproached and _t(lang).excuse_question.match(low))
        if blame:
            # "Hoe kan dat?" after a reproach asks for an excuse: an appraisal, not a story.
            self.add("appraisal.reproachful-question", c_off, c_off + blame.end())
            self.reproached = True
            return
        tag = _t(lang).tag.search(whole)
        if tag:
            self.add("closed_question.tag-question", start + lead + tag.start(),
                     start + lead + tag.end())
            return
        request = _t(lang).open_request.search(whole)
        if request:
            self.add("open_question.invites-a-story", start + lead + request.start(),
                     start + lead + request.end())
            return
        fact = _t(lang).fact.match(low)
        if fact:
            self.add("closed_question.asks-for-a-fact", c_off, c_off + fact.end())
            return
        wh = _t(lang).wh.match(low)
        if wh:
            self.add("open_question.question-word", c_off, c_off + wh.end())
            return
        stem = _t(lang).reflect_stem.match(low)
        if stem and not (lang == "en" and _t(lang).aux.match(low)):
            # A reflection said tentatively, with rising intonation: a reflection and a check,
            # as AnnoMI's annotators code it; the scorecard makes no finding of the check.
            self.add("reflection.tentative-reflection", c_off, c_off + stem.end())
            self.add("closed_question.tentative-reflection-a-check", c_off, c_off + stem.end())
            return
        first = re.match(r"\S+(?:\s+\S+)?", clause)
        stop = first.end() if first else len(clause)
        rule = "yes-no-question" if lang == "en" else "inversion-yes-no-question"
        self.add(f"closed_question.{rule}", c_off, c_off + stop)

    def statement(self, body: str, offset: int, affirmed: bool, lead: str = "") -> None:
        lang = self.lang
        low = body.lower()
        stem = _t(lang).reflect_stem.match(low)
        if stem:
            self.add("reflection.reflective-stem", offset, offset + stem.end())
            return
        if affirmed:
            return
        if _t(lang).first_start.match(low):
            # "Ik wil...", "Ik denk...", "I think...": the manager's own view, not theirs echoed.
            return
        summary = _t(lang).summary_start.match(lead.strip().lower() + " " + low)
        if summary and len(low.split()) >= 5 and not _t(lang).first_start.match(low):
            cut = _CLAUSE_BREAK.search(body)
            self.add("reflection.summary", offset, offset + (cut.start() if cut else
                                                               len(body.rstrip(".!…"))))
            return
        if _t(lang).directive.search(low):
            return  # a task handed to them: an action proposal, not a reflection
        # A "you" statement restates them only with their words or a feeling read in them.
        about = _t(lang).second_start.match(low) if len(low.split()) >= 3 else None
        you = about or (_t(lang).second_person.search(low) if len(low.split()) >= 5 else None)
        if you:
            feeling = _t(lang).feeling.search(low)
            if feeling:
                self.add("reflection.feeling-read-in", offset + feeling.start(),
                         offset + feeling.end())
                return
            if self.backchannel or self.echoes(body, loose=True):
                # The evidence is the clause said back, not the bare "je" in it.
                cut = _CLAUSE_BREAK.search(body, you.end())
                stop = cut.start() if cut else len(body.rstrip(".!…"))
                self.add("reflection.statement-about-the-other", offset + you.start(),
                         offset + stop)
                return
        if self.prev_words:
            words = _content_words(body, lang)
            shared = words & self.prev_words
            if shared and (len(shared) >= 2 or _t(lang).second_person.search(low)):
                if len(shared) / max(len(words), 1) >= 0.25:
                    word = sorted(shared, key=low.find)[0]
                    pos = low.find(word)
                    # The evidence is the clause that says it back, not the one shared word.
                    begin = 0
                    for cut in _CLAUSE_BREAK.finditer(body):
                        if cut.end() <= pos:
                            begin = cut.end()
                    after = _CLAUSE_BREAK.search(body, pos)
                    stop = after.start() if after else len(body.rstrip(".!…"))
                    self.add("reflection.echoes-their-words", offset + begin, offset + stop)


def _obligation_only(span: str, lang: str) -> bool:
    return _t(lang).obligation.match(span.strip()) is not None


def rule_evidence(text: str, lang: str, prev: str | None) -> list[Evidence]:
    """Every rule that fires on a manager utterance, in order of occurrence."""
    text = plain_text(text)
    prev = plain_text(prev) if prev is not None else None
    coder = _Coder(text, lang, prev)
    masked = _blank_quotes(text)
    for start, end in sentences(masked):
        coder.sentence(start, end, masked)
    return sorted(coder.found, key=lambda e: e.start)


def is_rule(rule: str, name: str) -> bool:
    """Whether an evidence's rule id is the rule called `name`, in any language."""
    return rule.rsplit(".", 1)[-1] == _SLUG.sub("-", name.lower()).strip("-")

