"""How the session store fails: SQLite errors and unreadable rows as one StoreError line
naming the file, and a wait while another connection holds the database locked."""

import functools
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from simulator.errors import ActionableError

if TYPE_CHECKING:
    from simulator.store import Store


class StoreError(ActionableError):
    """The session store cannot be opened or written."""


F = TypeVar("F", bound=Callable[..., Any])


def guarded(action: str) -> Callable[[F], F]:
    """SQLite failures (disk full, locked past the busy timeout, a damaged page) and
    unreadable rows become one clear StoreError naming the file, never a traceback; `action`
    is the message key of what failed."""

    def wrap(method: F) -> F:
        @functools.wraps(method)
        def method_guarded(self: "Store", *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except (sqlite3.Error, ValueError) as exc:
                raise StoreError.of(action, path=self.path, reason=exc) from None

        return method_guarded  # type: ignore[return-value]

    return wrap


def cannot_open(path: Path, reason: object) -> StoreError:
    return StoreError.of("errors_store.cannot_open", path=path, reason=reason)


def when_unlocked(step: Callable[[], Any], seconds: float = 10.0) -> Any:
    """Run `step`, trying again while another connection holds the database locked."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return step()
        except sqlite3.OperationalError as exc:
            locked = "locked" in str(exc) or "busy" in str(exc)
            if not locked or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
