"""Sound for the workout: cue beeps, the spoken coach, and the backends that play them.

The composition root builds ``choose_player(...)``, ``SoundBank.load()``, optionally a
``NameSpeaker``, and a ``CueAnnouncer`` that it connects to the engine's signals. Nothing here
raises into the engine: a failing backend logs once and the announcer reports "No sound: ...".
Qt Multimedia and text-to-speech are imported only when used.
"""

from glute_timer.audio.announcer import Announcement, CueAnnouncer
from glute_timer.audio.bank import SoundBank
from glute_timer.audio.catalog import Beep, voice_prompts
from glute_timer.audio.choose import PREFERENCES, choose_player
from glute_timer.audio.player import CuePlayer, NullPlayer
from glute_timer.audio.sound import Sound, SoundFormatError, load_wav
from glute_timer.audio.speech import NameSpeaker

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
