"""Plays the engine's cues: gathers the cues of one moment, then plays what they call for.

What a moment says is decided in :mod:`glute_timer.audio.announcement`; this module decides
when and how it is played (volume, mute, switches, the player and text-to-speech).
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from glute_timer.audio.announcement import (
    GAP_AFTER_BEEP,
    GAP_BETWEEN_WORDS,
    Announcement,
    AnnouncementPolicy,
)
from glute_timer.audio.bank import SoundBank
from glute_timer.audio.catalog import exercise_prompt_id
from glute_timer.audio.player import CuePlayer, volume_gain
from glute_timer.audio.sound import Sound, join, silence
from glute_timer.audio.speech import NameSpeaker
from glute_timer.domain.cues import Cue
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import Plan, Step

log = logging.getLogger(__name__)

# A voice prompt that cannot start this long after its moment is dropped.
VOICE_GRACE_SECONDS = 0.3

_F = TypeVar("_F", bound=Callable[..., Any])


def _guarded(method: _F) -> _F:
    """Log (once per object and method) instead of letting an error reach the engine."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except Exception:
            failed: set[str] = self.__dict__.setdefault("_failed_methods", set())
            if method.__name__ not in failed:
                failed.add(method.__name__)
                log.exception("Audio cue handling failed in %s; carrying on", method.__name__)
            return None

    return wrapper  # type: ignore[return-value]


