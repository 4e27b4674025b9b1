"""The employee's reply in the practice room: streamed into the conversation and spoken as
it comes, stopped by Esc, broken off by a failure; what arrived stays on screen, as it stays
saved."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from simulator.store import StoreError
from simulator.tui.i18n import t
from simulator.tui.warmup import keep_turn
from simulator.tui.widgets.conversation import Conversation
from simulator.tui.widgets.turn import TurnView

if TYPE_CHECKING:
    from simulator.tui.screens.practice import PracticeScreen


def _is_restart(chunk: object) -> bool:
    return type(chunk).__name__ == "Restart"


async def stream(screen: PracticeScreen) -> None:
    """The session's answer, chunk by chunk, into a new reply of the screen's conversation;
    run in the screen's reply worker, which Esc cancels."""
    conversation = screen.query_one(Conversation)
    reply = screen.current = await conversation.new_reply()
    chunks = screen.session.answer()
    screen.voice.out.start()
    try:
        async for chunk in chunks:
            if _is_restart(chunk):
                # The broken-off text stays as it was saved; the reply starts over below.
                if reply.text:
                    reply.set_status(t("practice.dropped", screen.lang))
                    reply = screen.current = await conversation.new_reply()
                continue
            if reply.status:
                reply.set_status("")
            reply.append(chunk)
            screen.voice.out.feed(chunk)
            # Chunks already queued arrive without a pause; without one, Esc could not land.
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        # Close the stream so the engine saves the partial reply as interrupted.
        await chunks.aclose()
        await _stopped(reply, screen.lang)
        raise
    except screen.failures as exc:
        await _failed(screen, reply, exc)
    else:
        reply.set_status("")
    finally:
        turns = screen.session.turns
        screen.voice.out.finish(turns[-1] if turns[-1].speaker == "employee" else None)
        screen.current = None
        screen.refresh_meters()
        keep_turn()


async def _stopped(reply: TurnView, lang: str) -> None:
    if reply.text:
        reply.set_status(t("practice.stopped", lang))
    else:
        await reply.remove()


async def _failed(screen: PracticeScreen, reply: TurnView, exc: BaseException) -> None:
    if reply.text:
        # What arrived before the failure stays on screen, as it stays saved.
        reply.set_status(t("practice.broken_off", screen.lang))
    else:
        await reply.remove()
    if isinstance(exc, StoreError):
        title, hint = t("practice.cannot_save", screen.lang), "practice.save_retry_hint"
    else:
        retryable = bool(getattr(exc, "retryable", True))
        hint = "practice.retry_hint" if retryable else "practice.settings_hint"
        title = t("practice.server_problem", screen.lang)
    await screen.query_one(Conversation).notice(title, exc, t(hint, screen.lang))
