"""Where staysim keeps its data, computed on demand, and how it reads input files safely."""

import os
import stat
from pathlib import Path

from simulator.errors import message

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
            named = os.environ.get("STAYSIM_HOME")
            name = "STAYSIM_HOME" if named else message("errors_files.data_folder")
            if folder == base:
                return message("errors_files.home_is_file", name=name, base=base)
            return message("errors_files.home_in_file", name=name, base=base, folder=folder)
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


# What a file that is not a regular one is, as a message key.
_KINDS = (
    (stat.S_ISDIR, "errors_files.is_folder"),
    (stat.S_ISFIFO, "errors_files.fifo"),
    (stat.S_ISCHR, "errors_files.device"),
    (stat.S_ISBLK, "errors_files.device"),
    (stat.S_ISSOCK, "errors_files.socket"),
)


def _kind(mode: int) -> str:
    """Why a file of this mode is not a regular file, in the user's language."""
    return message(next((key for test, key in _KINDS if test(mode)), "errors_files.not_regular"))


def _unreadable(key: str, **values: object) -> "Unreadable":
    return Unreadable(message(key, **values))


def irregular(path: Path) -> str | None:
    """Why `path` is neither a regular file nor a folder (a FIFO, a device), else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return _kind(mode)


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or Unreadable with the reason.

    The size is counted while reading, never taken from stat: /dev/zero and /proc files
    report 0 bytes. O_NONBLOCK keeps opening a FIFO from waiting for a writer forever.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise _unreadable("errors_files.no_such_file") from None
    except IsADirectoryError:
        raise _unreadable("errors_files.is_folder") from None
    except OSError as exc:
        raise _unreadable("errors_files.cannot_read", reason=exc.strerror or exc) from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise Unreadable(_kind(mode))
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        chunks: list[bytes] = []
        total = 0
        try:
            while chunk := handle.read(min(1 << 20, limit + 1 - total)):
                chunks.append(chunk)
                total += len(chunk)
                if total > limit:
                    raise _unreadable("errors_files.too_large", limit=limit)
        except OSError as exc:
            raise _unreadable("errors_files.cannot_read", reason=exc.strerror or exc) from None
    return b"".join(chunks)
