"""Work on a whole transcript at once: Python's cycle collector waits until it is done."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from threading import Lock

_lock = Lock()
_depth = 0  # batches at work, in every thread
_was_enabled = False  # whether the collector ran before the first of them began


@contextmanager
def cycles_later() -> Iterator[None]:
    """Coding and scoring make and drop many small sets, lists and tuples, none in a cycle.
    Python's cycle collector, run every few hundred of them, walks the caches of words and
    texts each time: an eighth of a long transcript's time. It waits until the work is done,
    then runs as before. The collector is one for the process: batches in several threads
    (the app scores and codes in workers) are counted, and the last to finish switches it
    back on, if it was on when the first began."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
