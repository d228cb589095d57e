"""The sound backends a person can choose, by name (settings, ``--audio``, the player choice)."""

from __future__ import annotations

AUTO = "auto"
NONE = "none"
# Real players, in the order ``auto`` tries them.
PLAYERS = ("simpleaudio", "qt")
AUDIO_BACKENDS = (AUTO, *PLAYERS, NONE)
