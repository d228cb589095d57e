"""A cue player that records what it is asked to play, and a driver that runs a plan."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from glute_timer.audio.announcer import CueAnnouncer
from glute_timer.audio.player import FailureCallback
from glute_timer.audio.sound import Sound
from glute_timer.engine.workout_engine import WorkoutEngine
from tests.fakes import FakeTimerFactory


@dataclass(frozen=True)
class Played:
    """One ``play`` call: when (player clock), what, and its deadline."""

    at: float
    sound: Sound
    deadline: float | None

    @property
    def names(self) -> list[str]:
        """The names of the non-silent pieces, in order."""
        return [leaf.name for leaf in self.sound.leaves if not leaf.silent]


class RecordingPlayer:
    """A ``CuePlayer`` that plays nothing and remembers every call."""

    backend_name = "recording"

    def __init__(self, clock: Callable[[], float] = lambda: 0.0, available: bool = True) -> None:
        self.available = available
        self.unavailable_reason = "" if available else "recording player set unavailable"
        self.on_failure: FailureCallback | None = None
        self.plays: list[Played] = []
        self.stops = 0
        self.closes = 0
        self.gain: float | None = None
        self.prepared: list[Sound] = []
        self._clock = clock

    def play(self, sound: Sound, deadline: float | None = None) -> None:
        self.plays.append(Played(self._clock(), sound, deadline))

    def stop(self) -> None:
        self.stops += 1

    def set_volume(self, gain: float) -> None:
        self.gain = gain

    def prepare(self, sounds: Iterable[Sound]) -> None:
        self.prepared.extend(sounds)

    def close(self) -> None:
        self.closes += 1


def run_to_end(
    engine: WorkoutEngine,
    timers: FakeTimerFactory,
    announcer: CueAnnouncer,
    after_moment: Callable[[], None] | None = None,
    limit: int = 100_000,
) -> str:
    """Start ``engine`` and jump from timer to timer until it finishes; returns the outcome.

    After each moment the announcer is flushed by hand (in the app a zero-delay timer does
    it), so cues of one moment are played together, as they are for real.
    """
    outcome: list[str] = []
    engine.finished.connect(outcome.append)
    engine.start()
    announcer.flush()
    for _ in range(limit):
        if outcome:
            return outcome[0]
        due = [t.deadline for t in timers.active() if t.deadline is not None]
        assert due, "the engine stopped without finishing"
        timers.advance_to(min(due))
        announcer.flush()
        if after_moment is not None:
            after_moment()
    raise AssertionError("the workout did not finish")
