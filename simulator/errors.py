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

    return render(key, ui_language(), values)


def render(key: str, lang: str, values: dict[str, Any]) -> str:
    """The catalogue's text for `key` in `lang`, with `values` filled in (a Phrase among them
    said in the same language)."""
    from simulator.locale import number, t

    def shown(value: Any) -> Any:
        if isinstance(value, Phrase):
            return value.said_in(lang)
        return number(value, lang) if isinstance(value, float) else value

    return t(key, lang, **{k: shown(v) for k, v in values.items()})


class Phrase:
    """A catalogue message kept as its key and values, to go inside another message ("the
    LLM server at URL"): worded in the language the whole message is said in."""

    def __init__(self, key: str, **values: Any) -> None:
        self.key = key
        self.values = values

    def said_in(self, lang: str) -> str:
        return render(self.key, lang, self.values)

    def __str__(self) -> str:
        return message(self.key, **self.values)


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

    key: str | None = None  # the catalogue's key, when the message came from it
    values: dict[str, Any] = {}

    @classmethod
    def said(cls, phrase: Phrase, retryable: bool = False) -> Self:
        """The error whose message is `phrase`, in the user's language."""
        return cls.of(phrase.key, retryable, **phrase.values)

    @classmethod
    def of(cls, key: str, retryable: bool = False, **values: Any) -> Self:
        """The error whose message is the catalogue's `key`, in the user's language."""
        error = cls(message(key, **values), retryable)
        error.key, error.values = key, values
        return error

    def said_in(self, lang: str) -> str:
        """The message in `lang`: a screen in the conversation's language says it in that
        language; a message not from the catalogue stays as it is."""
        return render(self.key, lang, self.values) if self.key else self.message

    def __str__(self) -> str:
        return self.message
