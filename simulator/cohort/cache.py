"""Re-scores kept for the next report: keyed by what decides a score, so a kept one is the
score this staysim gives that transcript now.

The key holds the transcript, its language and scenario, the scenario and persona as they
are, and a digest of the scorer itself (its code, rule books and weights, the director that
replays disclosures, the domain models): change any of them and the transcript is scored
again. The file lives in STAYSIM_HOME, readable by its owner only (quotes are personal
data); a cache that cannot be opened or written is passed by, never an error.
"""

import hashlib
import json
import os
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from simulator import __version__
from simulator.domain.scorecard import Scorecard

if TYPE_CHECKING:
    from simulator.library import Library

# What a score depends on, as folders and files of the package.
_SCORER = ("scoring", "engine", "domain", "export/rescore.py")


@cache
def scorer_digest() -> str:
    """sha256 over the scorer's files, in a fixed order, and the version."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(__version__.encode())
    for part in _SCORER:
        base = root / part
        files = sorted(p for p in base.rglob("*") if p.is_file()) if base.is_dir() else [base]
        for path in files:
            if path.suffix == ".pyc":
                continue
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def key(parts: list[object]) -> str:
    text = json.dumps([scorer_digest(), *parts], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class RescoreCache:
    """Scorecards by key in one SQLite file; every failure reads as a miss."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._opened = False
        self._contents: dict[str, str] = {}

    def name(self, scenario_key: str, language: str, lines: list[dict[str, str]],
             library: "Library") -> str:
        """The key of one transcript's score under this scorer, scenario and persona."""
        content = self._contents.get(scenario_key)
        if content is None:
            scenario = library.scenarios[scenario_key]
            persona = library.personas.get(scenario.persona)
            data = [scenario.model_dump(mode="json"),
                    persona.model_dump(mode="json") if persona else None]
            content = hashlib.sha256(
                json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")
            ).hexdigest()
            self._contents[scenario_key] = content
        return key([scenario_key, language, content, lines])

    def _open(self) -> sqlite3.Connection | None:
        if self._opened or self.path is None:
            return self._db
        self._opened = True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            os.close(descriptor)
            db = sqlite3.connect(self.path, timeout=2, check_same_thread=False)
            db.execute("CREATE TABLE IF NOT EXISTS rescored (key TEXT PRIMARY KEY, card TEXT)")
            self._db = db
        except (OSError, sqlite3.Error):
            self._db = None
        return self._db

    def get(self, name: str) -> Scorecard | None:
        db = self._open()
        if db is None:
            return None
        try:
            row = db.execute("SELECT card FROM rescored WHERE key = ?", (name,)).fetchone()
            return Scorecard.model_validate_json(row[0]) if row else None
        except (sqlite3.Error, ValueError):
            return None

    def put(self, name: str, card: Scorecard) -> None:
        db = self._open()
        if db is None:
            return
        try:
            with db:
                db.execute(
                    "INSERT OR REPLACE INTO rescored (key, card) VALUES (?, ?)",
                    (name, card.model_dump_json()),
                )
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def default_path() -> Path:
    from simulator import paths

    return paths.home() / "cache" / "rescored.db"
