"""The one shape of a failure the user can act on: a one-line message, and whether to retry."""

from typing import Any, Self


def message(key: str, **values: Any) -> str:
    """The catalogue's text for `key` in the user's language (`ui_language()`: STAYSIM_LANG,
    else the locale, else Dutch), rendered now, with `values` filled in.

    Values are codes, numbers, paths and the text of files or servers, never a secret; text
    from outside is made inert where the message is printed, as any other message. A float
    is written the language's way (2,5 in Dutch).
    """
    from simulator.language import ui_language
    from simulator.locale import number, t

    lang = ui_language()
    shown = {k: number(v, lang) if isinstance(v, float) else v for k, v in values.items()}
    return t(key, lang, **shown)


def decimal(value: float, places: int) -> str:
    """`value` with a fixed number of decimals, written the user's language's way."""
    from simulator.language import ui_language
    from simulator.locale import number

    return number(value, ui_language(), places)


class ActionableError(Exception):
    """A failure the user can act on; `message` is one clear line without secrets.

    `retryable` is true when the same request may succeed later (a server that was down, slow
    or rate limiting), so the caller keeps what the user gave for the retry.
    """

    def __init__(self, message: str, retryable: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable

    @classmethod
    def of(cls, key: str, retryable: bool = False, **values: Any) -> Self:
        """The error whose message is the catalogue's `key`, in the user's language."""
        return cls(message(key, **values), retryable)

    def __str__(self) -> str:
        return self.message
