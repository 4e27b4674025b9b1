"""Where staysim keeps its data; computed on demand, never at import."""

import os
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


def database_path() -> Path:
    return home() / "staysim.db"


def config_path() -> Path:
    return home() / "config.json"


def bundled_dirs() -> tuple[Path, Path]:
    """The bundled persona and scenario folders."""
    return PROJECT_DIR / "personas", PROJECT_DIR / "scenarios"


def user_dirs() -> tuple[Path, Path]:
    """The user's own persona and scenario folders under `STAYSIM_HOME`."""
    base = home()
    return base / "personas", base / "scenarios"
