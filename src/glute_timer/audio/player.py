"""The interface every sound backend offers, the silent backend, and volume arithmetic."""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterable
from typing import Protocol

from glute_timer.audio.sound import Sound

FailureCallback = Callable[[str], None]


class CuePlayer(Protocol):
    """A sound backend. ``play`` and ``stop`` return at once and never raise.

    Attributes:
        available: False when the backend cannot play (then ``play`` does nothing).
        backend_name: short name for logs and the About view (``simpleaudio``, ``qt``, ``none``).
        unavailable_reason: why it cannot play, as a phrase ("no audio device: ..."), or "".
        on_failure: called once (possibly from another thread) with the reason when a
            backend that was available fails while playing.
    """

    available: bool
    backend_name: str
    unavailable_reason: str
    on_failure: FailureCallback | None

    def play(self, sound: Sound, deadline: float | None = None) -> None:
        """Start ``sound``, cutting short whatever this player is playing.

        ``deadline`` (on the player's monotonic clock): if the sound cannot start by then,
        it is dropped rather than played late.
        """
        ...

    def stop(self) -> None:
        """Stop the sound being played, if any."""
        ...

    def set_volume(self, gain: float) -> None:
        """Linear gain 0..1 for every later sound."""
        ...

    def prepare(self, sounds: Iterable[Sound]) -> None:
        """Get ``sounds`` ready ahead of time (load, convert), so ``play`` does no work."""
        ...

    def close(self) -> None:
        """Stop and release the backend (its thread, child process or effects); idempotent.

        Afterwards ``available`` is False and ``play`` does nothing.
        """
        ...


class NullPlayer:
    """Plays nothing; chosen when no backend works or sound is turned off."""

    backend_name = "none"

    def __init__(self, reason: str = "sound is turned off") -> None:
        self.available = False
        self.unavailable_reason = reason
        self.on_failure: FailureCallback | None = None

    def play(self, sound: Sound, deadline: float | None = None) -> None:
        pass

    def stop(self) -> None:
        pass

    def set_volume(self, gain: float) -> None:
        pass

    def prepare(self, sounds: Iterable[Sound]) -> None:
        pass

    def close(self) -> None:
        pass


def volume_gain(volume: int) -> float:
    """Linear gain for a 0..100 volume setting; squared, so steps sound even to the ear."""
    level = min(max(volume, 0), 100) / 100.0
    return level * level


def scale_pcm(pcm: bytes, gain: float) -> bytes:
    """16-bit little-endian PCM multiplied by ``gain`` (0..1)."""
    if gain >= 1.0:
        return pcm
    samples = array("h", pcm)
    if sys.byteorder == "big":
        samples.byteswap()
    scaled = array("h", [int(s * gain) for s in samples])
    if sys.byteorder == "big":
        scaled.byteswap()
    return scaled.tobytes()
