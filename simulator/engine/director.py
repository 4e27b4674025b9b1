"""The director: the persona's hidden state, moved deterministically by the manager's codes."""

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from simulator.domain.persona import Fact, Persona
from simulator.domain.scenario import Scenario
from simulator.scoring import lexicon
from simulator.scoring.themes import detect_themes


class Coded(Protocol):
    """What the director reads from the coder (scoring.CodedUtterance has these fields)."""

    @property
    def text(self) -> str: ...
    @property
    def codes(self) -> list[str]: ...
    @property
    def themes(self) -> list[str]: ...


@dataclass(frozen=True)
class DifficultyProfile:
    start_trust: float
    gain: float  # multiplies how fast good listening earns trust
    sensitivity: float  # multiplies how hard poor practice hits trust
    fact_offset: float  # added to every fact's trust level: more facts behind high trust


DIFFICULTY: dict[str, DifficultyProfile] = {
    "easy": DifficultyProfile(start_trust=0.3, gain=1.25, sensitivity=0.75, fact_offset=-0.05),
    "medium": DifficultyProfile(start_trust=0.2, gain=1.0, sensitivity=1.0, fact_offset=0.0),
    "hard": DifficultyProfile(start_trust=0.1, gain=0.85, sensitivity=1.3, fact_offset=0.03),
}

# Base trust moves per code; positives are scaled by openness, negatives by sensitivity.
GAINS = {"reflection": 0.10, "open_question": 0.06, "affirmation": 0.05, "commitment": 0.04}
LOSSES = {"defensive": 0.16, "appraisal": 0.16, "promise": 0.12, "advice": 0.07}
CLOSED_STREAK_LOSS = 0.04  # per closed-only turn from the second one in a row
NEGATIVE_ORDER = ("defensive", "appraisal", "promise", "advice")
# A commitment in a turn is what the employee answers: it is the news of that turn.
POSITIVE_ORDER = ("commitment", "reflection", "affirmation")
# A closed question on a theme only gets a fact once trust is this far past the fact's level.
CLOSED_MARGIN = 0.15
# How many manager turns back an open question's theme counts for a following reflection.
RECENT_TURNS = 2
# Trust from which the employee proposes a step of their own, closes warmly, and says more.
OWN_ACTION_TRUST = 0.45
WARM_TRUST = 0.5
TALKATIVE_TRUST = 0.4

