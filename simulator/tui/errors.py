"""How the app tells the manager that something failed: one notification, no traceback."""

from textual.dom import DOMNode
from textual.worker import Worker, WorkerState

from simulator.errors import ActionableError
from simulator.tui.i18n import t
from simulator.tui.literal import plain


def error_text(exc: BaseException, lang: str | None = None) -> str:
    """One line for the user: the engine's or store's own message (in `lang` when given and
    the message is from the catalogue), else the exception's."""
    if lang is not None and isinstance(exc, ActionableError):
        return plain(exc.said_in(lang))
    return plain(getattr(exc, "message", None) or exc or type(exc).__name__)


def show_error(node: DOMNode, exc: BaseException, title: str, *, timeout: float = 8) -> None:
    """A notification with the error as text (file names and values in it are no markup)."""
    node.app.notify(error_text(exc), title=title, severity="error", timeout=timeout, markup=False)


def report_failed_worker(node: DOMNode, worker: Worker, state: WorkerState, lang: str) -> None:
    """A worker that died of an error nobody foresaw still says so, rather than nothing."""
    if state == WorkerState.ERROR and worker.error is not None:
        show_error(node, worker.error, t("app.failed", lang))
