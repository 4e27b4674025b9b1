"""Before the first turn: the coder's weights read off the event loop, then the heap frozen."""

import asyncio
import gc


async def settle_heap() -> None:
    """Read the coder's model in a thread, then move everything long-lived out of the
    collector's way (`gc.freeze`): a full collection then walks only what the session adds,
    instead of stalling typing for a third of a second over the model and the library."""
    from simulator.scoring.model import load_model

    await asyncio.to_thread(load_model)
    gc.freeze()
