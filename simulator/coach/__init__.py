"""The coach's desk: assignment packs, attempts at them and the results a trainee submits."""
