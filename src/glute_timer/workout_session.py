"""One workout at a time: the plan with the get-ready rule, the engine, keep-awake, the
commands and the tally. The window shows what this reports; it runs nothing itself."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from glute_timer.domain import library
from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Routine
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import Plan, StepKind, compile_plan
from glute_timer.domain.tally import Tally
from glute_timer.platform.keep_awake.keeper import NoKeepAwake, ScreenKeeper
from glute_timer.settings import Settings

if TYPE_CHECKING:
    from glute_timer.engine.workout_engine import WorkoutEngine

_log = logging.getLogger(__name__)

# Makes the engine for a plan (``parent`` is the session); tests pass one on fake time.
EngineFactory = Callable[[Plan, QObject], "WorkoutEngine"]


def routine_to_run(routine: Routine, *, builtin: bool, prep_seconds: int) -> Routine:
    """``routine`` as it will run: a built-in takes the get-ready time from the preferences
    (``prep_seconds``); a custom routine keeps its own."""
    if builtin and routine.prep_seconds != prep_seconds:
        return replace(routine, prep_seconds=prep_seconds)
    return routine


class WorkoutSession(QObject):
    """Runs one workout at a time and reports what happens in it.

    Constructor arguments:
        settings: the preferences read at each start (get-ready time, keep the screen awake).
        engine_factory: makes the engine for a plan.
        keep_awake: held from the start of a workout to its end (and released on
            :meth:`close` and after errors); a stand-in that does nothing by default.

    Signals (the engine's, passed on, so listeners never hold an engine that has ended):
        started(object): the new :class:`WorkoutEngine`, connected but not started yet, so
            the audio and the recorder can connect to it; :attr:`routine` and :attr:`plan`
            are set.
        step_started(object): the :class:`Step` now on.
        tick(float, float): seconds left (elapsed, in a reps step) and the step's seconds.
        paused(), resumed(): the workout paused or went on.
        slept(float): the computer slept about that many seconds; the workout is paused.
        finished(object): the workout ended; the :class:`Tally` of it, its ``outcome`` set.
        keep_awake_failed(str): the screen cannot be kept awake for this workout (why).

    Commands (:meth:`toggle_pause`, :meth:`pause`, :meth:`skip`, :meth:`back`,
    :meth:`done`, :meth:`stop`) do nothing when no workout runs.
    """

    started = Signal(object)
    step_started = Signal(object)
    tick = Signal(float, float)
    paused = Signal()
    resumed = Signal()
    slept = Signal(float)
    finished = Signal(object)
    keep_awake_failed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        engine_factory: EngineFactory,
        keep_awake: ScreenKeeper | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._engine_factory = engine_factory
        self._keep_awake: ScreenKeeper = keep_awake or NoKeepAwake()
        self._awake_held = False
        self._engine: WorkoutEngine | None = None
        self._routine: Routine | None = None
        self._tally = Tally()

    # -- what runs -----------------------------------------------------------------------

    @property
    def engine(self) -> WorkoutEngine | None:
        """The engine of the workout in progress, if any."""
        return self._engine

    @property
    def routine(self) -> Routine | None:
        """The routine of the last workout started, as it runs (see :func:`routine_to_run`)."""
        return self._routine

    @property
    def plan(self) -> Plan | None:
        """The plan of the workout in progress, if any."""
        return self._engine.plan if self._engine is not None else None

    @property
    def tally(self) -> Tally:
        """What the current (or last) workout did so far."""
        return self._tally

    @property
    def is_running(self) -> bool:
        """Whether a workout is in progress (paused or not)."""
        return self._engine is not None and self._engine.is_running

    def routine_to_run(self, routine: Routine, *, builtin: bool) -> Routine:
        """``routine`` with the get-ready rule applied (see :func:`routine_to_run`)."""
        prep = self._settings.preferences.prep_seconds
        return routine_to_run(routine, builtin=builtin, prep_seconds=prep)

    def start(self, routine: Routine, *, builtin: bool) -> None:
        """End any workout in progress (unreported) and start ``routine``."""
        if self._engine is not None:
            self._end_engine()
        routine = self.routine_to_run(routine, builtin=builtin)
        self._routine = routine
        self._tally = Tally(routine_name=routine.name)
        engine = self._engine_factory(compile_plan(routine), self)
        self._engine = engine
        engine.step_started.connect(self.step_started)
        engine.tick.connect(self.tick)
        engine.paused.connect(self.paused)
        engine.resumed.connect(self.resumed)
        engine.slept.connect(self._on_slept)
        engine.step_finished.connect(self._tally.add)
        engine.finished.connect(self._on_finished)
        self.started.emit(engine)
        if self._settings.preferences.keep_screen_awake:
            # The reason the desktop shows for the screen staying on.
            reason = translate("WorkoutSession", "Following {routine}")
            self._hold_awake(reason.format(routine=library.shown(routine.name)))
        engine.start()

    # -- commands ------------------------------------------------------------------------

    def _running_engine(self) -> WorkoutEngine | None:
        engine = self._engine
        return engine if engine is not None and engine.is_running else None

    def toggle_pause(self) -> None:
        """Pause, or go on when paused."""
        if (engine := self._running_engine()) is not None:
            engine.toggle_pause()

    def pause(self) -> None:
        """Pause (does nothing when paused already)."""
        if (engine := self._running_engine()) is not None:
            engine.pause()

    def skip(self) -> None:
        """Skip to the next step."""
        if (engine := self._running_engine()) is not None:
            engine.skip()

    def back(self) -> None:
        """Restart the step, or go to the previous one in its first seconds."""
        if (engine := self._running_engine()) is not None:
            engine.back()

    def done(self) -> None:
        """End a reps step; means nothing in a timed step."""
        engine = self._running_engine()
        if engine is None:
            return
        step = engine.current_step
        if step is not None and step.kind is StepKind.REPS:
            engine.done()

    def stop(self, confirm: Callable[[], bool] | None = None) -> None:
        """Stop the workout; with ``confirm``, pause first and stop only when it says yes
        (otherwise go on, unless it was paused before)."""
        engine = self._running_engine()
        if engine is None:
            return
        if confirm is None:
            engine.stop()
            return
        was_paused = engine.is_paused
        if not was_paused:
            engine.pause()
        # While the question is open the workout may end or be replaced: act only on this one.
        yes = confirm()
        if engine is not self._engine or not engine.is_running:
            return
        if yes:
            engine.stop()
        elif not was_paused:
            engine.resume()

    # -- keep-awake ----------------------------------------------------------------------

    def set_keep_awake(self, keeper: ScreenKeeper) -> None:
        """Use ``keeper`` from the next workout on (the platform service loads after
        start-up); ignored while the current one holds the screen."""
        if not self._awake_held:
            self._keep_awake = keeper

    def release_keep_awake(self) -> None:
        """Let the screen sleep again (at the end, on quit and after an unexpected error)."""
        if not self._awake_held:
            return
        self._awake_held = False
        try:
            self._keep_awake.release()
        except Exception:
            _log.exception("releasing the screen keep-awake failed")

    def close(self) -> None:
        """Let the screen sleep and end any workout in progress, unreported (on quit)."""
        self.release_keep_awake()
        if self._engine is not None:
            self._end_engine()

    # -- internals -----------------------------------------------------------------------

    def _hold_awake(self, reason: str) -> None:
        try:
            self._awake_held = self._keep_awake.inhibit(reason)
        except Exception:  # a broken platform service must not stop the workout
            _log.exception("keeping the screen awake failed")
        if not self._awake_held:
            why = getattr(self._keep_awake, "unavailable_reason", "") or translate(
                "WorkoutSession", "no service answered"
            )
            self.keep_awake_failed.emit(str(why))

    def _on_slept(self, seconds: float) -> None:
        _log.info("the computer slept for about %.0f s; workout paused", seconds)
        self.slept.emit(seconds)

    def _on_finished(self, outcome: StepOutcome) -> None:
        tally = self._tally
        tally.outcome = outcome
        self.release_keep_awake()
        self._end_engine()
        self.finished.emit(tally)

    def _end_engine(self) -> None:
        engine = self._engine
        self._engine = None
        if engine is None:
            return
        if engine.is_running:
            engine.finished.disconnect(self._on_finished)
            engine.stop()
        engine.deleteLater()
