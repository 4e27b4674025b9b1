"""Input files are read only when regular and within their size, counted while reading."""

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from simulator import paths

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
SCRIPT = paths.PROJECT_DIR / "tests" / "scripts" / "stille-senior.good.txt"


def _limited() -> None:
    # A regression must fail the test, not fill the machine's memory.
    resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))


def _staysim(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, STAYSIM_HOME=str(home))
    command = [sys.executable, "-m", "simulator", *args]
    try:
        return subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=20, preexec_fn=_limited
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"staysim {' '.join(args)} hung")


def _one_line(done: subprocess.CompletedProcess[str], code: int, reason: str) -> None:
    assert done.returncode == code, done.stderr
    assert len(done.stderr.splitlines()) == 1 and reason in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_validate_dev_zero_is_one_line_and_exit_2(staysim_home):
    done = _staysim(staysim_home, "scenarios", "validate", "/dev/zero")
    _one_line(done, 2, "/dev/zero: is a device, not a regular file")


@needs_fifo
def test_a_fifo_never_hangs_any_command(staysim_home, tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    _one_line(_staysim(staysim_home, "scenarios", "validate", str(fifo)), 2, "named pipe")
    _one_line(_staysim(staysim_home, "score", str(fifo)), 2, "named pipe")
    run = ("run", "--scenario", "stille-senior", "--script", str(fifo))
    _one_line(_staysim(staysim_home, *run), 2, "named pipe")


@needs_fifo
def test_a_fifo_among_user_scenarios_is_a_warning(staysim_home):
    folder = staysim_home / "scenarios"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "pipe.yaml")
    (folder / "folder.yaml").mkdir()
    done = _staysim(staysim_home, "scenarios", "list")
    assert done.returncode == 0 and "stille-senior" in done.stdout
    assert done.stderr.splitlines() == [
        f"warning: {folder / 'folder.yaml'}: is a folder, not a file",
        f"warning: {folder / 'pipe.yaml'}: is a named pipe (FIFO), not a regular file",
    ]


@needs_fifo
def test_a_fifo_as_config_json_is_one_line(staysim_home):
    staysim_home.mkdir(parents=True)
    os.mkfifo(staysim_home / "config.json")
    env = ("--backend", "openai")
    done = _staysim(staysim_home, "run", "--scenario", "stille-senior", "--script", str(SCRIPT),
                    *env)
    _one_line(done, 2, "config.json: config file: is a named pipe (FIFO), not a regular file")


def test_an_oversized_config_json_is_refused_while_reading(staysim_home):
    staysim_home.mkdir(parents=True)
    (staysim_home / "config.json").write_text(json.dumps({"model": "m" * 2_000_000}))
    done = _staysim(staysim_home, "run", "--scenario", "stille-senior", "--script", str(SCRIPT),
                    "--backend", "openai")
    _one_line(done, 2, "file is too large")


def test_read_regular_counts_while_reading(tmp_path):
    from simulator.paths import Unreadable, read_regular

    path = tmp_path / "f.txt"
    path.write_bytes(b"x" * 101)
    assert read_regular(path, 101) == b"x" * 101
    with pytest.raises(Unreadable, match="too large"):
        read_regular(path, 100)
    with pytest.raises(Unreadable, match="folder"):
        read_regular(tmp_path, 100)
    with pytest.raises(Unreadable, match="no such file"):
        read_regular(tmp_path / "gone", 100)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc")
def test_a_file_whose_stat_says_zero_bytes_is_still_read_and_bounded():
    from simulator.paths import Unreadable, read_regular

    proc = Path("/proc/self/status")
    assert proc.stat().st_size == 0
    assert b"Name:" in read_regular(proc, 1_000_000)
    with pytest.raises(Unreadable, match="too large"):
        read_regular(proc, 10)
