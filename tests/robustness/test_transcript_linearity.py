"""Transcript parsing is linear in the input for every shape that was once quadratic."""

import importlib.util
import subprocess

import pytest

from simulator import paths

SPEC = importlib.util.spec_from_file_location(
    "bench_transcripts", paths.PROJECT_DIR / "benchmarks" / "bench_transcripts.py"
)
assert SPEC is not None and SPEC.loader is not None
bench = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(bench)

# The target is 2 s per MB on a 2-core machine; twice that leaves room for a busy test run,
# while the quadratic shapes took minutes at this size (100,000 short lines is 3.8 MB).
SECONDS_PER_MB = 4.0
SIZE = 4 * 2**20


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(bench.SHAPES))
def test_parsing_time_is_linear(shape):
    try:
        seconds, _, megabytes = bench.measure(shape, SIZE, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{shape}: more than 60 s for 4 MB")
    assert seconds <= SECONDS_PER_MB * megabytes, f"{shape}: {seconds:.2f} s"


def test_a_long_line_keeps_its_words_and_single_spaces():
    from simulator.transcripts import parse

    words = "een  twee\tdrie \u00a0vier " * 300_000
    _, found = parse("Anna: hoi\nJan: " + words + "\n")
    assert found[1].text == " ".join(words.split())