_WRAP_UP = re.compile(
    r"\b(tot dan|tot (?:volgende|de volgende) (?:keer|week)|tot gauw|tot snel|laten we het hierbij"
    r"|we ronden af|afronden|afsluiten|bedankt voor (?:het|dit|je)|dank je wel voor (?:het|dit|je)"
    r"|dank voor (?:het|dit|je)|see you|talk (?:to you )?soon|let'?s (?:leave|wrap|stop) it"
    r"|wrap (?:this|it|things) up|thanks? (?:you )?for (?:the|this|your|talking|today)"
    r"|that'?s (?:all|it) for (?:now|today))\b"
    # Proposing when to come back to it also rounds the conversation off.
    r"|\b(?:over|in) (?:een|twee|drie|vier|zes|\d+|a|one|two|three|four|six) (?:weken|week|maand"
    r"|weeks|week|month)\b[^?]{0,60}\b(?:kijken|terug|bespreken|hoe het staat|see|check|catch up"
    r"|where we are|how it'?s going|come back)",
    re.IGNORECASE,
)
# The manager asks for the employee's own first step.
_OWN_ACTION = re.compile(
    r"\bwat (?:ga|neem|zou|kun|kan|wil) (?:jij|je)\b[^?]{0,40}?(?:\bzelf\b|\bje voor\b|\bdoen\b"
    r"|\boppakken\b|eerste stap)|\b(?:jouw|je) (?:eigen )?eerste stap\b|\bwelke (?:eerste )?stap"
    r"\b[^?]{0,30}\b(?:jij|je)\b|\bfirst step\b|\btake on yourself\b|\bwhat (?:will|would|could"
    r"|can|are) you\b[^?]{0,30}\b(?:yourself|take on|do first|going to do|like to do|do next)\b"
    r"|\byour (?:own )?(?:first )?(?:step|action)\b",
    re.IGNORECASE,
)
# A joint proposal: agreed to, not answered like a status check.
_PROPOSAL = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:en |and )?(?:samen|together|dan|then|so|oké|okay|ok|goed),? )?"
    r"(?:zullen we|zal ik|kunnen we samen|gaan we samen|shall we|should we|shall i|could we"
    r"|can we|how about (?:we|if we)|let'?s)\b",
    re.IGNORECASE,
)
# A question that only checks a reflection ("Klopt dat?") asks nothing new.
_CHECK = re.compile(
    r"^(?:en )?(?:klopt (?:dat|het)|toch|heb ik dat (?:goed|zo goed)(?: begrepen)?|zie ik dat goed"
    r"|is dat (?:zo|het)|right|is that (?:right|fair|it)|does that (?:sound right|fit)"
    r"|have i got that right|am i right)\?$",
    re.IGNORECASE,
)
# A question inviting anything not yet said: every explored theme may answer it.
_ANYTHING_ELSE = re.compile(
    r"\b(?:wat mis ik|mis ik (?:nog )?iets|wat nog meer|nog meer|wat (?:nog )?anders"
    r"|is er nog iets|wat (?:wil|zou) je (?:nog )?"
    r"(?:toevoegen|kwijt)|what (?:have i|did i|am i) miss|anything else|what else|is there more)",
    re.IGNORECASE,
)
# A target imposed on the employee ("dan spreken we af dat jij je cijfers omhoog krijgt") is
# an appraisal, however much it sounds like an agreement.
_IMPOSED = re.compile(
    r"\b(?:spreken we af|is de afspraak|afgesproken|ik verwacht|ik wil|ik reken erop) dat"
    r" (?:jij|je)\b[^.?!]{0,60}?\b(?:cijfers|omhoog|beter|verbeter\w*|haalt|halen|target\w*"
    r"|productie"
    r"|first-time-fix|score\w*|sneller)\b"
    r"|\b(?:we agree|we'?ve agreed|i expect|i need|i want) (?:that )?you(?:'ll| will| to)?\b"
    r"[^.?!]{0,60}?"
    r"\b(?:numbers|figures|targets?|up|improve\w*|faster|better|scores?)\b",
    re.IGNORECASE,
)
# A yes/no check on the manager's own view: "Ben je het met me eens?", "Don't you think?"
_OPINION = re.compile(
    r"\b(?:ben je het (?:met me |met mij |daar(?:mee)? )?eens|eens met (?:me|mij)"
    r"|vind je (?:ook )?niet|vind je dat ook|zie je dat ook zo|denk je ook niet|do you agree"
    r"|you agree|don'?t you think"
    r"|wouldn'?t you say|would you agree|do you see it (?:that way|the same))\b",
    re.IGNORECASE,
)
# Money in a promise: the persona's own line about money answers it.
_MONEY = re.compile(
    r"\b(?:opslag|salaris\w*|loon\w*|geld|bonus|periodiek|schaal|verhoging|raise|pay|salary"
    r"|money|bonus(?:es)?|pay rise)\b",
    re.IGNORECASE,
)
# A question that refers back to what was just said.
_FOLLOW_UP = re.compile(
    r"\b(?:daar|dat|dit|meer|hoezo|hoe bedoel|voorbeeld|vertel|waarom|nog iets|that|this|more"
    r"|mean|example|tell me|how so|why|anything else|what else|go on)\b",
    re.IGNORECASE,
)
# A promised outcome, with or without "beloof": never a step to agree to (the coder's own
# PROMISE words are read too, see _promised).
_PROMISE_WORDS = re.compile(
    r"\b(?:beloof|beloofd|garandeer|ik zorg (?:er ?voor|wel) dat|ik zal ervoor zorgen dat"
    r"|dat regel ik|ik regel (?:dat|het|wel)|nooit meer gebeur|i promise|i guarantee"
    r"|i'?ll make sure (?:that )?you|i'?ll sort (?:it|that) out|never happen again)\w*",
    re.IGNORECASE,
)
# A reproach or gossip presented as fact: "ik hoor van collega's dat je ...", "je bent altijd".
_REPROACH = re.compile(
    r"\b(?:ik hoor (?:van|via) (?:collega|anderen|het team)\w*|collega'?s zeggen dat je"
    r"|(?:je|jij) (?:bent|komt|doet|zegt|gaat|loopt|hebt|zit)\b[^.?!]{0,40}\b(?:altijd|nooit)\b"
    r"|(?:je|jij) \w+ altijd\b|hoe kan het dat (?:je|jij|jouw)|i(?:'ve)? hear(?:d)? from"
    r" (?:colleagues|others|the team)|people (?:say|tell me) (?:that )?you|you(?:'re| are)"
    r" always\b(?! welcome)|you never\b(?! have to| need to| again)|how come you always)",
    re.IGNORECASE,
)
# "Je bent altijd welkom", "je kunt altijd bij me terecht": an offer, not a reproach.
_KIND_ALWAYS = re.compile(
    r"\b(?:altijd|always) (?:welkom|welcome|terecht)|\b(?:je|jij) (?:kunt|kan|mag|mocht)"
    r" (?:altijd|nooit)|\byou can always\b|\bterecht\b",
    re.IGNORECASE,
)
# "Ik ga het gewoon vragen: ...": announcing a question is no commitment.
_ANNOUNCE = re.compile(
    r"\b(?:ik ga (?:het |je )?(?:gewoon |maar |eens |even )?(?:vragen|zeggen|eerlijk zijn)"
    r"|i'?(?:m going to|ll) (?:just )?(?:ask|say it|be honest))\b",
    re.IGNORECASE,
)
# A follow-up on the employee's own lukewarm word: "Wat maakt dat het maar gaat wel is?"
_LUKEWARM = re.compile(
    r"\b(?:gaat wel|maar gaat|het moet|zo'?n beetje|wel oké|niet slecht|it'?s fine|it'?s ok"
    r"|not bad|so-so|could be worse)\b",
    re.IGNORECASE,
)
# A reflection of something that weighs: what gives energy does not answer it.
_BURDEN = re.compile(
    r"\b(?:dwars|zwaar|pijn|frustr\w*|kost|vreet|moe|boos|geraakt|bothers?|gets? to you|heavy"
    r"|hurts?|stings?|frustrat\w*|costs?|drains?|tired|angry|upset|under your skin)\b",
    re.IGNORECASE,
)
# "Kun je daar meer over vertellen?": a follow-up on what was just told.
_DEEPEN = re.compile(
    r"\b(?:(?:daar|dat|dit|hier) (?:nog )?(?:wat )?(?:meer )?over|vertel (?:eens )?(?:wat )?meer"
    r"|hoe bedoel je|een voorbeeld|more about (?:that|this|it)|tell me (?:a bit )?more"
    r"|what do you mean|say more|an example)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-zà-ÿ]{5,}", re.IGNORECASE)
