"""One module per screen of the practice room."""
