"""Turns the engine's cues into sound: which beep and which words, for each moment."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from glute_timer.audio.bank import SoundBank
from glute_timer.audio.catalog import (
    Beep,
    exercise_prompt_id,
    set_prompt_id,
    side_prompt_id,
)
from glute_timer.audio.player import CuePlayer, volume_gain
from glute_timer.audio.sound import Sound, join, silence
from glute_timer.audio.speech import NameSpeaker
from glute_timer.domain.cues import HALFWAY_MIN_SECONDS, Cue
from glute_timer.domain.plan import Plan, Step, StepKind

log = logging.getLogger(__name__)

# A voice prompt that cannot start this long after its moment is dropped.
VOICE_GRACE_SECONDS = 0.3
GAP_AFTER_BEEP = 0.08
GAP_BETWEEN_WORDS = 0.12
VOLUME_STEP = 10
# The engine counts down the last three seconds of a timed step (fewer in shorter steps);
# what a step's start says must end before the first tick, or the tick cuts it off.
COUNTDOWN_FROM = 3
SPEECH_MARGIN_SECONDS = 0.1
_START_CUES = frozenset({Cue.GET_READY, Cue.GO, Cue.LAST_SET, Cue.SWITCH_SIDE, Cue.REST})
# When a start's words would run into the countdown, these go first, in this order
# ("beep" is the beep leading the words).
_DROP_ORDER = ("set_", "beep", "switch_sides", "get_ready")

_BEEP_OF: dict[Cue, Beep] = {
    Cue.COUNTDOWN_3: Beep.TICK,
    Cue.COUNTDOWN_2: Beep.TICK,
    Cue.COUNTDOWN_1: Beep.TICK,
    Cue.GO: Beep.GO,
    Cue.HALFWAY: Beep.HALFWAY,
    Cue.HOLD_END: Beep.HOLD_END,
    Cue.SWITCH_SIDE: Beep.SWITCH_SIDE,
    Cue.REST: Beep.REST,
    Cue.WORKOUT_COMPLETE: Beep.WORKOUT_COMPLETE,
}

_F = TypeVar("_F", bound=Callable[..., Any])


def speech_budget(step: Step | None) -> float | None:
    """Seconds from ``step``'s start until its first timed cue, less a margin (None: no limit)."""
    if step is None or not step.is_timed:
        return None
    ends = [step.seconds]
    first_tick = next((n for n in range(COUNTDOWN_FROM, 0, -1) if n < step.seconds), None)
    if first_tick is not None:
        ends.append(step.seconds - first_tick)
    if step.kind is StepKind.HOLD and step.seconds >= HALFWAY_MIN_SECONDS:
        ends.append(step.seconds / 2)
    return max(min(ends) - SPEECH_MARGIN_SECONDS, 0.3)


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


@dataclass
class Announcement:
    """What one moment sounds like: at most one beep, then words.

    ``at`` is the moment (announcer clock) of the first cue. ``voices`` are pre-recorded
    prompt ids; ``speech`` is a sentence for text-to-speech (used instead of ``voices`` when
    a custom exercise name has to be said). ``left_out`` names what was dropped to end
    before the step's countdown (prompt ids, or ``beep``).
    """

    cues: list[Cue] = field(default_factory=list)
    at: float = 0.0
    beep: Beep | None = None
    voices: list[str] = field(default_factory=list)
    speech: str | None = None
    left_out: list[str] = field(default_factory=list)


