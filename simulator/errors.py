"""The one shape of a failure the user can act on: a one-line message, and whether to retry."""


class ActionableError(Exception):
    """A failure the user can act on; `message` is one clear line without secrets.

    `retryable` is true when the same request may succeed later (a server that was down, slow
    or rate limiting), so the caller keeps what the user gave for the retry.
    """

    def __init__(self, message: str, retryable: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable

    def __str__(self) -> str:
        return self.message
