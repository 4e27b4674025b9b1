"""`staysim serve` in a subprocess on a free local port, stopped with its visitors' apps."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(data: Path, *extra: str) -> tuple[subprocess.Popen[bytes], str]:
    """`staysim serve --data DATA` on a free port, answering: the process and its URL."""
    port = free_port()
    command = [sys.executable, "-m", "simulator", "serve", "--port", str(port),
               "--data", str(data), *extra]
    # Its own process group: the visitors' app processes are stopped with it.
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(url, server)
    except AssertionError:
        stop(server)
        raise
    return server, url


def stop(server: subprocess.Popen[bytes]) -> None:
    """Stop the server as Ctrl+C would, then whatever of its process group is left."""
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(server.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    server.wait()
    if server.stdout is not None:
        server.stdout.close()


@contextmanager
def served(data: Path, *extra: str) -> Iterator[str]:
    """The server's URL while `staysim serve --data DATA` runs; it is stopped afterwards."""
    server, url = start(data, *extra)
    try:
        yield url
    finally:
        stop(server)


def _wait_for(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            output = server.stdout.read().decode() if server.stdout else ""
            raise AssertionError(f"staysim serve stopped: {output}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"staysim serve did not answer on {url} within 30 s")


def wait_until(condition, timeout: float = 30.0, what: str = "condition", pause=time.sleep) -> None:
    """Poll `condition`; `pause(seconds)` waits in between (a browser driver's own wait lets
    its events be delivered meanwhile)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        pause(0.1)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")
