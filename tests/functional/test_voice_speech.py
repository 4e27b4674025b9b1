"""Speech to text and text to speech against the local fake server and espeak-ng."""

import shutil

import fake_audio
import fake_openai as fake
import pytest

from simulator.config import ConfigError, load_settings
from simulator.voice.audio import Clip
from simulator.voice.errors import VoiceError
from simulator.voice.stt import OpenAITranscriber, make_transcriber
from simulator.voice.tts import EspeakSynthesiser, OpenAISynthesiser, make_synthesiser

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

fake_openai = fake.fake_openai


def _settings(server: fake.FakeOpenAI, **extra: object):
    values: dict[str, object] = {"max_attempts": 1, "speech_timeout": 1.0}
    values.update(extra)
    return fake.fake_settings(server.url, "sk-test-key", **values)


def test_a_clip_is_transcribed_by_the_server_in_the_scenarios_language(fake_openai):
    clip = Clip.tone(0.4)
    fake_openai.transcripts[fake_audio.sample_key(clip)] = "  Wat  geeft je\nenergie?  "
    transcriber = OpenAITranscriber(_settings(fake_openai, stt_model="whisper-large"))
    assert transcriber.transcribe(clip, "nl") == "Wat geeft je energie?"
    request = fake_openai.requests[-1]
    assert request.path == "/v1/audio/transcriptions"
    assert b'name="language"\r\n\r\nnl' in request.raw
    assert b'name="model"\r\n\r\nwhisper-large' in request.raw


@pytest.mark.parametrize(
    ("status", "expected", "retryable"),
    [
        (401, "refused the API key (401); check OPENAI_API_KEY", False),
        (429, "kept rate limiting requests (429)", True),
        (500, "failed (500); try again later", True),
        (404, "has no model 'whisper-1' or no such endpoint (404)", False),
    ],
)
def test_a_failing_transcription_is_one_line_without_the_key(
    fake_openai, status, expected, retryable
):
    fake_openai.fail(status)
    with pytest.raises(VoiceError) as caught:
        OpenAITranscriber(_settings(fake_openai)).transcribe(Clip.tone(0.2), "nl")
    message = caught.value.message
    assert expected in message
    assert f"127.0.0.1:{fake_openai.port}/v1 (/v1/audio/transcriptions)" in message
    assert "sk-test-key" not in message and "\n" not in message
    assert caught.value.retryable is retryable


def test_a_slow_or_absent_server_is_one_line(fake_openai):
    fake_openai.slow_first_byte(3.0)
    with pytest.raises(VoiceError, match=r"did not answer within 1s; is it running\?$"):
        OpenAITranscriber(_settings(fake_openai)).transcribe(Clip.tone(0.2), "nl")
    settings = fake.fake_settings("http://127.0.0.1:9/v1", "k", max_attempts=1)
    with pytest.raises(VoiceError, match=r"^could not reach the speech server at .*running\?$"):
        OpenAITranscriber(settings).transcribe(Clip.tone(0.2), "nl")


def test_the_server_speaks_a_wav_whose_length_follows_the_text(fake_openai):
    synthesiser = OpenAISynthesiser(_settings(fake_openai))
    clip = synthesiser.synthesise("Ik werk hier al zeven jaar.", "nl", "nova")
    assert clip.seconds == pytest.approx(fake_audio.speech_seconds("Ik werk hier al zeven jaar."))
    body = fake_openai.requests[-1].body
    assert body["voice"] == "nova" and body["response_format"] == "wav"
    assert body["input"] == "Ik werk hier al zeven jaar."


def test_the_voice_setting_wins_over_the_personas_voice(fake_openai):
    synthesiser = OpenAISynthesiser(_settings(fake_openai, tts_voice="echo"))
    synthesiser.synthesise("Ja.", "nl", "nova")
    assert fake_openai.requests[-1].body["voice"] == "echo"


def test_a_failing_speech_request_is_one_line(fake_openai):
    fake_openai.fail(500)
    with pytest.raises(VoiceError, match=r"\(/v1/audio/speech\) failed \(500\)"):
        OpenAISynthesiser(_settings(fake_openai)).synthesise("Ja.", "nl", None)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_espeak_speaks_dutch_and_refuses_an_unknown_voice_in_one_line():
    settings = load_settings(tts="espeak")
    clip = EspeakSynthesiser(settings).synthesise("Wat geeft je energie?", "nl", None)
    assert 0.8 < clip.seconds < 4.0
    with pytest.raises(VoiceError, match="^espeak-ng cannot speak with voice 'xx-nope'"):
        EspeakSynthesiser(settings).synthesise("Ja.", "nl", "xx-nope")


def test_espeak_missing_is_one_line(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(VoiceError, match="needs espeak-ng"):
        EspeakSynthesiser(load_settings(tts="espeak")).synthesise("Ja.", "nl", None)


def test_settings_come_from_the_environment_and_name_the_variable(monkeypatch):
    monkeypatch.setenv("STAYSIM_STT", "local")
    monkeypatch.setenv("STAYSIM_TTS", "espeak")
    monkeypatch.setenv("STAYSIM_TTS_VOICE", "nl+f3")
    settings = load_settings()
    assert (settings.stt, settings.tts, settings.tts_voice) == ("local", "espeak", "nl+f3")
    with pytest.raises(VoiceError, match="needs STAYSIM_STT_MODEL"):
        make_transcriber(settings)
    monkeypatch.setenv("STAYSIM_TTS", "loud")
    with pytest.raises(ConfigError, match="^STAYSIM_TTS: tts: "):
        load_settings()
    monkeypatch.setenv("STAYSIM_TTS", "none")
    monkeypatch.setenv("STAYSIM_TTS_VOICE", "-w/etc/passwd")
    with pytest.raises(ConfigError, match="^STAYSIM_TTS_VOICE: tts_voice: "):
        load_settings()


def test_speech_over_a_server_needs_one(monkeypatch):
    with pytest.raises(VoiceError, match="^STAYSIM_STT=openai needs OPENAI_BASE_URL"):
        make_transcriber(load_settings())
    with pytest.raises(VoiceError, match="^STAYSIM_TTS=openai needs OPENAI_BASE_URL"):
        make_synthesiser(load_settings(tts="openai"))
    assert make_synthesiser(load_settings()) is None
    assert make_transcriber(load_settings(stt="none")) is None


def test_local_stt_without_faster_whisper_is_one_line(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "faster_whisper", None)
    transcriber = make_transcriber(load_settings(stt="local", stt_model="/models/small"))
    assert transcriber is not None
    with pytest.raises(VoiceError, match=r"needs faster-whisper \(pip install faster-whisper\)$"):
        transcriber.transcribe(Clip.tone(0.2), "nl")


def test_a_refusal_names_the_credential_that_was_sent(fake_openai):
    # A user:password in the base URL goes out as Basic auth, in place of the API key.
    with_password = fake_openai.url.replace("http://", "http://coach:geheim@")
    settings = fake.fake_settings(with_password, "sk-test-key", max_attempts=1, speech_timeout=1.0)
    fake_openai.fail(401)
    with pytest.raises(VoiceError) as caught:
        OpenAITranscriber(settings).transcribe(Clip.tone(0.2), "nl")
    assert "refused the user name and password in OPENAI_BASE_URL (401)" in caught.value.message
    assert "geheim" not in caught.value.message
