"""Sound for the workout: cue beeps, the spoken coach, and the backends that play them.

The composition root builds ``choose_player(...)``, ``SoundBank.load()``, optionally a
``NameSpeaker``, and a ``CueAnnouncer`` that it connects to the engine's signals. Nothing here
raises into the engine: a failing backend logs once and the announcer reports "No sound: ...".

Names are imported on first use, so the audio child process (``audio_process``) starts
without loading Qt.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from glute_timer.audio.announcement import Announcement
    from glute_timer.audio.announcer import CueAnnouncer
    from glute_timer.audio.bank import SoundBank
    from glute_timer.audio.catalog import Beep, voice_prompts
    from glute_timer.audio.choose import PREFERENCES, choose_player
    from glute_timer.audio.player import CuePlayer, NullPlayer
    from glute_timer.audio.sound import Sound, SoundFormatError, load_wav
    from glute_timer.audio.speech import NameSpeaker

_WHERE = {
    "Announcement": "announcement",
    "CueAnnouncer": "announcer",
    "SoundBank": "bank",
    "Beep": "catalog",
    "voice_prompts": "catalog",
    "PREFERENCES": "choose",
    "choose_player": "choose",
    "CuePlayer": "player",
    "NullPlayer": "player",
    "Sound": "sound",
    "SoundFormatError": "sound",
    "load_wav": "sound",
    "NameSpeaker": "speech",
}

__all__ = [
    "PREFERENCES",
    "Announcement",
    "Beep",
    "CueAnnouncer",
    "CuePlayer",
    "NameSpeaker",
    "NullPlayer",
    "Sound",
    "SoundBank",
    "SoundFormatError",
    "choose_player",
    "load_wav",
    "voice_prompts",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"glute_timer.audio.{_WHERE[name]}"), name)
