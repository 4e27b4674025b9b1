"""Hostile scenario and persona files: a one-line reason and exit 1, in bounded time and memory."""

import shutil
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from simulator.cli import main

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

DATA = Path(__file__).parents[1] / "data" / "library"

BILLION_LAUGHS = """\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
id: lol
title: *i
"""


# Each hostile file, built only when a test asks for it (some are megabytes).
HOSTILE: dict[str, Callable[[], bytes]] = {
    "huge": lambda: b"id: big\ntitle: " + b"x" * 3_000_000 + b"\n",
    "many-values": lambda: b"id: big\nobjectives:\n" + b"  - ja\n" * 80_000,
    "deep-flow": lambda: b"id: deep\ntitle: " + b"[" * 50_000 + b"]" * 50_000 + b"\n",
    "deep-mapping": lambda: b"id: deep\ntitle: " + b"{a: " * 20_000 + b"1" + b"}" * 20_000 + b"\n",
    "deep-indent": lambda: "".join(" " * i + "a:\n" for i in range(1300)).encode(),
    "billion-laughs": lambda: BILLION_LAUGHS.encode(),
    "self-alias": lambda: b"id: &x [*x]\n",
    "python-tag": lambda: b'id: !!python/object/apply:os.system ["echo pwned"]\n',
    "huge-int": lambda: b"id: x\ntitle: " + b"7" * 5000 + b"\n",
    "bad-date": lambda: b"id: x\ntitle: 2024-13-45\n",
    "unhashable-key": lambda: b"? [a, b]\n: 1\n",
    "binary": lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    "latin-1": lambda: "id: caf\u00e9\ntitle: Caf\u00e9\n".encode("latin-1"),
    "empty": lambda: b"",
    "top-level-list": lambda: b"- id: x\n- title: y\n",
    "top-level-scalar": lambda: b"just a sentence\n",
}


def _hostile(name: str) -> bytes:
    if name not in HOSTILE:
        raise AssertionError(name)
    return HOSTILE[name]()


CASES = [
    ("huge", "file is too large"),
    ("many-values", "too large"),
    ("deep-flow", "nested too deeply"),
    ("deep-mapping", "nested too deeply"),
    ("deep-indent", "nested too deeply"),
    ("billion-laughs", "too large"),
    ("self-alias", ""),
    ("python-tag", "could not determine a constructor"),
    ("huge-int", "invalid value"),
    ("bad-date", "invalid value"),
    ("unhashable-key", "unhashable"),
    ("binary", "binary"),
    ("latin-1", "not UTF-8"),
    ("empty", "found empty"),
    ("top-level-list", "found list"),
    ("top-level-scalar", "found str"),
]


@pytest.mark.parametrize(("name", "reason"), CASES, ids=[c[0] for c in CASES])
def test_hostile_yaml_is_refused_with_a_reason(tmp_path, capsys, name, reason):
    path = tmp_path / "scenarios" / f"{name}.yaml"
    path.parent.mkdir()
    path.write_bytes(_hostile(name))
    # CPU time, not wall time: the bound is on the work done, whatever else the machine runs.
    started = time.process_time()
    code = main(["scenarios", "validate", str(path)])
    elapsed = time.process_time() - started
    out = capsys.readouterr()
    assert code == 1
    lines = out.out.splitlines()
    assert lines, out
    assert all(line.startswith(str(path)) for line in lines)
    assert reason in out.out
    assert "Traceback" not in out.out + out.err
    assert elapsed < 10


@pytest.mark.parametrize("name", ["huge", "billion-laughs", "self-alias", "deep-flow"])
def test_hostile_yaml_is_refused_in_bounded_memory(tmp_path, capsys, name):
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(_hostile(name))
    tracemalloc.start()
    try:
        assert main(["scenarios", "validate", str(path)]) == 1
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    capsys.readouterr()
    # The 3 MB file is never read and the alias bomb never expanded.
    assert peak < 32 * 2**20


WRONG_TYPES = [
    ("title: [een, lijst]\n", "title", "must be text"),
    ("objectives: 5\n", "objectives", "list"),
    ("difficulty: 3\n", "difficulty", "one of: easy, medium, hard"),
    ("language: {nl: true}\n", "language", "one of: nl, en"),
    ("rubric: nee\n", "rubric", ""),
    ("rubric:\n  pass_score: honderd\n", "rubric.pass_score", "must be a number"),
    ("rubric:\n  weights: {listening: -1}\n", "rubric", "zero or more"),
    ("opening: 12\n", "opening", "must be text"),
]


