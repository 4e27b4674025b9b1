"""The director: the persona's hidden state, moved deterministically by the manager's codes."""

import re
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from simulator.domain.persona import Fact, Layer, Persona
from simulator.domain.scenario import Scenario
from simulator.domain.scorecard import Disclosures
from simulator.engine.decision import Decision, DirectorState
from simulator.engine.listening import Listening, read_listening
from simulator.scoring.acts import acts_in
from simulator.scoring.codes import NEGATIVE, Code
from simulator.scoring.themes import detect_themes


class Coded(Protocol):
    """What the director reads from the coder (scoring.CodedUtterance has these fields)."""

    @property
    def text(self) -> str: ...
    @property
    def codes(self) -> list[str]: ...
    @property
    def themes(self) -> list[str]: ...
    @property
    def acts(self) -> tuple[str, ...]: ...
    @property
    def lang(self) -> str: ...


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
GAINS = {"affirmation": 0.05, "commitment": 0.04}
# What a reflection or an open question earns depends on how it listens: an accurate
# reflection or a follow-up on their own words most, a formula that fits any story hardly,
# a reflection of something they did not say costs a little (engine.listening).
LISTENING_GAINS = {
    "accurate": 0.12, "follow_up": 0.08, "new_topic": 0.045, "generic": 0.015, "off": -0.03,
    "none": 0.0,
}
# Each deeper layer of a fact needs this much more trust than the fact itself.
LAYER_TRUST = 0.06
LOSSES = {Code.DEFENSIVE.value: 0.16, Code.APPRAISAL.value: 0.16, Code.PROMISE.value: 0.12,
          Code.ADVICE.value: 0.07}
