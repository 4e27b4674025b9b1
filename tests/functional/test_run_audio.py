"""`staysim run --audio DIR`: espeak-ng WAVs heard through the fake server, coded and timed."""

import json

import fake_audio
import fake_openai as fake
import pytest
from voice_helpers import needs_espeak, write_turns

from simulator import paths
from simulator.cli import main
from simulator.store import Store

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

fake_openai = fake.fake_openai
SCRIPT = paths.PROJECT_DIR / "tests" / "scripts" / "stille-senior.good.txt"


@pytest.fixture
def speech_server(fake_openai, monkeypatch, staysim_home):
    """The fake server for speech only: one attempt and short time-outs via config.json."""
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-voice-key")
    staysim_home.mkdir(parents=True, exist_ok=True)
    (staysim_home / "config.json").write_text(
        json.dumps({"max_attempts": 1, "speech_timeout": 1.5})
    )
    return fake_openai


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["run", "--scenario", "stille-senior", "--backend", "offline", *args])
    out, err = capsys.readouterr()
    return code, out, err


@needs_espeak
@pytest.mark.slow
def test_spoken_good_script_codes_as_the_text_and_times_its_speech(
    speech_server, tmp_path, capsys
):
    lines = [x.strip() for x in SCRIPT.read_text(encoding="utf-8").splitlines() if x.strip()]
    spoken = write_turns(tmp_path / "turns", lines, speech_server)
    code, out, err = _run(capsys, "--script", str(SCRIPT), "--json")
    assert code == 0, err
    typed = json.loads(out)
    code, out, err = _run(capsys, "--audio", str(tmp_path / "turns"), "--tts", "openai", "--json")
    assert code == 0, err
    heard = json.loads(out)
    assert [t["codes"] for t in heard["transcript"]] == [t["codes"] for t in typed["transcript"]]
    assert [t["text"] for t in heard["transcript"] if t["speaker"] == "manager"] == lines
    metrics = heard["metrics"]
    assert metrics["talk_share_basis"] == "seconds"
    assert metrics["manager_speaking_seconds"] == pytest.approx(sum(spoken), rel=0.10)
    replies = [t for t in heard["transcript"] if t["speaker"] == "employee"]
    said = sum(fake_audio.speech_seconds(t["text"]) for t in replies)
    assert metrics["employee_speaking_seconds"] == pytest.approx(said, rel=0.10)
    share = metrics["manager_speaking_seconds"] / (
        metrics["manager_speaking_seconds"] + metrics["employee_speaking_seconds"])
    assert metrics["manager_talk_share"] == pytest.approx(share, abs=0.002)
    managers = [t for t in heard["transcript"] if t["speaker"] == "manager"]
    for turn, seconds in zip(managers, spoken, strict=True):
        assert turn["seconds"] == pytest.approx(seconds, rel=0.10)
        assert turn["pause"] == pytest.approx(1.0, abs=0.1)  # the silence before each WAV
    listening = next(d for d in heard["dimensions"] if d["name"] == "listening")
    assert "van de spreektijd van jou" in listening["shown"]
    assert not [f for f in heard["findings"] if f["code"] in ("interruption", "no_pause")]
    # The typed run keeps its shape: no voice keys.
    assert "talk_share_basis" not in typed["metrics"] and "seconds" not in typed["transcript"][1]
    assert "van de woorden van jou" in next(
        d["shown"] for d in typed["dimensions"] if d["name"] == "listening")
    saved = Store.open(paths.database_path()).load_session(heard["session"])
    assert saved is not None and saved.turns[1].seconds == managers[0]["seconds"]
    assert not (paths.home() / "audio").exists()  # audio is not stored unless asked


@needs_espeak
def test_the_text_report_shows_seconds_and_kept_audio_is_owner_only(
    speech_server, tmp_path, capsys
):
    lines = ["Wat geeft je energie in je werk?", "Wat zou je willen veranderen?"]
    write_turns(tmp_path / "turns", lines, speech_server, silence_before=0.1)
    code, out, err = _run(capsys, "--audio", str(tmp_path / "turns"), "--tts", "espeak",
                          "--keep-audio")
    assert code == 0, err
    assert "speech to text: openai, text to speech: espeak" in out
    assert "Leidinggevende: Wat geeft je energie in je werk?" in out
    assert "(jij " in out and " s gesproken na 0,1 s stilte; medewerker " in out
    assert "geen stilte" in out  # both turns began within half a second: one finding
    kept = sorted(p.name for p in (paths.home() / "audio" / "session-1").iterdir())
    assert kept == ["000-employee.wav", "001-manager.wav", "002-employee.wav",
                    "003-manager.wav", "004-employee.wav"]
    assert (paths.home() / "audio" / "session-1" / "001-manager.wav").stat().st_mode & 0o077 == 0
    assert main(["export", "1", "--format", "md"]) == 0
    exported = capsys.readouterr().out
    assert "Spreektijd geteld in" in exported and "seconden spraak" in exported
    assert "Spreektijd leidinggevende (s)" in exported


