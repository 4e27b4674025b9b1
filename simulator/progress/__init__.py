"""A trainee's progress: each dimension's trend per scenario over the saved sessions, and
what changed since the last time (plain code, shared by `staysim history --trend` and the
app's trend screen)."""
