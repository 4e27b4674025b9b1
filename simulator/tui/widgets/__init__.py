"""Reusable widgets of the practice room."""
