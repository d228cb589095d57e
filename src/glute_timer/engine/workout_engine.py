"""The workout engine: a QStateMachine that walks through a plan on time."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum, auto
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtStateMachine import QFinalState, QHistoryState, QState, QStateMachine

from glute_timer.domain.cues import Cue
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import Plan, Step, StepKind
from glute_timer.engine.clock import Clock, QtTimerFactory, SystemClock, TimerFactory
from glute_timer.engine.cue_schedule import TimedCue, start_cues, timed_cues
from glute_timer.engine.sleep import SleepDetector
from glute_timer.engine.step_clock import StepClock

_log = logging.getLogger(__name__)

# Pressing back within this many seconds of a step's start goes to the previous step.
BACK_GRACE_SECONDS = 2.0
# The display timer only repaints; 20 Hz keeps a countdown smooth without waking the CPU often.
DISPLAY_INTERVAL_SECONDS = 0.05
# Timers are armed in whole milliseconds; a wake-up this close to its moment counts as on it.
TOLERANCE_SECONDS = 0.0005
# No display tick this close before a step end or a timed cue: the repaint it triggers could
# delay that moment, and the moment brings a fresh tick of its own.
QUIET_BEFORE_MOMENT_SECONDS = 0.025


def _counts_up(step: Step) -> bool:
    """Whether ``step``'s time counts up: a reps step the person ends, with no tempo."""
    return step.kind is StepKind.REPS and not step.is_paced


class StepState(QState):
    """The machine state standing for one step of the plan."""

    def __init__(self, step: Step, parent: QState) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step-{step.index}-{step.kind.value}")


class _Phase(Enum):
    """Where the workout is; written only by ``start()`` and the machine's state handlers."""

    READY = auto()
    RUNNING = auto()
    PAUSED = auto()
    ENDING = auto()  # stopped or at the finish step; the machine is on its way to the end
    ENDED = auto()


class _Requests(QObject):
    """The engine's internal signals; each drives one kind of transition."""

    advance = Signal()
    back = Signal()
    restart = Signal()
    pause = Signal()
    resume = Signal()
    end = Signal()