CLOSED_STREAK_LOSS = 0.04  # per closed-only turn from the second one in a row
# The codes that close the employee down, the heaviest loss first: what they react to.
NEGATIVE_ORDER = tuple(sorted((c.value for c in NEGATIVE),
                              key=lambda c: (-LOSSES[c], c != Code.DEFENSIVE)))
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

    def step(self, coded: Coded, last_said: str | None = None) -> Decision:
        """One manager turn; `last_said` is the employee's turn before it."""
        s = self.state
        s.turn += 1
        codes = list(coded.codes)
        themes = list(coded.themes)
        acts = set(coded.acts)
        has_open = "open_question" in codes
        has_reflection = "reflection" in codes
        closed_only = "closed_question" in codes and not has_open and not has_reflection

        listening = self._listen(coded, last_said)
        self._move_trust(codes, closed_only, listening)

        asked, question, question_text = self._asked_themes(coded, codes, themes)
        own_action = question and "step_ask" in acts
        # What the question itself does, apart from a reflection said before it.
        asks = set(acts_in(question_text, coded.lang, ("lukewarm", "anything_else", "deepen")))
        # "Zullen we ...?", or a commitment followed by "Is dat goed?": a proposal to agree to.
        proposal = (
            question
            and not own_action
            and "promise" not in codes
            and (
                "proposal" in acts
                or ("commitment" in codes and not has_open)
            )
        )
        opinion = question and not (own_action or proposal) and "opinion_check" in acts

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
            and "anything_else" not in acts
        ):
            pass  # "Ben je het met me eens?", "Is er verder nog iets?": no theme to follow up
        elif question:
            # "Kun je daar meer over vertellen?": the follow-up is about what was just said; a
            # question on something else ("wat vind je van de werkplekken?") is not.
            candidates += [(t, margin) for t in themes]
            if themes or "follow_up" in acts:
                candidates += [(t, margin) for t in self._recent_themes() if t not in themes]
            if not candidates and s.last_theme and "follow_up" in acts:
                candidates.append((s.last_theme, margin))
            if "anything_else" in acts:
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
            if question and "lukewarm" in asks:
                # "Wat maakt dat het maar gaat wel is?": what weighs, not what is still fine.
                candidates = [("obstacles", 0.0)] + [c for c in candidates if c[0] != "obstacles"]
            matched = self._matched_fact(question_text if question else coded.text)
            if matched is not None and matched.id in s.revealed and "anything_else" in asks:
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
                and "deepen" in asks
                and "anything_else" not in asks
            ):
                focus = s.last_fact  # "Vertel eens meer daarover": the same story, deeper
            elif has_reflection and not question and s.last_fact and "commitment" not in codes:
                focus = s.last_fact  # a reflection continues the employee's last topic
        if has_reflection and "burden" in acts:
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
        layer = None
        if focus and not reveal and listening.on_story:
            layer = self._next_layer(focus)  # what lies under it, for one who listened

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
        if theme is None and question and has_open and not own_action and s.last_theme:
            theme = s.last_theme  # an open question on no theme: stay with the topic at hand
        if theme:
            s.last_theme = theme
        reaction = next((c for c in NEGATIVE_ORDER if c in codes), None)
        if reaction is None:
            reaction = next((c for c in POSITIVE_ORDER if c in codes), None)
        if reaction is None and closed_only:
            reaction = "closed_question"
        closing = "wrap_up" in acts and not has_open
        small_talk = (
            not themes
            and not (own_action or proposal)
            and not any(c in codes for c in (*NEGATIVE_ORDER, "commitment"))
            and "small_talk" in acts
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
            money="promise" in codes and "money" in acts,
            focus=focus,
            layer=layer,
            summary=listening.summary,
            listening=listening.kind,
            hostile=reaction in ("defensive", "appraisal"),
        )

    def _asked_themes(
        self, coded: Coded, codes: list[str], themes: list[str]
    ) -> tuple[list[str], bool, str]:
        """The themes of the question sentences, whether the turn asks anything new, and what."""
        text = coded.text
        parts = [m.group().strip() for m in _SENTENCE.finditer(text) if m.group().strip()]
        questions = [p for p in parts if p.endswith("?")]
        if not questions:
            if "open_question" not in codes and "closed_question" not in codes:
                return [], False, ""
            questions = parts[-1:]  # asked without a question mark
        questions = [q for q in questions if not acts_in(q, coded.lang, ("check",))]
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

    def _listen(self, coded: Coded, last_said: str | None) -> Listening:
        """How the turn listens, checked against everything the employee told so far."""
        told = [f.text for f in self.revealed_facts()]
        told += [layer.text for layer in self.told_layers()]
        return read_listening(coded, last_said, told)  # type: ignore[arg-type]

    def _move_trust(self, codes: list[str], closed_only: bool, listening: Listening) -> None:
        s = self.state
        traits = self.persona.traits
        up = (0.5 + traits.openness) * self.profile.gain
        down = (0.5 + traits.sensitivity) * self.profile.sensitivity
        gain = sum(GAINS.get(c, 0.0) for c in codes) + LISTENING_GAINS[listening.kind]
        delta = gain * up if gain > 0 else gain * down
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

    def disclosures(self) -> Disclosures:
        """What the employee shared, and how deep each fact went."""
        depth = self.state.depth
        return Disclosures(
            revealed=list(self.state.revealed),
            total=len(self.persona.facts),
            depth={f: 1 + depth.get(f, 0) for f in self.state.revealed},
            max_depth={f.id: f.depth for f in self.persona.facts},
            leave=[f.id for f in self.persona.facts if f.theme == "leave"],
        )

    def told_layers(self) -> list[Layer]:
        """The deeper layers told so far, fact by fact."""
        out: list[Layer] = []
        for fact_id, told in self.state.depth.items():
            out += self.persona.fact(fact_id).layers[:told]
        return out

    def _next_layer(self, fact_id: str) -> Layer | None:
        """The fact's next layer, when trust has reached the depth it lies at."""
        fact = self.persona.fact(fact_id)
        told = self.state.depth.get(fact_id, 0)
        if told >= len(fact.layers):
            return None
        if self.state.trust < self.threshold(fact) + LAYER_TRUST * (told + 1):
            return None
        self.state.depth[fact_id] = told + 1
        return fact.layers[told]

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
            depth={k: int(v) for k, v in dict(data.get("depth", {})).items() if k in known},
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
