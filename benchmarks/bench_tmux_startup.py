"""Benchmark: wall time from launch to the first screen drawn in a real terminal (tmux).

Each app is started in a fresh detached tmux session; the pane is read every few
milliseconds until a text of the app's first screen shows. staysim is timed against other
Textual apps given by command (e.g. frogmouth), interleaved so machine load hits both alike.
"""

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAYSIM_MARKER = "Enter begint"  # the picker's key line, drawn with the first screen


def _first_screen(command: str, marker: str, env: dict[str, str], timeout: float = 20) -> float:
    """Seconds from asking tmux to start `command` until `marker` is on the pane."""
    name = f"bench-startup-{os.getpid()}"
    subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)
    began = time.perf_counter()
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", "120", "-y", "40", command],
        env=env,
        check=True,
    )
    try:
        while time.perf_counter() - began < timeout:
            pane = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", name], capture_output=True, text=True
            ).stdout
            if marker in pane:
                return time.perf_counter() - began
            time.sleep(0.005)
        raise RuntimeError(f"{command!r} drew no {marker!r} within {timeout:g} s:\n{pane}")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument(
        "--other",
        action="append",
        default=[],
        metavar="NAME=COMMAND::MARKER",
        help="another app to time, e.g. 'frogmouth=/venv/bin/frogmouth README.md::staysim'",
    )
    options = parser.parse_args()
    if shutil.which("tmux") is None:
        print("tmux is not installed", file=sys.stderr)
        return 2
    staysim = shlex.quote(str(Path(sys.executable).with_name("staysim")))
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, STAYSIM_HOME=home, TERM="xterm-256color")
        for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "STAYSIM_MODEL"):
            env.pop(name, None)
        apps = [("staysim", staysim, STAYSIM_MARKER)]
        for spec in options.other:
            name, _, rest = spec.partition("=")
            command, _, marker = rest.partition("::")
            apps.append((name, command, marker))
        times: dict[str, list[float]] = {name: [] for name, _, _ in apps}
        _first_screen(staysim, STAYSIM_MARKER, env)  # warm the file cache once
        for _ in range(options.repeat):
            for name, command, marker in apps:
                times[name].append(_first_screen(command, marker, env))
    for name, values in times.items():
        print(
            f"{name}: first screen in tmux, median {statistics.median(values):.2f} s "
            f"(min {min(values):.2f}, max {max(values):.2f}, {len(values)} runs)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