class CueAnnouncer(QObject):
    """Listens to the engine and plays the right beep and voice prompts for each cue.

    Cues that arrive together (``go`` then ``last_set``; ``hold_end`` then the next step's
    cue) are gathered until control returns to the event loop and played as one sound:
    when words follow, the first beep of the moment leads ("hold over", then what comes);
    with the voice off, the last beep does (it says what comes). A newer moment cuts the
    sound of an older one short.

    Signals:
        sound_status_changed(str): "" when sound works, else "No sound: <reason>".
        announced(object): the :class:`Announcement` just handed to the player (tests,
            debugging).

    Attributes:
        backend_name: the player's backend name, for the About or Settings view.
        status_text: the last ``sound_status_changed`` text.
    """

    sound_status_changed = Signal(str)
    announced = Signal(object)
    _player_failed = Signal(str)

    def __init__(
        self,
        player: CuePlayer,
        bank: SoundBank,
        speaker: NameSpeaker | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        volume: int = 80,
        muted: bool = False,
        beeps_enabled: bool = True,
        voice_enabled: bool = True,
        coalesce: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._player = player
        self._bank = bank
        self._speaker = speaker
        self._clock = clock
        self._volume = min(max(volume, 0), 100)
        self._muted = muted
        self._policy = AnnouncementPolicy(bank, beeps=beeps_enabled, voice=voice_enabled)
        self._coalesce = coalesce
        self._step: Step | None = None
        self._pending: list[tuple[Cue, Step | None]] = []
        self._moment = 0.0
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self.flush)
        self._player_failed.connect(self._on_player_failed, Qt.ConnectionType.QueuedConnection)
        self.status_text = ""
        self.backend_name = player.backend_name
        player.on_failure = self._player_failed.emit
        self._apply_volume()
        player.prepare(bank.all_sounds())
        if not player.available:
            self.status_text = f"No sound: {player.unavailable_reason}"

    # --- state for the views ---------------------------------------------------------------

    @property
    def beeps_enabled(self) -> bool:
        return self._policy.beeps

    @property
    def voice_enabled(self) -> bool:
        return self._policy.voice

    @property
    def sound_available(self) -> bool:
        return self._player.available

    # --- controls --------------------------------------------------------------------------

    @Slot(int)
    @_guarded
    def set_volume(self, volume: int) -> None:
        """Volume 0..100 (clamped)."""
        volume = min(max(int(volume), 0), 100)
        if volume != self._volume:
            self._volume = volume
            self._apply_volume()

    @Slot(bool)
    @_guarded
    def set_muted(self, muted: bool) -> None:
        if muted != self._muted:
            self._muted = muted
            if muted:
                self._silence()

    @Slot(bool)
    def set_beeps_enabled(self, enabled: bool) -> None:
        self._policy.beeps = enabled

    @Slot(bool)
    @_guarded
    def set_voice_enabled(self, enabled: bool) -> None:
        self._policy.voice = enabled
        if not enabled and self._speaker is not None:
            self._speaker.stop()

    # --- engine slots ----------------------------------------------------------------------

    @_guarded
    def prepare_plan(self, plan: Plan) -> None:
        """Call before a workout starts: wakes text-to-speech if a name has no recording."""
        if self._speaker is None:
            return
        if any(
            step.exercise and not self._bank.has_voice(exercise_prompt_id(step.exercise))
            for step in plan.steps
        ):
            self._speaker.warm_up()

    @Slot(object)
    @_guarded
    def on_step_started(self, step: Step) -> None:
        self._step = step
        self._policy.note_step(step)

    @Slot(int)
    @_guarded
    def on_rep_began(self, number: int) -> None:
        """A paced rep began (its ``rep`` cue follows): the count it is to say."""
        self._policy.note_rep(number)

    @Slot(str)
    @_guarded
    def on_cue(self, name: str) -> None:
        try:
            cue = Cue(name)
        except ValueError:
            log.debug("Ignoring unknown cue %r", name)
            return
        if not self._pending:
            self._moment = self._clock()
        self._pending.append((cue, self._step))
        if self._coalesce:
            self._flush_timer.start()
        else:
            self.flush()

    @Slot()
    def on_paused(self) -> None:
        self._silence()

    @Slot(object)
    def on_finished(self, outcome: StepOutcome) -> None:
        if outcome != StepOutcome.COMPLETED:
            self._silence()

    @Slot()
    @_guarded
    def shutdown(self) -> None:
        """Stop every sound and release the backend (ends simpleaudio's child process)."""
        self._silence()
        self._player.close()

    @Slot()
    @_guarded
    def flush(self) -> None:
        """Play what the cues gathered so far call for (normally run by a zero-delay timer)."""
        self._flush_timer.stop()
        pending, self._pending = self._pending, []
        if not pending:
            return
        announcement = self.compose(pending)
        announcement.at = self._moment
        self._perform(announcement)

    def compose(self, cues: list[tuple[Cue, Step | None]]) -> Announcement:
        """The beep and words for cues that arrive at one moment (no side effects)."""
        can_speak = self._speaker is not None and self._speaker.available
        return self._policy.compose(cues, can_speak=can_speak)

    # --- playing ---------------------------------------------------------------------------

    def _perform(self, announcement: Announcement) -> None:
        self.announced.emit(announcement)
        if self._muted or self._volume == 0:
            return
        beeps_on, voice_on = self._policy.beeps, self._policy.voice
        beep = self._bank.beep(announcement.beep) if beeps_on and announcement.beep else None
        voiced = False
        if voice_on and announcement.speech and self._speaker is not None:
            voiced = self._speaker.say(announcement.speech)
        words: list[Sound] = []
        if voice_on and not voiced:
            words = [s for p in announcement.voices if (s := self._bank.voice(p)) is not None]
        parts: list[Sound] = [beep] if beep is not None else []
        for index, word in enumerate(words):
            if parts:
                parts.append(silence(GAP_AFTER_BEEP if index == 0 else GAP_BETWEEN_WORDS, word))
            parts.append(word)
        if not any(not part.is_empty for part in parts):
            return
        # Beeps are never dropped; words alone are, if they cannot start in time.
        deadline = None if beep is not None else self._moment + VOICE_GRACE_SECONDS
        name = "+".join(c.value for c in announcement.cues)
        self._player.play(join(name, parts), deadline)

    def _silence(self) -> None:
        self._flush_timer.stop()
        self._pending.clear()
        self._player.stop()
        if self._speaker is not None:
            self._speaker.stop()

    def _apply_volume(self) -> None:
        gain = volume_gain(self._volume)
        self._player.set_volume(gain)
        if self._speaker is not None:
            self._speaker.set_volume(gain)

    @Slot(str)
    def _on_player_failed(self, reason: str) -> None:
        text = f"No sound: {reason}"
        if text != self.status_text:
            self.status_text = text
            self.sound_status_changed.emit(text)
