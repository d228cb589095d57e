"""Workout screen: countdown, step text, summary."""
