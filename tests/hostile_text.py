"""Hostile text for the robustness tests: terminal escapes, script and Rich markup."""

ESCAPES = "\x1b[31mrood\x1b[0m \x1b]0;pwned\x07 \x1b[2J \x9b31m"
HOSTILE = f"<script>alert(1)</script> [bold red]vet[/] [link=http://x.nl]klik[/link] {ESCAPES}"
INLINE = f"<script>alert(1)</script> [bold red]vet[/] {ESCAPES}"
MARKUP = "<script>alert(1)</script> [bold red]vet[/] [link=http://x.nl]klik[/link] &amp; **x**"
