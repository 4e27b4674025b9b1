"""Disclosure: which fact, or which deeper layer of a told fact, the employee shares."""

import re
from dataclasses import dataclass

from simulator.domain.persona import Fact, Layer, Persona
from simulator.engine.asking import Candidates, Turn
from simulator.engine.decision import DirectorState
from simulator.engine.trust import CLOSED_MARGIN, LAYER_TRUST

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


@dataclass(frozen=True)
class Told:
    """What the employee tells this turn, and the themes left to answer from."""

    reveal: Fact | None  # a new fact
    focus: str  # an already shared fact the turn asks about
    layer: Layer | None  # the deeper layer of `focus` now told
    pointed: str | None  # the theme of the fact the turn points at, told or not
    candidates: Candidates


class Disclosure:
    """The persona's facts against the director's state, in one scenario's difficulty."""

    def __init__(self, persona: Persona, state: DirectorState, fact_offset: float) -> None:
        self.persona = persona
        self.state = state
        self.fact_offset = fact_offset

    def threshold(self, fact: Fact) -> float:
        """The trust this fact needs in this scenario (difficulty shifts every level)."""
        return min(0.95, max(0.0, fact.trust + self.fact_offset))

    def hidden_facts(self) -> list[Fact]:
        return [f for f in self.persona.facts if f.id not in self.state.revealed]

    def tell(self, turn: Turn, candidates: Candidates, on_story: bool) -> Told:
        """At most one new fact; else, for a turn on a told fact, perhaps its next layer."""
        s = self.state
        focus, pointed, candidates = self._aim(turn, candidates)
        # A formula, or words they did not say, with no question after it earns nothing more
        # of the story: neither more of the last one nor a new one.
        unheard = not on_story and turn.has_reflection and not turn.question
        if unheard:
            focus = ""
        if turn.has_reflection and "burden" in turn.acts:
            # "Dat zit je nog steeds dwars": never answered with what gives energy or meaning.
            candidates = [c for c in candidates if c[0] not in ("energy", "meaning")]
        held = turn.pulled_back or focus or unheard
        reveal = None if held else self.pick_fact(candidates)
        if reveal is not None:
            s.revealed.append(reveal.id)
        if focus:
            pointed = self.persona.fact(focus).theme
        s.last_fact = reveal.id if reveal else focus
        layer = None
        if focus and (on_story or (turn.question and turn.has_open)):
            # What lies under it, for one who listened, or who returns to it with an open
            # question ("Je zwager wil je erbij als compagnon. Wat maakt dat je twijfelt?").
            layer = self.next_layer(focus)
        return Told(reveal, focus, layer, pointed, candidates)

    def _aim(self, turn: Turn, candidates: Candidates) -> tuple[str, str | None, Candidates]:
        """The told fact the turn asks about (to deepen), or the theme of a hidden fact it
        names (put first), and the candidates then."""
        s = self.state
        if turn.leaves_room and s.last_fact:
            return s.last_fact, None, candidates  # a silence after a story: more of it
        talks = turn.question or turn.has_reflection
        if not talks or turn.steps or turn.opinion or turn.pulled_back:
            return "", None, candidates
        if turn.question and "lukewarm" in turn.asks:
            # "Wat maakt dat het maar gaat wel is?": what weighs, not what is still fine.
            candidates = [("obstacles", 0.0)] + [c for c in candidates if c[0] != "obstacles"]
        matched = self.matched_fact(turn.question_text if turn.question else turn.text)
        if matched is not None and matched.id in s.revealed and "anything_else" in turn.asks:
            matched = None  # "wat nog meer?": something new, not the same again
        if matched is not None and matched.id in s.revealed:
            return matched.id, None, candidates  # what was shared: deepen it, switch to nothing
        if matched is not None:
            margin = 0.0 if turn.has_open else CLOSED_MARGIN
            return "", matched.theme, [(matched.id, margin)] + candidates
        if (
            turn.question
            and not turn.asked
            and s.last_fact
            and "deepen" in turn.asks
            and "anything_else" not in turn.asks
        ):
            return s.last_fact, None, candidates  # "Vertel eens meer daarover": deeper
        if (
            turn.has_reflection
            and not turn.question
            and s.last_fact
            and "commitment" not in turn.codes
        ):
            return s.last_fact, None, candidates  # a reflection continues their last topic
        return "", None, candidates

    def matched_fact(self, text: str) -> Fact | None:
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

    def pick_fact(self, candidates: Candidates) -> Fact | None:
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

    def told_layers(self) -> list[Layer]:
        """The deeper layers told so far, fact by fact."""
        out: list[Layer] = []
        for fact_id, told in self.state.depth.items():
            out += self.persona.fact(fact_id).layers[:told]
        return out

    def next_layer(self, fact_id: str) -> Layer | None:
        """The fact's next layer, when trust has reached the depth it lies at."""
        fact = self.persona.fact(fact_id)
        told = self.state.depth.get(fact_id, 0)
        if told >= len(fact.layers):
            return None
        if self.state.trust < self.threshold(fact) + LAYER_TRUST * (told + 1):
            return None
        self.state.depth[fact_id] = told + 1
        return fact.layers[told]

    def theme_open(self, theme: str) -> bool:
        """Whether the employee talks freely about a theme: a fact of it is out, or none hide."""
        facts = [f for f in self.persona.facts if f.theme == theme]
        if any(f.id in self.state.revealed for f in facts):
            return True
        return not facts and self.state.trust >= 0.5


def _content(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if w.casefold() not in _COMMON}


def _stem(word: str) -> str:
    return word.casefold()[:6]