def _one_line_error(code: int, err: str, *parts: str) -> None:
    assert code == 2
    lines = [x for x in err.splitlines() if x.startswith("staysim:")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for part in parts:
        assert part in lines[0], lines[0]


@needs_espeak
def test_a_file_that_is_no_wav_or_holds_no_speech_is_named(speech_server, tmp_path, capsys):
    from simulator.voice.audio import Clip

    folder = tmp_path / "turns"
    write_turns(folder, ["Wat geeft je energie?"], speech_server)
    (folder / "02.wav").write_text("dit is geen geluid\n", encoding="utf-8")
    code, _, err = _run(capsys, "--audio", str(folder))
    _one_line_error(code, err, f"{folder / '02.wav'}: not a WAV file")
    Clip.silence(2.0).write_wav(folder / "02.wav")
    code, _, err = _run(capsys, "--audio", str(folder))
    _one_line_error(code, err, f"{folder / '02.wav'}: no speech detected (2.0s of audio)")
    assert Store.open(paths.database_path()).list_sessions() == []  # no half session


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("401", "refused the API key (401); check OPENAI_API_KEY"),
        ("429", "kept rate limiting requests (429)"),
        ("500", "failed (500); try again later"),
        ("slow", "did not answer within 1.5s; is it running?"),
    ],
)
def test_a_failing_transcription_names_the_file_in_one_line(
    speech_server, tmp_path, capsys, fault, message
):
    from simulator.voice.audio import Clip

    folder = tmp_path / "turns"
    folder.mkdir()
    Clip.tone(1.0).write_wav(folder / "01.wav")
    if fault == "slow":
        speech_server.slow_first_byte(3.0)
    else:
        speech_server.fail(int(fault))
    code, _, err = _run(capsys, "--audio", str(folder))
    _one_line_error(code, err, f"{folder / '01.wav'}: the speech server at", message)
    assert "sk-test-voice-key" not in err
    assert (folder / "01.wav").exists()  # the turn's audio is kept for a retry


def test_a_server_that_is_down_is_one_line(monkeypatch, tmp_path, capsys, staysim_home):
    from simulator.voice.audio import Clip

    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    staysim_home.mkdir(parents=True)
    (staysim_home / "config.json").write_text(json.dumps({"max_attempts": 1}))
    Clip.tone(1.0).write_wav(tmp_path / "01.wav")
    code, _, err = _run(capsys, "--audio", str(tmp_path))
    _one_line_error(code, err, "01.wav: could not reach the speech server at http://127.0.0.1:9")


def test_a_failing_spoken_reply_is_one_line_and_the_session_stays(speech_server, tmp_path, capsys):
    from simulator.voice.audio import Clip

    Clip.tone(1.0).write_wav(tmp_path / "01.wav")
    speech_server.push(fake.Plan("reply"))  # the transcription
    speech_server.fail(500)  # the opening line, spoken
    code, _, err = _run(capsys, "--audio", str(tmp_path), "--tts", "openai")
    _one_line_error(code, err, "(/v1/audio/speech) failed (500)", "session 1 saved, unfinished")


def test_folders_without_wavs_and_unusable_settings_are_usage_errors(
    speech_server, tmp_path, capsys
):
    code, _, err = _run(capsys, "--audio", str(tmp_path / "nope"))
    _one_line_error(code, err, "nope: no such folder")
    code, _, err = _run(capsys, "--audio", str(tmp_path))
    _one_line_error(code, err, "no .wav files")
    code, _, err = _run(capsys, "--audio", str(tmp_path), "--stt", "none")
    _one_line_error(code, err, "run --audio needs speech to text")
    code, _, err = _run(capsys, "--audio", str(tmp_path), "--tts-voice=-w /etc/passwd")
    _one_line_error(code, err, "--tts-voice: must be a voice name: letters, digits,")
