"""Work on a whole transcript at once: Python's cycle collector waits until it is done."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycles_later() -> Iterator[None]:
    """Coding and scoring make and drop many small sets, lists and tuples, none in a cycle.
    Python's cycle collector, run every few hundred of them, walks the caches of words and
    texts each time: an eighth of a long transcript's time. It waits until the work is done,
    then runs as usual (nested uses keep it waiting until the outermost ends)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
