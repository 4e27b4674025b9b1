"""Benchmark: transcript parsing time per input shape, up to the 20 MB limit."""

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable

WORDS = "het team en de klanten zijn fijn "
VTT_CUE = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n"
SRT_CUE = "1\n00:00:01,000 --> 00:00:02,000\n"


def _fill(unit: str, size: int, head: str = "", tail: str = "") -> str:
    return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail


# Each shape is one that was slow or large before: long lines, unclosed tags, many lines.
SHAPES: dict[str, Callable[[int], str]] = {
    "one long line (txt)": lambda n: _fill(WORDS, n, "Manager: Hoi.\nJan: "),
    "one long line (vtt)": lambda n: _fill(WORDS, n, VTT_CUE + "<v Jan>", "\n"),
    "'<v a' repeated in a cue": lambda n: _fill("<v a", n, VTT_CUE + "<v Jan>hoi ", "\n"),
    "'<a' repeated (srt)": lambda n: _fill("<a", n, SRT_CUE + "Jan: hoi ", "\n"),
    "short lines, one speaker on (txt)": lambda n: _fill(WORDS + "\n", n, "Manager: Hoi.\nJan: "),
    "short lines, two speakers (txt)": lambda n: _fill("Anna: Wat geeft je energie?\nJan: "
                                                       "Het team.\n", n),
    "short lines, all new speakers (txt)": lambda n: "Anna: hoi\n" + "".join(
        f"Spreker {i}: hoi\n" for i in range(n // 20)
    ),
    "short cues (vtt)": lambda n: _fill("00:00:01.000 --> 00:00:02.000\n<v Jan>Het team.\n\n",
                                        n, "WEBVTT\n\n"),
    "turns (json)": lambda n: '{"transcript": [' + ", ".join(
        ['{"speaker": "manager", "text": "Wat geeft je energie?"}'] * (n // 56)
    ) + "]}",
}

CHILD = r"""
import resource, sys, time
from pathlib import Path
from simulator.transcripts import TranscriptError, load_conversation
started = time.perf_counter()
try:
    load_conversation(Path(sys.argv[1]))
except TranscriptError:
    pass  # a refusal is as valid an outcome as a parse; its time counts the same
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def measure(shape: str, size: int, timeout: float = 600) -> tuple[float, int, float]:
    """(seconds, peak resident MB, file MB) of `load_conversation` on `shape` at `size` bytes,
    in a fresh interpreter so one shape's memory never counts for another."""
    text = SHAPES[shape](size)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "talk.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        done = subprocess.run(
            [sys.executable, "-c", CHILD, path],
            capture_output=True, text=True, timeout=timeout, check=True,
        )
    seconds, peak = done.stdout.split()
    return float(seconds), int(peak) // 1024, len(text.encode()) / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, nargs="+", default=[1, 19], help="sizes in MB")
    options = parser.parse_args()
    print(f"{'shape':<38} {'MB':>6} {'seconds':>8} {'s per MB':>9} {'peak MB':>8}")
    worst = 0.0
    for shape in SHAPES:
        for mb in options.mb:
            seconds, peak, real = measure(shape, int(mb * 2**20))
            worst = max(worst, seconds / real)
            print(f"{shape:<38} {real:>6.1f} {seconds:>8.2f} {seconds / real:>9.3f} {peak:>8}")
    print(f"worst: {worst:.3f} s per MB (target: at most 2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
