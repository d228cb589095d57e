"""Routine editor dialog and its parts."""
