"""What a keep-awake backend raises."""

from __future__ import annotations


class KeepAwakeError(Exception):
    """A backend could not take or give back the inhibit."""


class KeepAwakeUnavailableError(KeepAwakeError):
    """This system offers no way to keep the screen awake; the message says why."""