class _CommandQueue:
    """Runs commands one at a time: one given while another runs waits until it is done.

    A slot connected to an engine signal runs inside the command that emitted it; its own
    command is deferred, still before control returns to the event loop.
    """

    def __init__(self) -> None:
        self._depth = 0
        self._deferred: list[Callable[[], None]] = []

    @contextmanager
    def operation(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if self._depth == 0:
            while self._deferred:
                self.run(self._deferred.pop(0))

    def run(self, action: Callable[[], None]) -> None:
        if self._depth > 0:
            self._deferred.append(action)
            return
        with self.operation():
            action()


def _build_machine(
    plan: Plan, requests: _Requests, parent: QObject
) -> tuple[QStateMachine, list[StepState], QState, QFinalState]:
    """Running (one state per step, and a history state), Paused beside it, and an end.

    Each transition fires on one of the ``requests`` signals. Returns the machine, the
    step states, Paused and the final state, for the engine to connect its handlers.
    """
    machine = QStateMachine(parent)
    machine.setObjectName("workout")
    running = QState(machine)
    running.setObjectName("running")
    steps = [StepState(step, running) for step in plan.steps]
    history = QHistoryState(QHistoryState.HistoryType.ShallowHistory, running)
    history.setDefaultState(steps[0])
    running.setInitialState(steps[0])
    paused = QState(machine)
    paused.setObjectName("paused")
    final = QFinalState(machine)
    final.setObjectName("ended")
    machine.setInitialState(running)
    for index, state in enumerate(steps):
        if index + 1 < len(steps):
            state.addTransition(requests.advance, steps[index + 1])
        state.addTransition(requests.back, steps[max(index - 1, 0)])
        state.addTransition(requests.restart, state)
    running.addTransition(requests.pause, paused)
    running.addTransition(requests.end, final)
    paused.addTransition(requests.resume, history)
    paused.addTransition(requests.end, final)
    return machine, steps, paused, final


class WorkoutEngine(QObject):
    """Runs a :class:`Plan` step by step against a monotonic clock.

    The machine: a Running state holds one state per step (the last is ``finish``) and a
    history state; Paused sits beside Running; a final state ends the machine. Skip, done and
    completion move to the next step state, back to the previous one or into the same one
    again, pause and resume go through Paused and the history state. Transitions are taken at
    once (the engine drives them with signals), so ``current_step`` and ``is_paused`` are up to
    date when a call returns. A command given from a slot connected to one of the engine's
    signals waits until the engine has finished what it was doing (e.g. a ``pause()`` in a
    ``step_finished`` slot pauses the next step, once it has started), still before control
    returns to the event loop.

    Time left is ``deadline - clock.monotonic()``, where the deadline is set when a step starts
    or resumes. A step that ends on time hands its exact deadline to the next step as that
    step's start, so late wake-ups never accumulate. One precise single-shot timer ends the
    step, another wakes for the next timed cue, and a coarse 20 Hz timer only reports ``tick``
    and watches for sleep.

    Signals:
        step_started(Step): a step began (fresh, not on resume; again after ``back``).
        tick(float, float): about 20 times a second, and at each start and resume.
            Timed steps (paced reps too): seconds left and the fraction of the step done
            (0..1). Reps steps without a tempo: seconds elapsed (counting up, pauses
            excluded) and elapsed / the step's estimated seconds, capped at 1.
        cue(str): a :class:`~glute_timer.domain.cues.Cue` value. Start cues (``get_ready``,
            ``go`` then ``last_set``, ``switch_side``, ``rest``, ``workout_complete``) come
            right after ``step_started``; countdown, ``halfway`` and ``rep`` at their moment;
            ``hold_end`` when a hold or a paced reps step runs out (not when skipped or
            done early), before its ``step_finished``. A cue due at the moment of a pause
            comes right after ``resumed``; none comes twice within one run of a step.
        step_finished(Step, StepOutcome, float): a step ended ``completed``, ``skipped``
            or ``stopped`` after that many active seconds (pauses
            excluded; a step that ran out reports exactly its planned seconds). The finish
            step is not reported. A hold or reps step left by ``back`` (restarted, or left
            for the step before) is reported ``restarted`` with its active seconds, if any;
            other steps left by ``back`` are not. A step is reported again when it ends
            later, so a step gone back to may be reported twice.
        rep_began(int): a paced reps step's rep N (2 and up) begins, right before ``rep``.
        paused(): the workout is paused.
        resumed(): the workout resumed; the step goes on with the time it had left.
        slept(float): the machine slept or the app was frozen for about that many seconds;
            the engine has already paused (``paused`` came first) with the time left as it
            was at the last tick before the gap.
        finished(StepOutcome): ``completed`` (after the finish step's start and its
            ``workout_complete`` cue) or ``stopped`` (after the stopped step's report).

    Attributes:
        plan: the plan being run.
        current_step: the step being run or paused (after the end, the last one entered).
        is_paused / is_running: the machine's state (running covers paused).
    """

    step_started = Signal(object)
    tick = Signal(float, float)
    cue = Signal(str)
    rep_began = Signal(int)
    step_finished = Signal(object, object, float)
    paused = Signal()
    resumed = Signal()
    slept = Signal(float)
    finished = Signal(object)

    def __init__(
        self,
        plan: Plan,
        clock: Clock | None = None,
        timer_factory: TimerFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if not plan.steps or plan.steps[-1].kind is not StepKind.FINISH:
            raise ValueError("a plan must end with a finish step")
        self._plan = plan
        self._clock: Clock = clock if clock is not None else SystemClock()
        factory = timer_factory if timer_factory is not None else QtTimerFactory(self)
        self._step_timer = factory(self._on_step_timer, repeating=False, precise=True)
        self._cue_timer = factory(self._on_cue_timer, repeating=False, precise=True)
        self._display_timer = factory(self._on_display_timer, repeating=True, precise=False)
        self._sleep = SleepDetector()

        self._index: int | None = None
        self._phase = _Phase.READY
        self._outcome = StepOutcome.COMPLETED
        self._came_from_pause = False
        self._next_start: float | None = None
        self._commands = _CommandQueue()
        self._timing: StepClock | None = None
        self._pending_cues: list[TimedCue] = []

        self._requests = _Requests(self)
        self._machine, step_states, paused, final = _build_machine(plan, self._requests, self)
        for index, state in enumerate(step_states):
            state.entered.connect(partial(self._on_step_entered, index))
            state.exited.connect(self._stop_timers)
        paused.entered.connect(self._on_paused_entered)
        paused.exited.connect(self._on_paused_exited)
        final.entered.connect(self._on_final_entered)

    # -- public queries ----------------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def current_step(self) -> Step | None:
        return None if self._index is None else self._plan[self._index]

    @property
    def is_paused(self) -> bool:
        return self._phase is _Phase.PAUSED

    @property
    def is_running(self) -> bool:
        return self._phase in (_Phase.RUNNING, _Phase.PAUSED, _Phase.ENDING)

    # -- commands ----------------------------------------------------------------------------

    def start(self) -> None:
        """Start the workout at its first step (``step_started`` is emitted before returning)."""
        if self._phase is not _Phase.READY:
            _log.warning("start() called twice; ignored")
            return
        self._phase = _Phase.RUNNING
        with self._commands.operation():
            self._machine.start()
            # QStateMachine.start() only queues its start; deliver it now so the first step is
            # entered before we return and the engine's state is never half-started.
            QCoreApplication.sendPostedEvents(self._machine, QEvent.Type.MetaCall)

    def pause(self) -> None:
        """Pause, keeping the time left. Does nothing if paused or not running."""
        self._commands.run(self._do_pause)

    def resume(self) -> None:
        """Resume the paused step with the time it had left."""
        self._commands.run(self._do_resume)

    def toggle_pause(self) -> None:
        """Pause if running, resume if paused."""
        self._commands.run(self._do_toggle_pause)

    def skip(self) -> None:
        """End the current step as skipped and start the next one (resumes first if paused)."""
        self._commands.run(partial(self._do_end_step_early, StepOutcome.SKIPPED))

    def done(self) -> None:
        """End the current reps step as completed (resumes first if paused).

        Ignored in timed steps, which end on their own.
        """
        self._commands.run(self._do_done)

    def back(self) -> None:
        """Restart the current step, or go to the previous one within its first 2 s.

        Resumes first if paused. A hold or reps attempt left is reported ``restarted``.
        """
        self._commands.run(self._do_back)

    def stop(self) -> None:
        """End the workout: report the current step as stopped, then ``finished("stopped")``."""
        self._commands.run(self._do_stop)

    # -- internals: commands -----------------------------------------------------------------

    def _can_command(self) -> bool:
        return self._phase in (_Phase.RUNNING, _Phase.PAUSED) and self._index is not None

    def _do_pause(self) -> None:
        if self._can_command() and not self.is_paused:
            self._pause_at(self._clock.monotonic())

    def _do_resume(self) -> None:
        if self._can_command() and self.is_paused:
            self._requests.resume.emit()

    def _do_toggle_pause(self) -> None:
        self._do_resume() if self.is_paused else self._do_pause()

    def _do_done(self) -> None:
        step = self.current_step
        if step is None or step.kind is not StepKind.REPS:
            _log.debug("done() outside a reps step; ignored")
            return
        self._do_end_step_early(StepOutcome.COMPLETED)

    def _do_end_step_early(self, outcome: StepOutcome) -> None:
        if not self._can_command():
            return
        self._do_resume()
        now = self._clock.monotonic()
        self._stop_timers()
        self._report(outcome, self._active(now))
        self._next_start = now
        self._requests.advance.emit()

    def _do_back(self) -> None:
        if not self._can_command():
            return
        self._do_resume()
        now = self._clock.monotonic()
        index = self._index if self._index is not None else 0
        self._stop_timers()
        self._next_start = now
        active = self._active(now)
        if active > 0 and self._plan[index].is_work:  # the attempt left keeps its work
            self._report(StepOutcome.RESTARTED, active)
        if active < BACK_GRACE_SECONDS and index > 0:
            self._requests.back.emit()
        else:
            self._requests.restart.emit()

    def _do_stop(self) -> None:
        if not self._can_command():
            return
        now = self._clock.monotonic()
        if self._timing is not None:
            self._timing.pause(now)
        self._stop_timers()
        self._report(StepOutcome.STOPPED, self._active(now))
        self._phase = _Phase.ENDING
        self._outcome = StepOutcome.STOPPED
        self._requests.end.emit()

    def _pause_at(self, at: float) -> None:
        if self._timing is not None:
            self._timing.pause(at)
        self._stop_timers()
        self._requests.pause.emit()

    def _report(self, outcome: StepOutcome, actual: float) -> None:
        step = self.current_step
        if step is None or step.kind is StepKind.FINISH:
            return
        _log.debug("step %d %s after %.3f s", step.index, outcome.value, actual)
        self.step_finished.emit(step, outcome, actual)

    # -- internals: time ---------------------------------------------------------------------

    def _active(self, now: float) -> float:
        return 0.0 if self._timing is None else self._timing.active(now)

    def _left(self, now: float) -> float:
        return 0.0 if self._timing is None else self._timing.left(now)

    def _counting(self) -> bool:
        """Whether the current step's time runs (not paused, not at or past the end)."""
        return self._timing is not None and self._timing.running

    def _deadline(self) -> float:
        """Monotonic time the running timed step ends."""
        deadline = None if self._timing is None else self._timing.deadline()
        assert deadline is not None, "no deadline while paused"
        return deadline

    def _stop_timers(self) -> None:
        self._step_timer.stop()
        self._cue_timer.stop()
        self._display_timer.stop()
        self._sleep.stop()

    def _arm(self, now: float) -> None:
        step = self._plan[self._index if self._index is not None else 0]
        self._sleep.reset(now, self._clock.suspended())
        self._display_timer.start(DISPLAY_INTERVAL_SECONDS)
        if step.is_timed:
            self._step_timer.start(max(0.0, self._deadline() - now))
        self._arm_cue_timer(now)

    def _arm_cue_timer(self, now: float) -> None:
        if not self._pending_cues or not self._counting():
            self._cue_timer.stop()
            return
        due = self._deadline() - self._pending_cues[0].at_seconds_left
        self._cue_timer.start(max(0.0, due - now))

    def _emit_due_cues(self, now: float) -> int:
        left = self._left(now)
        emitted = 0
        while (
            self._pending_cues and self._pending_cues[0].at_seconds_left >= left - TOLERANCE_SECONDS
        ):
            self._emit_timed(self._pending_cues.pop(0))
            emitted += 1
        return emitted

    def _emit_timed(self, timed: TimedCue) -> None:
        if timed.rep:
            self.rep_began.emit(timed.rep)
        self.cue.emit(timed.cue.value)

    def _seconds_to_next_moment(self, now: float) -> float | None:
        """Seconds until the step ends or the next timed cue is due (None for reps steps)."""
        step = self.current_step
        if step is None or not step.is_timed or not self._counting():
            return None
        until = self._deadline() - now
        if self._pending_cues:
            until = min(until, until - self._pending_cues[0].at_seconds_left)
        return until

    def _emit_tick(self, now: float) -> None:
        step = self.current_step
        if step is None:
            return
        if self._timing is not None:
            self.tick.emit(*self._timing.progress(now, counting_up=_counts_up(step)))

    def _check_sleep(self, now: float) -> bool:
        """Pause and emit ``slept`` if the clocks say the machine slept; True if it did."""
        before = self._sleep.last_monotonic
        slept = self._sleep.observe(now, self._clock.suspended())
        if slept is None:
            return False
        _log.info("machine slept or froze for %.1f s; pausing", slept)
        self._pause_at(before if before is not None else now)
        self.slept.emit(slept)
        return True

    # -- internals: timer callbacks ----------------------------------------------------------

    def _on_step_timer(self) -> None:
        with self._commands.operation():
            if not self._counting() or self._phase is _Phase.ENDING:
                return
            now = self._clock.monotonic()
            if self._check_sleep(now):
                return
            deadline = self._deadline()
            if now < deadline - TOLERANCE_SECONDS:
                self._step_timer.start(deadline - now)
                return
            step = self._plan[self._index if self._index is not None else 0]
            self._stop_timers()
            # Cues still pending were due before the deadline: never lose one.
            while self._pending_cues:
                self._emit_timed(self._pending_cues.pop(0))
            if step.kind is StepKind.HOLD or step.is_paced:
                self.cue.emit(Cue.HOLD_END.value)
            self._report(StepOutcome.COMPLETED, self._active(deadline))
            self._next_start = deadline
            self._requests.advance.emit()

    def _on_cue_timer(self) -> None:
        with self._commands.operation():
            if not self._counting() or self._phase is _Phase.ENDING:
                return
            now = self._clock.monotonic()
            if self._check_sleep(now):
                return
            self._emit_due_cues(now)
            self._arm_cue_timer(now)

    def _on_display_timer(self) -> None:
        with self._commands.operation():
            if not self._counting() or self._phase is _Phase.ENDING:
                return
            now = self._clock.monotonic()
            if self._check_sleep(now):
                return
            if self._emit_due_cues(now):
                self._arm_cue_timer(now)
            until = self._seconds_to_next_moment(now)
            if until is None or until >= QUIET_BEFORE_MOMENT_SECONDS:
                self._emit_tick(now)

    # -- internals: state handlers -----------------------------------------------------------

    def _on_step_entered(self, index: int) -> None:
        now = self._clock.monotonic()
        if self._came_from_pause and index == self._index:
            self._came_from_pause = False
            if self._timing is not None:
                self._timing.resume(now)
            self._arm(now)
            self.resumed.emit()
            self._emit_due_cues(now)
            self._arm_cue_timer(now)
            self._emit_tick(now)
            return

        self._came_from_pause = False
        start = self._next_start if self._next_start is not None else now
        self._next_start = None
        self._index = index
        step = self._plan[index]
        self._timing = StepClock(step.seconds, start, running=step.kind is not StepKind.FINISH)
        self._pending_cues = list(timed_cues(step))
        _log.debug("step %d (%s) started", index, step.kind.value)

        if step.kind is StepKind.FINISH:
            self._phase = _Phase.ENDING
            self._outcome = StepOutcome.COMPLETED
            self.step_started.emit(step)
            self.cue.emit(Cue.WORKOUT_COMPLETE.value)
            self._requests.end.emit()
            return

        self._arm(now)
        self.step_started.emit(step)
        for cue in start_cues(self._plan, index):
            self.cue.emit(cue.value)
        self._emit_due_cues(now)
        self._arm_cue_timer(now)
        self._emit_tick(now)

    def _on_paused_entered(self) -> None:
        self._phase = _Phase.PAUSED
        self.paused.emit()

    def _on_paused_exited(self) -> None:
        if self._phase is _Phase.PAUSED:  # not when stopped while paused: that is ENDING
            self._phase = _Phase.RUNNING
        self._came_from_pause = True

    def _on_final_entered(self) -> None:
        self._stop_timers()
        if self._timing is not None:
            self._timing.pause(self._clock.monotonic())
        self._phase = _Phase.ENDED
        _log.debug("workout %s", self._outcome.value)
        self.finished.emit(self._outcome)
