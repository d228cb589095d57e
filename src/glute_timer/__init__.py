"""Glute Timer: a follow-along timer for glute medius exercises."""

__version__ = "0.1.0"
APP_NAME = "Glute Timer"
APP_ID = "glute-timer"
DESKTOP_ID = "io.github.glute_timer.GluteTimer"
