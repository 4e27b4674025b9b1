"""`staysim code`: JSON Lines in, the same objects with codes out; bad lines named."""

import io
import json
import subprocess
import sys

import pytest

from simulator.cli import main

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")


def run_code(monkeypatch, capsys, text, *args):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    rc = main(["code", *args])
    out, err = capsys.readouterr()
    return rc, [json.loads(line) for line in out.splitlines()], err


def test_codes_added_in_order_keeping_other_keys(monkeypatch, capsys):
    lines = [
        {"text": "Loopt alles nog?", "id": 7},
        {"text": "Het klinkt alsof je vastloopt. Wat zou helpen?", "lang": "nl"},
        {"text": "Dat wachten remt je af.", "prev": "Het wachten op Hans remt me af."},
        {"text": "Can you tell me more?"},
    ]
    rc, out, err = run_code(monkeypatch, capsys, "".join(json.dumps(x) + "\n" for x in lines))
    assert rc == 0 and err == ""
    assert [o["codes"] for o in out] == [["closed_question"], ["reflection", "open_question"],
                                         ["reflection"], ["open_question"]]
    assert out[0]["id"] == 7 and out[2]["prev"].startswith("Het wachten")
    assert out[1]["evidence"][0]["span"] == "Het klinkt alsof"


def test_lang_option_is_the_default(monkeypatch, capsys):
    text = '{"text": "Why?"}\n{"text": "Why?", "lang": "nl"}\n'
    rc, out, _ = run_code(monkeypatch, capsys, text, "--lang", "en")
    assert rc == 0 and [o["codes"] for o in out] == [["open_question"], ["closed_question"]]


def test_bad_lines_are_named_and_the_rest_still_coded(monkeypatch, capsys):
    text = ('{"text": "Wat geeft je energie?"}\nnot json\n[1]\n{"text": 3}\n'
            '{"text": "x", "lang": "de"}\n\n{"text": "Ja maar."}\n')
    rc, out, err = run_code(monkeypatch, capsys, text)
    assert rc == 2
    # One output line per non-empty input line, so output pairs with input by position.
    assert len(out) == 6 and out[0]["codes"] == ["open_question"]
    assert out[-1]["codes"] == ["defensive"]
    assert [o["line"] for o in out[1:5]] == [2, 3, 4, 5]
    assert all(o["codes"] == [] and o["error"] for o in out[1:5])
    assert out[3]["text"] == 3  # the object's own keys are kept beside the error
    lines = err.strip().splitlines()
    assert lines[0].startswith("stdin:2: not valid JSON")
    assert lines[1].startswith("stdin:3: ") and lines[2].startswith("stdin:4: field \"text\"")
    assert lines[3].startswith("stdin:5: field \"lang\"")
    assert lines[-1] == "staysim: 4 line(s) of stdin could not be coded (see above)"


def test_console_script_round_trip():
    done = subprocess.run([sys.executable, "-m", "simulator", "code"],
                          input='{"text": "Ik zorg dat je opslag krijgt."}\n',
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0
    assert json.loads(done.stdout)["codes"] == ["promise"]


def test_an_endless_line_is_refused_without_filling_memory():
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "code"],
        input=b"x" * 3_000_000 + b'\n{"text": "Wat geeft je energie?"}\n',
        capture_output=True, timeout=30,
    )
    assert done.returncode == 2
    assert b"stdin:1: line longer than" in done.stderr
    first, second = [json.loads(line) for line in done.stdout.splitlines()]
    assert first["line"] == 1 and second["codes"] == ["open_question"]


def test_a_stream_that_never_ends_its_line_stops_with_a_reason():
    with open("/dev/zero", "rb") as zero:
        done = subprocess.run([sys.executable, "-m", "simulator", "code"], stdin=zero,
                              capture_output=True, timeout=60)
    assert done.returncode == 2
    assert b"input stopped" in done.stderr and b"Traceback" not in done.stderr


