"""The practice room's heap: what lives long is kept out of the garbage collector's walk.

Python's full collection walks every tracked object; in a long session that is the model,
the library and a few hundred widgets with their render caches, a third of a second during
which no key echoes. So the heap is frozen (`gc.freeze`) once the model is read and again
after each reply: a collection then walks only what the turn in progress made. What a frozen
object leaves as cyclic garbage (a turn view scrolled out of the conversation) waits until
the practice room closes, when everything is thawed and collected once.
"""

import asyncio
import gc


async def settle_heap() -> None:
    """Read the coder's model in a thread, then freeze the heap before the first turn."""
    from simulator.scoring.model import load_model

    await asyncio.to_thread(load_model)
    gc.freeze()


def keep_turn() -> None:
    """After a reply: what the turn made and still holds moves out of the collector's walk."""
    gc.freeze()


def release_session() -> None:
    """When the practice room closes: collect what its turns left, then freeze what lives on."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