@pytest.mark.parametrize(("extra", "field", "reason"), WRONG_TYPES, ids=[w[1] for w in WRONG_TYPES])
def test_wrong_types_name_the_field_and_line(tmp_path, capsys, extra, field, reason):
    lib = tmp_path / "lib"
    shutil.copytree(DATA, lib)
    path = lib / "scenarios" / "tess-basis.yaml"
    key = extra.split(":")[0]
    kept = [line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)]
    # Drop the existing top-level key (and its indented block) before appending the bad one.
    text, skipping = "", False
    for line in kept:
        if line.startswith(f"{key}:"):
            skipping = True
            continue
        if skipping and line.startswith((" ", "-")):
            continue
        skipping = False
        text += line
    path.write_text(text + extra, encoding="utf-8")
    line_no = text.count("\n") + 1
    assert main(["scenarios", "validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:{line_no}" in out or f"{path}:{line_no + 1}" in out, out
    assert f": {field}" in out and reason in out
    assert "Traceback" not in out


def test_persona_with_wrong_types(tmp_path, capsys):
    lib = tmp_path / "lib"
    shutil.copytree(DATA, lib)
    path = lib / "personas" / "tess.yaml"
    text = path.read_text(encoding="utf-8").replace("openness:", "openness: [1, 2]\n  _was:", 1)
    path.write_text(text + "facts: geen lijst\n", encoding="utf-8")
    assert main(["scenarios", "validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "facts" in out and "Traceback" not in out


def test_hostile_files_among_good_ones_do_not_hide_the_good(tmp_path, capsys):
    lib = tmp_path / "lib"
    shutil.copytree(DATA, lib)
    (lib / "scenarios" / "bomb.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    assert main(["scenarios", "validate", str(lib)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and "bomb.yaml" in out[0]


def test_hostile_user_scenarios_only_warn_in_the_list(staysim_home, capsys):
    folder = staysim_home / "scenarios"
    folder.mkdir(parents=True)
    (folder / "bomb.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    (folder / "deep.yaml").write_bytes(_hostile("deep-flow"))
    assert main(["scenarios", "list", "--json"]) == 0
    out = capsys.readouterr()
    assert "bomb.yaml" in out.err and "deep.yaml" in out.err
    assert "Traceback" not in out.err


def test_no_traceback_from_the_real_command(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    deep = tmp_path / "deep.yaml"
    deep.write_bytes(_hostile("deep-flow"))
    result = subprocess.run(
        [sys.executable, "-m", "simulator", "scenarios", "validate", str(path), str(deep)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 2


@pytest.mark.parametrize(
    ("char", "reason"),
    [
        ("\a", "control character U+0007"),
        ("\x1b", "control character U+001B"),
        ("\x9b", "control character U+009B"),
        ("\ufffe", "character U+FFFE is not allowed"),
    ],
    ids=["bel", "esc", "csi", "fffe"],
)
def test_a_raw_control_character_is_one_located_line_and_the_rest_still_loads(
    staysim_home, capsys, char, reason
):
    folder = staysim_home / "scenarios"
    folder.mkdir(parents=True)
    bad = folder / "bel.yaml"
    bad.write_text(f'id: bel\ntitle: "x{char}"\n', encoding="utf-8")
    assert main(["scenarios", "list"]) == 0
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"warning: {bad}:2: title: {reason}"), err
    assert "stille-senior" in out and "Traceback" not in err
    assert main(["scenarios", "validate", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith(f"{bad}:2: title: {reason}")


def test_a_control_character_deep_in_a_list_names_the_field_path(tmp_path, capsys):
    path = tmp_path / "scenarios" / "deep.yaml"
    path.parent.mkdir()
    path.write_text("id: deep\nobjectives:\n  - goed\n  - 'fout\x1b[31m'\n", encoding="utf-8")
    assert main(["scenarios", "validate", str(path)]) == 1
    assert capsys.readouterr().out.startswith(f"{path}:4: objectives.1: control character")
