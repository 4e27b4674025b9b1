"""Hostile transcripts for `staysim score` and hostile lines for `staysim code`.

Each gives exit 1 or 2 with a one-line reason, or is handled; never a traceback or a hang,
and text is shown, never obeyed (no live markup, script or terminal escape sequence).
"""

import json
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from hostile_text import HOSTILE, INLINE

from simulator.cli import main
from simulator.transcripts import MAX_BYTES

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

ROOT = Path(__file__).resolve().parents[2]


def _score(capsys, path: Path, *extra: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["score", str(path), *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


def _refused(capsys, path: Path, reason: str) -> None:
    # CPU time, not wall time: the bound is on the work done, whatever else the machine runs.
    started = time.process_time()
    code, out, err = _score(capsys, path)
    assert time.process_time() - started < 10
    assert code == 2, (out, err)
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"staysim: {path}"), err
    assert reason in err


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"\n  \n\t\n", "empty file"),
        ("binary.txt", bytes(range(256)) * 64, "binary file"),
        ("image.vtt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary file"),
        ("latin-1.txt", "Manager: Hoe gaat het?\nJan: café.\n".encode("latin-1"), ":2: not UTF-8"),
        ("no-names.txt", b"just some words\nwithout any speaker\n", ":1: expected 'Name: text'"),
        ("one-speaker.txt", b"Manager: hoi\nManager: nog eens\n", "only one speaker"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("big-int.json", b'{"transcript": [], "n": ' + b"9" * 5000 + b"}", "not valid JSON"),
        ("broken.json", b'{"transcript": [', "not valid JSON"),
        ("wrong.json", b'{"transcript": "hoi"}', '"transcript" list'),
        ("wrong-turn.json", b'{"transcript": [{"speaker": 3}]}', "transcript[0].speaker"),
        ("no-text.json", b'{"transcript": [{"speaker": "manager"}]}', "transcript[0].text"),
        ("cue.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nzonder spreker\n", "without a speaker"),
    ],
)  # fmt: skip
def test_broken_transcripts_are_refused_with_one_line(tmp_path, capsys, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    _refused(capsys, path, reason)


def test_utf16_with_a_byte_order_mark_is_read(tmp_path, capsys):
    path = tmp_path / "teams.txt"
    path.write_bytes("Manager: Wat geeft je energie?\nJan: Het team.\n".encode("utf-16"))
    code, out, err = _score(capsys, path, "--json")
    assert code == 0, err
    assert json.loads(out)["metrics"]["open_questions"] == 1


def test_missing_file_and_folder(tmp_path, capsys):
    _refused(capsys, tmp_path / "missing.txt", "no such file")
    _refused(capsys, tmp_path, "is a folder")


def test_over_20_mb_is_refused_without_reading_it_all(tmp_path, capsys):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 1 GB on disk costs nothing
        handle.truncate(1_000_000_000)
    tracemalloc.start()
    try:
        _refused(capsys, path, "too large")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MAX_BYTES * 2
    just_over = tmp_path / "just-over.txt"
    just_over.write_bytes(b"Manager: hoi\nJan: hoi\n" + b"x" * MAX_BYTES)
    _refused(capsys, just_over, "too large")


def test_a_device_that_never_ends_is_refused(capsys):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    _refused(capsys, Path("/dev/zero"), "is a device, not a regular file")


def test_20_mb_transcript_is_handled_in_bounded_time(tmp_path, capsys):
    head = "Manager: Waar kijk je elke werkdag het meest naar uit?\nMedewerker: "
    words = "het team en de klanten "
    path = tmp_path / "twenty.txt"
    path.write_text(head + words * ((MAX_BYTES - len(head) - 1) // len(words)) + "\n")
    assert MAX_BYTES - 64 < path.stat().st_size <= MAX_BYTES
    started = time.process_time()
    code, out, err = _score(capsys, path, "--json")
    assert code == 0, err
    assert time.process_time() - started < 60
    card = json.loads(out)
    assert card["metrics"]["open_questions"] == 1
    assert card["metrics"]["manager_talk_share"] < 0.001


def test_one_line_of_1_mb(tmp_path, capsys):
    line = "Wat geeft je energie, en waarom is dat zo? " * (1_000_000 // 44)
    path = tmp_path / "line.txt"
    path.write_text(f"Manager: {line}\nMedewerker: Het team.\n", encoding="utf-8")
    started = time.process_time()
    code, out, err = _score(capsys, path, "--json")
    assert code == 0, err
    assert time.process_time() - started < 30
    card = json.loads(out)
    assert card["transcript"][0]["text"] == line.strip()
    assert card["metrics"]["open_questions"] >= 1
    # A 1 MB line that is no conversation at all.
    nameless = tmp_path / "nameless.txt"
    nameless.write_text("x" * 1_000_000, encoding="utf-8")
    _refused(capsys, nameless, ":1: expected 'Name: text'")


@pytest.mark.parametrize("suffix", ["txt", "vtt", "srt", "json"])
def test_script_markup_and_escapes_in_a_transcript_stay_inert(tmp_path, capsys, suffix):
    question = f"Loopt {INLINE} alles nog?"
    answer = f"Het team. {HOSTILE}"
    if suffix == "txt":
        text = f"Manager: {question}\nJan: {answer}\n"
    elif suffix == "vtt":
        text = (
            f"WEBVTT\n\n00:00.000 --> 00:02.000\n<v Manager>{question}</v>\n\n"
            f"00:02.000 --> 00:04.000\n<v Jan>{answer}</v>\n"
        )
    elif suffix == "srt":
        text = (
            f"1\n00:00:00,000 --> 00:00:02,000\nManager: {question}\n\n"
            f"2\n00:00:02,000 --> 00:00:04,000\nJan: {answer}\n"
        )
    else:
        text = json.dumps(
            {"transcript": [{"speaker": "manager", "text": question},
                            {"speaker": "employee", "text": answer}]}
        )  # fmt: skip
    path = tmp_path / f"hostile.{suffix}"
    path.write_text(text, encoding="utf-8")
    code, out, err = _score(capsys, path)
    assert code == 0, err
    # The report is plain text in a terminal: no escape or control character gets through.
    assert not any(ch in out for ch in "\x1b\x07\x9b"), repr(out)
    # The finding quotes the question: markup appears as typed (cue formats drop tags).
    assert "[bold red]vet[/]" in out, out
    if suffix in ("txt", "json"):
        assert "<script>alert(1)</script> [bold red]vet[/]" in out
    code, out, err = _score(capsys, path, "--json")
    assert code == 0
    assert "\x1b" not in out and "\\u001b" in out
    card = json.loads(out)
    assert "[bold red]vet[/]" in card["transcript"][0]["text"]


def test_the_real_command_never_shows_a_traceback(tmp_path):
    cases = {
        "deep.json": b"[" * 100_000,
        "bin.srt": b"\x00\x01\x02" * 1000,
        "latin.vtt": "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Bé>é</v>\n".encode("latin-1"),
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        result = subprocess.run(
            [sys.executable, "-m", "simulator", "score", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
        )
        assert result.returncode == 2, (name, result.stderr)
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_staysim_code_reports_hostile_lines_and_codes_the_rest():
    lines = [
        "[" * 100_000,
        '{"n": ' + "9" * 5000 + "}",
        "\udcff not json",
        '{"text": "Wat geeft je energie?"}',
    ]
    result = subprocess.run(
        [sys.executable, "-m", "simulator", "code"],
        input="\n".join(lines).encode("utf-8", "surrogateescape") + b"\n",
        capture_output=True,
        timeout=60,
        cwd=ROOT,
    )
    err = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in err
    assert "stdin:1: not valid JSON (nested too deeply)" in err
    assert "stdin:2: not valid JSON" in err
    *failed, coded = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [f["line"] for f in failed] == [1, 2, 3] and all(f["error"] for f in failed)
    assert coded["codes"] == ["open_question"]
