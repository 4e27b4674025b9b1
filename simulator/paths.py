"""Where staysim keeps its data, computed on demand, and how it reads input files safely."""

import os
import stat
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent


def home() -> Path:
    """The data folder: `STAYSIM_HOME`, else the platform's user data dir."""
    value = os.environ.get("STAYSIM_HOME")
    if value:
        return Path(value).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("staysim", appauthor=False))


def home_problem() -> str | None:
    """Why the data folder cannot be used (a file stands where it or a parent should be)."""
    base = home()
    for folder in (base, *base.parents):
        if folder.exists():
            if folder.is_dir():
                return None
            name = "STAYSIM_HOME" if os.environ.get("STAYSIM_HOME") else "the data folder"
            where = "is a file" if folder == base else f"is inside {folder}, which is a file"
            return f"{name} {base} {where}; point it at a folder (created when missing)"
    return None


def database_path() -> Path:
    return home() / "staysim.db"


def config_path() -> Path:
    return home() / "config.json"


def bundled_dirs() -> tuple[Path, Path]:
    """The bundled persona and scenario folders, inside the package so a wheel carries them.

    In the source tree they are links to the top-level `personas/` and `scenarios/`, where
    they are written; building the wheel copies the files.
    """
    return PACKAGE_DIR / "personas", PACKAGE_DIR / "scenarios"


def user_dirs() -> tuple[Path, Path]:
    """The user's own persona and scenario folders under `STAYSIM_HOME`."""
    base = home()
    return base / "personas", base / "scenarios"


class Unreadable(Exception):
    """A file that cannot be read as input; the message is a short reason, without the path."""


_KINDS = (
    (stat.S_ISDIR, "is a folder, not a file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file"),
    (stat.S_ISCHR, "is a device, not a regular file"),
    (stat.S_ISBLK, "is a device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
)


def irregular(path: Path) -> str | None:
    """Why `path` is neither a regular file nor a folder (a FIFO, a device), else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((r for test, r in _KINDS if test(mode)), "not a regular file")


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or Unreadable with the reason.

    The size is counted while reading, never taken from stat: /dev/zero and /proc files
    report 0 bytes. O_NONBLOCK keeps opening a FIFO from waiting for a writer forever.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise Unreadable("no such file") from None
    except IsADirectoryError:
        raise Unreadable("is a folder, not a file") from None
    except OSError as exc:
        raise Unreadable(f"cannot read ({exc.strerror or exc})") from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise Unreadable(next((r for test, r in _KINDS if test(mode)), "not a regular file"))
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        chunks: list[bytes] = []
        total = 0
        try:
            while chunk := handle.read(min(1 << 20, limit + 1 - total)):
                chunks.append(chunk)
                total += len(chunk)
                if total > limit:
                    raise Unreadable(f"file is too large (more than {limit} bytes)")
        except OSError as exc:
            raise Unreadable(f"cannot read ({exc.strerror or exc})") from None
    return b"".join(chunks)