def test_a_line_sent_alone_is_answered_at_once_and_a_file_in_one_batch(tmp_path):
    # A program that writes one line and waits for its codes before the next is answered line
    # by line; lines waiting in a file are coded together, one output line per input line.
    proc = subprocess.Popen([sys.executable, "-m", "simulator", "code"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for text, codes in (("Wat geeft je energie?", ["open_question"]),
                            ("Loopt alles nog?", ["closed_question"])):
            proc.stdin.write((json.dumps({"text": text}) + "\n").encode())
            proc.stdin.flush()
            assert json.loads(proc.stdout.readline())["codes"] == codes
        # A line, and the start of the next one: the first is answered before the rest comes.
        proc.stdin.write(b'{"text": "Hoe gaat het?"}\n{"text": "Wat')
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline())["codes"] == ["open_question"]
        proc.stdin.write(b' helpt je?"}\n')
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline())["codes"] == ["open_question"]
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
    lines = [json.dumps({"text": "Wat geeft je energie?"}), "not json",
             json.dumps({"text": "Loopt alles nog?"})] * 50
    source = tmp_path / "lines.jsonl"
    source.write_text("".join(line + "\n" for line in lines))
    with source.open("rb") as handle:
        done = subprocess.run([sys.executable, "-m", "simulator", "code"], stdin=handle,
                              capture_output=True, timeout=120, check=False)
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 2 and len(out) == len(lines)
    assert [o["codes"] for o in out[:3]] == [["open_question"], [], ["closed_question"]]
    assert out[1]["line"] == 2 and out[-2]["line"] == len(lines) - 1


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="no pseudo-terminals here")
def test_at_a_terminal_one_end_of_input_after_a_line_ends_it(tmp_path):
    # At a terminal the end of input (Ctrl-D) comes once: typed right after a line, it must
    # not be read away while that line is answered.
    import os
    import select

    main_fd, child_fd = os.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "simulator", "code"], stdin=child_fd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=dict(os.environ, STAYSIM_HOME=str(tmp_path)))
    os.close(child_fd)
    try:
        assert proc.stdout is not None
        os.write(main_fd, b'{"text": "Hoe gaat het?"}\n\x04')
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready and json.loads(proc.stdout.readline())["codes"] == ["open_question"]
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
        os.close(main_fd)


def test_a_lone_surrogate_is_named_and_the_lines_after_it_still_coded(monkeypatch, capsys):
    text = ('{"text": "Hoe gaat het?"}\n{"text": "abc \\ud800 def", "id": 2}\n'
            '{"text": "Wat helpt?"}\n')
    rc, out, err = run_code(monkeypatch, capsys, text)
    assert rc == 2 and len(out) == 3
    assert out[1]["codes"] == [] and "lone surrogate" in out[1]["error"] and out[1]["line"] == 2
    assert out[2]["codes"] == ["open_question"] and "stdin:2:" in err


def test_a_bad_lines_message_falls_where_its_output_line_does(tmp_path):
    # A file is coded in one batch; read with stderr on the same terminal as stdout, the
    # message for line 2 must come after line 1's codes, not before the whole batch.
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "Wat geeft je energie?"}\nnot json\n{"text": "Why?"}\n',
                      encoding="utf-8")
    with source.open("rb") as stdin:
        done = subprocess.run([sys.executable, "-m", "simulator", "code", "--lang", "nl"],
                              stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=60)
    lines = done.stdout.decode("utf-8").splitlines()
    assert done.returncode == 2
    assert json.loads(lines[0])["codes"] == ["open_question"]
    assert lines[1].startswith("stdin:2: ")
    assert json.loads(lines[2])["line"] == 2
    assert json.loads(lines[3])["text"] == "Why?"


def test_a_line_the_coder_fails_on_costs_that_line_not_its_batch(monkeypatch, capsys):
    from simulator.scoring import coder

    real = coder.code_many

    def failing(items):
        items = list(items)
        if any(text == "boom" for text, _, _ in items):
            raise ValueError("a fault in the coder")
        return real(items)

    monkeypatch.setattr(coder, "code_many", failing)
    text = ('{"text": "Wat geeft je energie?"}\n{"text": "boom"}\n'
            '{"text": "Ik zorg dat je opslag krijgt."}\n')
    rc, out, err = run_code(monkeypatch, capsys, text)
    assert rc == 2
    assert out[0]["codes"] == ["open_question"] and out[2]["codes"] == ["promise"]
    assert out[1]["line"] == 2 and out[1]["codes"] == [] and "ValueError" in out[1]["error"]
    assert err.startswith("stdin:2: the coder could not code this line (ValueError)")
    assert "Traceback" not in err


def test_a_broken_model_file_stops_with_one_message_not_one_per_line(monkeypatch, capsys,
                                                                    tmp_path):
    from simulator.scoring import model

    real = model.WEIGHTS.read_bytes()
    broken = tmp_path / "weights.json.gz"
    broken.write_bytes(real[: len(real) // 2])  # an installation cut off halfway
    monkeypatch.setattr(model, "WEIGHTS", broken)
    model.load_model.cache_clear()
    try:
        text = '{"text": "Wat geeft je energie?"}\n' * 50
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
        rc = main(["code"])
        out, err = capsys.readouterr()
    finally:
        model.load_model.cache_clear()
    assert rc == 1 and out == ""
    assert err.count("\n") == 1, err
    assert err.startswith("staysim: the coder's model cannot be read (") and "reinstall" in err
    assert "weights.json.gz" in err and "Traceback" not in err