class CueAnnouncer(QObject):
    """Listens to the engine and plays the right beep and voice prompts for each cue.

    Cues that arrive together (``go`` then ``last_set``; ``hold_end`` then the next step's
    cue) are gathered until control returns to the event loop and played as one sound:
    when words follow, the first beep of the moment leads ("hold over", then what comes);
    with the voice off, the last beep does (it says what comes). A newer moment cuts the
    sound of an older one short.

    Signals:
        sound_status_changed(str): "" when sound works, else "No sound: <reason>".
        volume_changed(int): the volume, 0..100.
        muted_changed(bool): muted or not.
        announced(object): the :class:`Announcement` just handed to the player (tests,
            debugging).

    Attributes:
        backend_name: the player's backend name, for the About or Settings view.
        status_text: the last ``sound_status_changed`` text.
    """

    sound_status_changed = Signal(str)
    volume_changed = Signal(int)
    muted_changed = Signal(bool)
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
        self._beeps = beeps_enabled
        self._voice = voice_enabled
        self._coalesce = coalesce
        self._step: Step | None = None
        self._last_work: Step | None = None
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
    def volume(self) -> int:
        return self._volume

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def beeps_enabled(self) -> bool:
        return self._beeps

    @property
    def voice_enabled(self) -> bool:
        return self._voice

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
            self.volume_changed.emit(volume)

    @Slot()
    def volume_up(self) -> None:
        self.set_volume(self._volume + VOLUME_STEP)

    @Slot()
    def volume_down(self) -> None:
        self.set_volume(self._volume - VOLUME_STEP)

    @Slot(bool)
    @_guarded
    def set_muted(self, muted: bool) -> None:
        if muted != self._muted:
            self._muted = muted
            if muted:
                self._silence()
            self.muted_changed.emit(muted)

    @Slot()
    def toggle_muted(self) -> None:
        self.set_muted(not self._muted)

    @Slot(bool)
    def set_beeps_enabled(self, enabled: bool) -> None:
        self._beeps = enabled

    @Slot(bool)
    @_guarded
    def set_voice_enabled(self, enabled: bool) -> None:
        self._voice = enabled
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
        if step.is_work:
            self._last_work = step

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

    @Slot(str)
    def on_finished(self, outcome: str) -> None:
        if outcome != "completed":
            self._silence()

    @Slot()
    @_guarded
    def shutdown(self) -> None:
        """Stop every sound and release the backend (ends simpleaudio's child process)."""
        self._silence()
        close = getattr(self._player, "close", None)
        if callable(close):
            close()

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

    # --- choosing what to play -------------------------------------------------------------

    def compose(self, cues: list[tuple[Cue, Step | None]]) -> Announcement:
        """The beep and words for cues that arrive at one moment (pure, no side effects)."""
        out = Announcement(cues=[cue for cue, _ in cues])
        beeps: list[Beep] = []
        speech_parts: list[str] = []
        for cue, step in cues:
            beep = _BEEP_OF.get(cue)
            if beep is not None:
                beeps.append(beep)
            words, sentence = self._words(cue, step)
            out.voices.extend(w for w in words if w not in out.voices)
            if sentence:
                speech_parts.append(sentence)
        if Cue.LAST_SET in out.cues:
            out.voices = [v for v in out.voices if not v.startswith("set_")]
        if speech_parts:
            out.speech = " ".join(speech_parts)
        if beeps:
            if Beep.WORKOUT_COMPLETE in beeps:
                out.beep = Beep.WORKOUT_COMPLETE
            elif self._voice and (out.voices or out.speech):
                out.beep = beeps[0]
            else:
                out.beep = beeps[-1]
        step = cues[-1][1]
        budget = speech_budget(step) if _START_CUES.intersection(out.cues) else None
        if budget is not None:
            self._fit(out, budget)
        return out

    def _fit(self, out: Announcement, budget: float) -> None:
        """Leave out optional parts until the sound ends within ``budget`` seconds."""

        def length() -> float:
            beep = self._bank.beep(out.beep) if self._beeps and out.beep else None
            words = [w for p in out.voices if (w := self._bank.voice(p))] if self._voice else []
            total = (beep.duration if beep else 0.0) + sum(w.duration for w in words)
            if beep and words:
                total += GAP_AFTER_BEEP
            return total + GAP_BETWEEN_WORDS * max(0, len(words) - 1)

        for kind in _DROP_ORDER:
            if length() <= budget:
                return
            if kind == "beep":
                if out.beep is not None and out.voices and out.beep is not Beep.WORKOUT_COMPLETE:
                    out.left_out.append("beep")
                    out.beep = None
                continue
            dropped = [v for v in out.voices if v.startswith(kind)]
            if dropped and len(dropped) < len(out.voices):
                out.voices = [v for v in out.voices if v not in dropped]
                out.left_out.extend(dropped)

    def _words(self, cue: Cue, step: Step | None) -> tuple[list[str], str | None]:
        """Prompt ids for ``cue``, or a sentence when a name must go to text-to-speech."""
        if cue is Cue.GET_READY and step is not None:
            return self._get_ready_words(step)
        if cue is Cue.HALFWAY:
            return ["halfway"], None
        if cue is Cue.LAST_SET:
            return ["last_set"], None
        if cue is Cue.WORKOUT_COMPLETE:
            return ["workout_complete"], None
        if cue is Cue.SWITCH_SIDE:
            words = ["switch_sides"]
            if step is not None and step.side is not None:
                words.append(side_prompt_id(step.side))
            words.extend(self._new_set_words(step))
            return words, None
        if cue is Cue.REST:
            return ["rest", *self._new_set_words(step)], None
        return [], None

    def _get_ready_words(self, step: Step) -> tuple[list[str], str | None]:
        tail: list[str] = []
        if step.side is not None:
            tail.append(side_prompt_id(step.side))
        set_id = set_prompt_id(step.set_number, step.set_count)
        if set_id:
            tail.append(set_id)
        name_id = exercise_prompt_id(step.exercise) if step.exercise else None
        if name_id is not None and self._bank.has_voice(name_id):
            return [name_id, *tail], None
        if step.exercise and self._speaker is not None and self._speaker.available:
            words = ["Get ready.", f"{step.exercise}."]
            if step.side is not None:
                words.append(f"{step.side.value.capitalize()} side.")
            if set_id:
                words.append(f"Set {step.set_number} of {step.set_count}.")
            return [], " ".join(words)
        return ["get_ready", *tail], None

    def _new_set_words(self, step: Step | None) -> list[str]:
        """The set prompt when ``step`` leads into a new set of the exercise just worked."""
        last = self._last_work
        if (
            step is None
            or last is None
            or step.exercise_index != last.exercise_index
            or step.set_number <= last.set_number
        ):
            return []
        set_id = set_prompt_id(step.set_number, step.set_count)
        return [set_id] if set_id else []

    # --- playing ---------------------------------------------------------------------------

    def _perform(self, announcement: Announcement) -> None:
        self.announced.emit(announcement)
        if self._muted or self._volume == 0:
            return
        beep = self._bank.beep(announcement.beep) if self._beeps and announcement.beep else None
        voiced = False
        if self._voice and announcement.speech and self._speaker is not None:
            voiced = self._speaker.say(announcement.speech)
        words: list[Sound] = []
        if self._voice and not voiced:
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
