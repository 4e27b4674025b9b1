"""The one error of the voice path: a failure the user can act on, in one line."""

from simulator.errors import ActionableError


class VoiceError(ActionableError):
    """No speech, a WAV that is not a WAV, a speech server down: `message` is one line.

    When `retryable`, the caller keeps the audio, so a retry needs no re-recording.
    """
