"""The Textual practice room; only `staysim` / `staysim practice` import it."""
