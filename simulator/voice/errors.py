"""The one error of the voice path: a failure the user can act on, in one line."""


class VoiceError(Exception):
    """No speech, a WAV that is not a WAV, a speech server down: `message` is one line.

    `retryable` is true when the same audio may succeed later (a server that was down, slow
    or rate limiting); the caller then keeps the audio, so a retry needs no re-recording.
    """

    def __init__(self, message: str, retryable: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable

    def __str__(self) -> str:
        return self.message
