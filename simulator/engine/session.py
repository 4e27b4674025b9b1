"""The practice session turn loop, independent of any UI: save, direct, voice, save."""

from collections.abc import AsyncIterator
from functools import partial
from typing import Any

from simulator.domain.assignment import AssignmentPack
from simulator.domain.persona import Persona
from simulator.domain.scenario import Scenario
from simulator.domain.scorecard import Disclosures, Metrics, Scorecard
from simulator.domain.session import Turn, TurnStatus, counted_turns
from simulator.engine.actor import Actor, ActorContext, Restart, make_actor
from simulator.engine.backend import BackendInfo, EngineError
from simulator.engine.batching import batched, in_thread
from simulator.engine.director import Decision, Director
from simulator.engine.offline import OfflineActor
from simulator.library import Library
from simulator.store import Store


class PracticeSession:
    """One conversation: every turn is committed to the store as it happens."""

    def __init__(
        self,
        store: Store,
        session_id: int,
        scenario: Scenario,
        persona: Persona,
        backend: BackendInfo,
        actor: Actor | None = None,
    ) -> None:
        self.store = store
        self.session_id = session_id
        self.scenario = scenario
        self.persona = persona
        self.backend = backend
        self.director = Director(persona, scenario)
        self.actor: Actor = actor or make_actor(backend, persona, scenario)
        self.turns: list[Turn] = []
        self._codes: dict[int, list[str]] = {}  # manager turn index -> codes
        self._pending: tuple[str, Decision] | None = None

    # Creating and resuming

    @classmethod
    def start(
        cls,
        store: Store,
        scenario: Scenario,
        persona: Persona,
        backend: BackendInfo,
        assignment: AssignmentPack | None = None,
    ) -> "PracticeSession":
        """A new session; under an `assignment` it is an attempt, refused when none are left."""
        if assignment is not None:
            used = len(store.assignment_sessions(assignment.id))
            if used >= assignment.attempts:
                raise EngineError.of(
                    "errors_engine.no_attempts",
                    id=assignment.id,
                    used=used,
                    attempts=assignment.attempts,
                )
        actor = make_actor(backend, persona, scenario)
        session_id = store.create_session(
            scenario.id,
            backend.name,
            backend.model,
            scenario.language,
            assignment.id if assignment is not None else None,
        )
        session = cls(store, session_id, scenario, persona, backend, actor)
        opening = scenario.opening or persona.lines.opening[0]
        index = store.append_turn(session_id, "employee", opening)
        session.turns.append(Turn(index=index, speaker="employee", text=opening))
        if isinstance(actor, OfflineActor):
            actor.remember([opening])
        store.save_state(session_id, session._state(None))
        return session

    @classmethod
    def resume(
        cls, store: Store, session_id: int, library: Library, backend: BackendInfo
    ) -> "PracticeSession":
        """Rebuild the director's state by replaying the saved manager turns."""
        saved = store.load_session(session_id)
        if saved is None:
            raise EngineError.of("errors_engine.no_session", session=session_id)
        scenario = library.scenarios.get(saved.scenario or "")
        if scenario is None:
            raise EngineError.of(
                "errors_engine.scenario_gone", session=session_id, scenario=saved.scenario
            )
        persona = library.personas.get(scenario.persona)
        if persona is None:
            raise EngineError.of(
                "errors_engine.unknown_persona", scenario=scenario.id, persona=scenario.persona
            )
        session = cls(store, session_id, scenario, persona, backend)
        prev: str | None = None
        for turn in saved.turns:
            session.turns.append(turn)
            if turn.speaker == "manager":
                decision = session._direct(turn, prev)
                session._pending = (turn.text, decision)
            else:
                prev = turn.text
        if isinstance(session.actor, OfflineActor):
            session.actor.remember(t.text for t in saved.turns if t.speaker == "employee")
        return session

    # The turn loop

    def say(self, manager_text: str) -> Turn:
        """Code, direct and save the manager turn, all or nothing; blocking (coder, store), so
        the app calls it in a thread. Once it returns, the turn is on disk."""
        text = manager_text.strip()
        if not text:
            raise EngineError.of("errors_engine.type_first")
        from simulator.scoring import code_utterance

        last_said = self._last_employee_text()
        coded = code_utterance(text, self.scenario.language, last_said)
        before = self.director.to_state()
        decision = self.director.step(coded, last_said)
        try:
            index = self.store.append_turn(
                self.session_id, "manager", text, state=self._state(decision)
            )
        except BaseException:
            # Not saved, so not said: the director forgets it too, and a retry starts clean.
            self.director = Director.from_state(self.persona, self.scenario, before)
            raise
        turn = Turn(index=index, speaker="manager", text=text)
        self.turns.append(turn)
        self._codes[index] = list(coded.codes)
        self._pending = (text, decision)
        return turn

    def time_turn(self, turn: Turn, seconds: float | None, pause: float | None = None) -> Turn:
        """Save a voice turn's seconds of speech and the silence before it; blocking."""
        self.store.time_turn(self.session_id, turn.index, seconds, pause)
        timed = turn.model_copy(update={"seconds": seconds, "pause": pause})
        self.turns = [timed if t.index == turn.index else t for t in self.turns]
        return timed

    def unanswered(self) -> bool:
        """Whether the last manager turn still waits for a whole reply (after a failure, a
        stop or a crash): then `answer` can be asked for it again."""
        return self._pending is not None and not any(
            turn.status == "complete" for turn in self._replies()
        )

    async def answer(self) -> AsyncIterator[str]:
        """Stream and save the reply to the last manager turn; again after a failure."""
        if self._pending is None or not self.unanswered():
            raise EngineError.of("errors_engine.nothing_to_answer")
        text, decision = self._pending
        async for chunk in self._voice(text, decision):
            yield chunk

    async def reply(self, manager_text: str) -> AsyncIterator[str]:
        """Save the manager turn, let the director decide, stream and save the reply."""
        self.say(manager_text)
        async for chunk in self.answer():
            yield chunk

    async def retry(self) -> AsyncIterator[str]:
        """Answer the last manager turn again (after a failure) without saving it again."""
        async for chunk in self.answer():
            yield chunk

    async def _voice(self, manager_text: str, decision: Decision) -> AsyncIterator[str]:
        context = ActorContext(
            persona=self.persona,
            scenario=self.scenario,
            decision=decision,
            manager_text=manager_text,
            history=self._history_before_last_manager(),
            allowed_facts=[self.persona.fact(i) for i in decision.revealed_ids],
            allowed_layers=self.director.told_layers(),
        )
        turn = self._reply_slot()
        text = ""
        finished = False
        try:
            # Saved before it is yielded, so what anyone was shown is on disk (kill -9 safe).
            async for piece in batched(self.actor.stream(context)):
                if isinstance(piece, Restart):
                    # The first broken-off attempt stays as it was; later ones share one row.
                    turn, text = self._reply_slot(), ""
                    yield piece
                    continue
                if not piece:
                    continue
                text += piece
                turn = await self._write(turn, text, "interrupted")
                yield piece
            if turn is None or not text:
                raise EngineError.of("errors_engine.empty_reply", retryable=True)
            finished = True
        finally:
            if turn is not None and text:
                await self._write(turn, text, "complete" if finished else "interrupted")

    def _replies(self) -> list[Turn]:
        """The employee rows after the last manager turn."""
        last = max((i for i, t in enumerate(self.turns) if t.speaker == "manager"), default=None)
        return [] if last is None else self.turns[last + 1 :]

    def _reply_slot(self) -> Turn | None:
        """The row the next attempt writes: a new one, unless a broken-off attempt is kept
        already; so a reply leaves at most one broken-off row, however often it breaks."""
        replies = self._replies()
        return replies[-1] if len(replies) >= 2 else None

    async def _write(self, turn: Turn | None, text: str, status: TurnStatus) -> Turn:
        return await in_thread(partial(self._write_now, turn, text, status))

    def _write_now(self, turn: Turn | None, text: str, status: TurnStatus) -> Turn:
        # Memory follows the disk in the same thread, so a cancelled caller loses neither.
        if turn is None:
            index = self.store.append_turn(self.session_id, "employee", text, status)
            turn = Turn(index=index, speaker="employee", text=text, status=status)
            self.turns.append(turn)
            return turn
        self.store.update_turn(self.session_id, turn.index, text, status)
        turn.text, turn.status = text, status
        return turn

    def _direct(self, turn: Turn, prev: str | None) -> Decision:
        from simulator.scoring import code_utterance

        coded = code_utterance(turn.text, self.scenario.language, prev)
        self._codes[turn.index] = list(coded.codes)
        return self.director.step(coded, prev)

    def _last_employee_text(self) -> str | None:
        for turn in reversed(self.turns):
            if turn.speaker == "employee":
                return turn.text
        return None

    def _history_before_last_manager(self) -> list[tuple[str, str]]:
        last = max((i for i, t in enumerate(self.turns) if t.speaker == "manager"), default=None)
        turns = self.turns if last is None else self.turns[:last]
        return [(t.speaker, t.text) for t in counted_turns(turns)]

    def _state(self, decision: Decision | None) -> dict[str, Any]:
        return {
            "director": self.director.to_state(),
            "backend": self.backend.name,
            "last_decision": decision.as_dict() if decision else None,
        }

    async def aclose(self) -> None:
        """Release the backend's connections (the LLM client); the session stays saved."""
        close = getattr(self.actor, "aclose", None)
        if close is not None:
            await close()

    # What the app shows

    @property
    def revealed(self) -> list[str]:
        return self.director.revealed

    @property
    def trust(self) -> float:
        return self.director.trust

    def conversation(self) -> list[tuple[str, str]]:
        """The turns that count (see `counted_turns`): what is scored and shown as metrics."""
        return [(t.speaker, t.text) for t in counted_turns(self.turns)]

    def metrics(self) -> Metrics:
        from simulator.scoring import live_metrics

        return live_metrics(self.conversation(), self.scenario.language)

    def last_codes(self) -> list[str]:
        for turn in reversed(self.turns):
            if turn.speaker == "manager":
                return list(self._codes.get(turn.index, []))
        return []

    def disclosures(self) -> Disclosures:
        return self.director.disclosures()

    def finish(self) -> Scorecard:
        """Score the conversation with its disclosures and mark the session finished."""
        from simulator.engine.outcome import scenario_scorecard

        # Turn objects: a voice turn's seconds come along.
        card = scenario_scorecard(counted_turns(self.turns), self.scenario, self.persona,
                                  self.director)
        self.store.finish_session(self.session_id, card)
        return card
