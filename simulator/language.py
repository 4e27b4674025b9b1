"""Which language the app and the command line speak to the user, from the environment."""

import os
from collections.abc import Mapping

LANGS = ("nl", "en")


def ui_language(environ: Mapping[str, str] | None = None) -> str:
    """STAYSIM_LANG if nl or en; else the locale (LC_ALL, LC_MESSAGES, LANG): Dutch unless
    it names another language; an unset, C or POSIX locale is no choice, so Dutch."""
    env = os.environ if environ is None else environ
    chosen = env.get("STAYSIM_LANG", "").strip().lower()[:2]
    if chosen in LANGS:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if not value:
            continue
        if value in ("C", "POSIX") or value.startswith(("C.", "nl")):
            return "nl"
        return "en"
    return "nl"
