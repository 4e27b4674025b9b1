"""The session store (staysim.db) that cannot be opened, read or written (`errors_store.X`);
`{reason}` is SQLite's or the system's own words."""


NL: dict[str, str] = {
    "errors_store.cannot_open": "{path}: kan de opgeslagen gesprekken niet openen: {reason}",
    "errors_store.cannot_read": "{path}: kan de opgeslagen gesprekken niet lezen: {reason}",
    "errors_store.cannot_save": "{path}: kan het gesprek niet opslaan: {reason}",
    "errors_store.newer":
        "{path}: gemaakt door een nieuwere staysim (schema {version}); werk staysim bij",
}


EN: dict[str, str] = {
    "errors_store.cannot_open": "{path}: cannot open the session store: {reason}",
    "errors_store.cannot_read": "{path}: cannot read the session store: {reason}",
    "errors_store.cannot_save": "{path}: cannot save to the session store: {reason}",
    "errors_store.newer": "{path}: made by a newer staysim (schema {version}); please upgrade",
}