_NAME = re.compile(r"(?<=\w )[A-Z][a-zà-ÿ]{3,}")  # a capitalised word mid-sentence: a name
# Words too common to tie a question to one fact.
_COMMON = set(
    "maakt maken voor jou jouw jezelf zijn hebt heeft hebben wordt werd worden eigenlijk echt"
    " waar wanneer welke wat hoe daar deze dit die zoals iets niet meer veel goed werk werken"
    " what when which that this there with your about more make makes really work does have"
    " been from they them their would could should feel feels voel voelt erover denken denkt"
    " zouden kunnen willen moeten eens gewoon altijd nooit steeds tijd komende jaren dingen"
    " anders leuk graag other things think something always never"
    # Theme words name a theme, not one fact: the theme decides those.
    " energie energy betekenisvol betekenis meaning gezien gewaardeerd waardering recognition"
    " valued seen groeien groei growth ontwikkelen develop belemmering obstacles veranderen"
    " change leidinggevende manager vertrekken leave".split()
)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_SMALL_TALK = re.compile(
    r"\b(hoi|hallo|hey|goedemorgen|goedemiddag|hoe gaat(?: het)?|weekend|koffie|thee|het weer"
    r"|regen|vakantie|hoe is het|hi|hello|hey|good morning|how are (?:you|things)|how'?s it going"
    r"|coffee|weather"
    r"|holiday|vacation)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Decision:
    """What the actor voices this turn."""

    reaction: str | None  # the manager behaviour the employee reacts to first, e.g. "defensive"
    reveal: Fact | None  # the one fact the employee now shares, if any
    theme: str | None  # the theme the manager asked about (the reply follows it)
    closed: bool  # a closed question with nothing more: answer briefly
    closing: bool  # the manager is wrapping up
    small_talk: bool  # chit-chat or a greeting with no theme
    trust: float
    open_theme: bool = False  # trust is high enough to talk freely about the theme
    turn: int = 0  # the manager turn number, 1-based
    codes: tuple[str, ...] = ()
    revealed_ids: tuple[str, ...] = ()  # every fact shared so far, this turn's included
    question: bool = False  # the turn asks something new (not only "klopt dat?")
    asked: tuple[str, ...] = ()  # the themes of the question itself; they decide the answer
    own_action: bool = False  # the manager asks for the employee's own first step
    proposal: bool = False  # the manager proposes something ("zullen we samen ...?")
    question_text: str = ""  # the question sentence(s) of the turn
    check: bool = False  # the turn only checks a reflection: "Klopt dat?"
    opinion: bool = False  # the manager asks whether the employee shares the manager's view
    money: bool = False  # a promise that is about money ("je krijgt opslag")
    focus: str = ""  # an already shared fact the turn asks about: the reply deepens it

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["reveal"] = self.reveal.id if self.reveal else None
        data["codes"] = list(self.codes)
        data["revealed_ids"] = list(self.revealed_ids)
        return data


@dataclass
class DirectorState:
    """Serialisable: saved with the session so it can be inspected and resumed."""

    trust: float
    revealed: list[str] = field(default_factory=list)
    turn: int = 0
    closed_streak: int = 0
    recent_open: list[list[Any]] = field(default_factory=list)  # [turn, theme]
    explored: list[str] = field(default_factory=list)
    promises: int = 0
    negatives: int = 0
    history: list[float] = field(default_factory=list)  # trust after each manager turn
    last_theme: str = ""  # the theme the last reply was about: what "tell me more" refers to
    last_fact: str = ""  # the fact the last reply was about: what a reflection deepens


class Director:
    """Moves trust and decides, one manager turn at a time, what the employee may share."""

    def __init__(self, persona: Persona, scenario: Scenario, state: DirectorState | None = None):
        self.persona = persona
        self.scenario = scenario
        self.profile = DIFFICULTY[scenario.difficulty]
        self.state = state or DirectorState(trust=self._start_trust())

    def _start_trust(self) -> float:
        # An open persona starts a little warmer, a sensitive one a little cooler.
        traits = self.persona.traits
        start = self.profile.start_trust + 0.1 * (traits.openness - 0.5)
        return _clamp(start - 0.05 * (traits.sensitivity - 0.5))

    @property
    def trust(self) -> float:
        return self.state.trust

    @property
    def revealed(self) -> list[str]:
        return list(self.state.revealed)

    def threshold(self, fact: Fact) -> float:
        """The trust this fact needs in this scenario (difficulty shifts every level)."""
        return min(0.95, max(0.0, fact.trust + self.profile.fact_offset))

    def hidden_facts(self) -> list[Fact]:
        return [f for f in self.persona.facts if f.id not in self.state.revealed]

    def revealed_facts(self) -> list[Fact]:
        return [self.persona.fact(i) for i in self.state.revealed]

    # One manager turn

    def step(self, coded: Coded) -> Decision:
        s = self.state
        s.turn += 1
        codes = list(coded.codes)
        themes = list(coded.themes)
        reproach = _REPROACH.search(coded.text) and not _KIND_ALWAYS.search(coded.text)
        if _IMPOSED.search(coded.text) or reproach:
            codes = [c for c in codes if c != "commitment"]
            codes += [] if "appraisal" in codes else ["appraisal"]
        if self._promised(coded.text):
            codes = [c for c in codes if c != "commitment"]
            codes += [] if "promise" in codes else ["promise"]
        if _ANNOUNCE.search(coded.text) and "commitment" in codes:
            codes = [c for c in codes if c != "commitment"]
        has_open = "open_question" in codes
        has_reflection = "reflection" in codes
        closed_only = "closed_question" in codes and not has_open and not has_reflection

        self._move_trust(codes, closed_only)

        asked, question, question_text = self._asked_themes(coded.text, codes, themes)
        own_action = question and bool(_OWN_ACTION.search(coded.text))
        # "Zullen we ...?", or a commitment followed by "Is dat goed?": a proposal to agree to.
        proposal = (
            question
            and not own_action
            and "promise" not in codes
            and (
                bool(_PROPOSAL.search(coded.text))
                or ("commitment" in codes and not has_open)
            )
        )
        opinion = question and not (own_action or proposal) and bool(_OPINION.search(coded.text))

        # The themes this turn explores. A question's own themes decide what is answered; the
        # themes of a reflection in the same turn only earn trust. Without a question, a
        # reflection deepens what it reflects and what was just asked.
        candidates: list[tuple[str, float]] = []
        margin = 0.0 if has_open else CLOSED_MARGIN
        if own_action or proposal:
            pass  # asking for a step or proposing one opens no topic
        elif question and asked:
            candidates += [(t, margin) for t in asked]
        elif opinion or (
            question
            and "closed_question" in codes
            and not has_open
            and not _ANYTHING_ELSE.search(coded.text)
        ):
            pass  # "Ben je het met me eens?", "Is er verder nog iets?": no theme to follow up
        elif question:
            # "Kun je daar meer over vertellen?": the follow-up is about what was just said; a
            # question on something else ("wat vind je van de werkplekken?") is not.
            candidates += [(t, margin) for t in themes]
            if themes or _FOLLOW_UP.search(coded.text):
                candidates += [(t, margin) for t in self._recent_themes() if t not in themes]
            if not candidates and s.last_theme and _FOLLOW_UP.search(coded.text):
                candidates.append((s.last_theme, margin))
            if _ANYTHING_ELSE.search(coded.text):
                candidates += [(t, margin) for t in s.explored]
        elif has_reflection or "affirmation" in codes:
            candidates += [(t, 0.0) for t in themes]
            if has_reflection:
                candidates += [(t, 0.0) for t in self._recent_themes()]
        elif not codes:
            candidates += [(t, CLOSED_MARGIN) for t in themes]
        candidates = _first_of_each(candidates)
        if has_open:
            s.recent_open = [r for r in s.recent_open if s.turn - r[0] < RECENT_TURNS]
            s.recent_open += [[s.turn, t] for t in (asked or themes)]
        for explored in [t for t, _ in candidates] + asked:
            if explored not in s.explored:
                s.explored.append(explored)

        # Under a defence or an appraisal the employee closes up: nothing new this turn.
        pulled_back = any(c in codes for c in ("defensive", "appraisal"))
        focus = ""
        theme_of_match: str | None = None
        talks = question or has_reflection
        if talks and not (own_action or proposal or opinion) and not pulled_back:
            if question and _LUKEWARM.search(question_text):
                # "Wat maakt dat het maar gaat wel is?": what weighs, not what is still fine.
                candidates = [("obstacles", 0.0)] + [c for c in candidates if c[0] != "obstacles"]
            matched = self._matched_fact(question_text if question else coded.text)
            if matched is not None and matched.id in s.revealed and _ANYTHING_ELSE.search(
                question_text
            ):
                matched = None  # "wat nog meer?": something new, not the same again
            if matched is not None and matched.id in s.revealed:
                focus = matched.id  # asked about what was shared: deepen it, switch to nothing
            elif matched is not None:
                candidates = [(matched.id, 0.0 if has_open else CLOSED_MARGIN)] + candidates
                theme_of_match = matched.theme
            elif (
                question
                and not asked
                and s.last_fact
                and _DEEPEN.search(question_text)
                and not _ANYTHING_ELSE.search(question_text)
            ):
                focus = s.last_fact  # "Vertel eens meer daarover": the same story, deeper
            elif has_reflection and not question and s.last_fact and "commitment" not in codes:
                focus = s.last_fact  # a reflection continues the employee's last topic
        if has_reflection and _BURDEN.search(coded.text):
            # "Dat zit je nog steeds dwars": never answered with what gives energy or meaning.
            candidates = [c for c in candidates if c[0] not in ("energy", "meaning")]
        reveal = None if pulled_back or focus else self._pick_fact(candidates)
        if reveal is not None:
            s.revealed.append(reveal.id)
        if focus and not reveal:
            theme_of_focus: str | None = self.persona.fact(focus).theme
        else:
            theme_of_focus = None
        s.last_fact = reveal.id if reveal else focus

        if reveal is not None:
            theme: str | None = reveal.theme
        elif theme_of_focus or theme_of_match:
            theme = theme_of_focus or theme_of_match
        elif question and asked:
            theme = asked[0]
        else:
            theme = candidates[0][0] if candidates else None
        if theme is None and themes and not (own_action or proposal or opinion):
            theme = themes[0]
        if theme:
            s.last_theme = theme
        reaction = next((c for c in NEGATIVE_ORDER if c in codes), None)
        if reaction is None:
            reaction = next((c for c in POSITIVE_ORDER if c in codes), None)
        if reaction is None and closed_only:
            reaction = "closed_question"
        closing = bool(_WRAP_UP.search(coded.text)) and not has_open
        small_talk = (
            not themes
            and not (own_action or proposal)
            and not any(c in codes for c in (*NEGATIVE_ORDER, "commitment"))
            and bool(_SMALL_TALK.search(coded.text))
        )
        s.history.append(round(s.trust, 4))
        return Decision(
            reaction=reaction,
            reveal=reveal,
            theme=theme,
            closed=question and not has_open and reveal is None,
            closing=closing,
            small_talk=small_talk,
            trust=round(s.trust, 4),
            open_theme=theme is not None and self._theme_open(theme),
            turn=s.turn,
            codes=tuple(codes),
            revealed_ids=tuple(s.revealed),
            question=question,
            asked=tuple(asked),
            own_action=own_action,
            proposal=proposal,
            question_text=question_text,
            check=not question and "?" in coded.text and not (own_action or proposal),
            opinion=opinion,
            money="promise" in codes and bool(_MONEY.search(coded.text)),
            focus=focus,
        )

    def _asked_themes(
        self, text: str, codes: list[str], themes: list[str]
    ) -> tuple[list[str], bool, str]:
        """The themes of the question sentences, whether the turn asks anything new, and what."""
        parts = [m.group().strip() for m in _SENTENCE.finditer(text) if m.group().strip()]
        questions = [p for p in parts if p.endswith("?")]
        if not questions:
            if "open_question" not in codes and "closed_question" not in codes:
                return [], False, ""
            questions = parts[-1:]  # asked without a question mark
        questions = [q for q in questions if not _CHECK.match(q)]
        if not questions:
            return [], False, ""  # only "klopt dat?" after a reflection
        asked = " ".join(questions)
        if len(parts) <= 1:
            return themes, True, asked
        found = detect_themes(asked, self.scenario.language)
        return [t for t in themes if t in found], True, asked

    def _recent_themes(self) -> list[str]:
        """The themes of the latest open question within reach: what was just talked about."""
        s = self.state
        recent = [r for r in s.recent_open if s.turn - r[0] <= RECENT_TURNS]
        last = max((r[0] for r in recent), default=None)
        return [t for turn, t in recent if turn == last]

    def _move_trust(self, codes: list[str], closed_only: bool) -> None:
        s = self.state
        traits = self.persona.traits
        up = (0.5 + traits.openness) * self.profile.gain
        down = (0.5 + traits.sensitivity) * self.profile.sensitivity
        delta = sum(GAINS.get(c, 0.0) for c in codes) * up
        delta -= sum(LOSSES.get(c, 0.0) for c in codes) * down
        if closed_only:
            s.closed_streak += 1
            if s.closed_streak >= 2:
                delta -= CLOSED_STREAK_LOSS * down
        elif codes:
            s.closed_streak = 0
        if "promise" in codes:
            s.promises += 1
            # A second hollow promise costs more than the first.
            delta -= 0.04 * (s.promises - 1) * down
        if any(c in codes for c in NEGATIVE_ORDER):
            s.negatives += 1
        s.trust = _clamp(s.trust + delta)

    def _promised(self, text: str) -> bool:
        pattern = getattr(lexicon, "PROMISE", {}).get(self.scenario.language)
        return bool(_PROMISE_WORDS.search(text) or (pattern and pattern.search(text)))

    def _matched_fact(self, text: str) -> Fact | None:
        """The fact the question's content words point at ("begeleiden van Joris"), if one."""
        asked = _content(text)
        if not asked:
            return None
        # A fact is named by its label and summary, not by every word of its lines.
        words = {f.id: _content(f"{f.label} {f.text}") for f in self.persona.facts}
        seen: dict[str, int] = {}
        for ws in words.values():
            for w in ws:
                seen[w] = seen.get(w, 0) + 1
        # Only words one fact owns tell it apart; two of them, or one name, make a match.
        scores = {fid: [w for w in asked & ws if seen[w] == 1] for fid, ws in words.items()}
        names = {_stem(w) for w in _NAME.findall(text)}
        strong = [
            fid for fid, hits in scores.items() if len(hits) >= 2 or (hits and set(hits) & names)
        ]
        return self.persona.fact(strong[0]) if len(strong) == 1 else None

    def _pick_fact(self, candidates: list[tuple[str, float]]) -> Fact | None:
        """At most one fact: the first explored theme's least guarded fact that trust allows."""
        ids = {f.id for f in self.persona.facts}
        for theme, margin in candidates:
            if theme in ids:
                # A fact named by the question's content words: asked for, whatever its theme.
                fact = self.persona.fact(theme)
                needed = self.threshold(fact) + max(margin, 0.0)
                if fact.id not in self.state.revealed and self.state.trust >= needed:
                    return fact
                continue
            allowed = [
                f
                for f in self.hidden_facts()
                if f.theme == theme and self.state.trust >= self.threshold(f) + margin
            ]
            if allowed:
                return min(allowed, key=lambda f: self.threshold(f))
        return None

    def _theme_open(self, theme: str) -> bool:
        """Whether the employee talks freely about a theme: a fact of it is out, or none hide."""
        facts = [f for f in self.persona.facts if f.theme == theme]
        if any(f.id in self.state.revealed for f in facts):
            return True
        return not facts and self.state.trust >= 0.5

    # Persistence

    def to_state(self) -> dict[str, Any]:
        return asdict(self.state)

    @classmethod
    def from_state(cls, persona: Persona, scenario: Scenario, data: dict[str, Any]) -> "Director":
        known = {f.id for f in persona.facts}
        state = DirectorState(
            trust=float(data.get("trust", 0.0)),
            revealed=[i for i in data.get("revealed", []) if i in known],
            turn=int(data.get("turn", 0)),
            closed_streak=int(data.get("closed_streak", 0)),
            recent_open=[list(r) for r in data.get("recent_open", [])],
            explored=list(data.get("explored", [])),
            promises=int(data.get("promises", 0)),
            negatives=int(data.get("negatives", 0)),
            history=[float(x) for x in data.get("history", [])],
            last_theme=str(data.get("last_theme", "")),
            last_fact=str(data.get("last_fact", "")),
        )
        return cls(persona, scenario, state)


def _content(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if w.casefold() not in _COMMON}


def _stem(word: str) -> str:
    return word.casefold()[:6]


def _first_of_each(candidates: list[tuple[str, float]]) -> list[tuple[str, float]]:
    kept: dict[str, float] = {}
    for theme, margin in candidates:
        kept.setdefault(theme, margin)
    return list(kept.items())


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))
