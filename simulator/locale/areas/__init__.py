"""The catalogue's areas: each module here holds `NL` and `EN`, the same keys in both."""
