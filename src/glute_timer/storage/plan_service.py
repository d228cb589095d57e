"""The plan's answers for the start screen, the CLI and reminders, and acting on suggestions.

The functions the UI calls: :meth:`PlanService.today_status` (the "today" strip),
:meth:`PlanService.habit_offer` (the first-run "Make Wall push a morning habit" card),
:meth:`PlanService.suggestions`, :meth:`PlanService.accept` / :meth:`PlanService.undo` and
:meth:`PlanService.dismiss` (the suggestion card), and the plan and rest-day edits of
:class:`~glute_timer.storage.plan_repository.PlanRepository` (``service.plan``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo

from glute_timer.domain import library
from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Routine, Stage
from glute_timer.domain.names import copy_name, name_key
from glute_timer.domain.progression import (
    HABIT_KEY,
    HABIT_TIME,
    THRESHOLDS,
    ProgressionThresholds,
    RecentSession,
    Suggestion,
    SuggestionKind,
    habit_offer,
    session_suggestion,
    stage_suggestion,
)
from glute_timer.domain.schedule import (
    Adherence,
    Frequency,
    PlanEntry,
    PlanHistory,
    RestDay,
    TodayItem,
    build_history,
    reminders_due,
    streak,
    today_items,
    week_adherence,
    week_met,
    week_start,
)
from glute_timer.storage.database import Database
from glute_timer.storage.models import utc_now
from glute_timer.storage.plan_repository import PlanRepository
from glute_timer.storage.routine_repository import RoutineRepository


@dataclass(frozen=True)
class TodayStatus:
    """What the "today" strip and ``glute-timer today`` show."""

    today: date
    items: tuple[TodayItem, ...]
    streak: int
    adherence: Adherence
    rest_day: RestDay | None


@dataclass(frozen=True)
class AcceptedChange:
    """What accepting a suggestion did, so that :meth:`PlanService.undo` can take it back."""

    key: str
    created_copy: str | None = None  # a copy of a built-in made for the change
    copied_from: str | None = None
    previous: Routine | None = None  # the custom routine as it was before
    added_entry: str | None = None  # the routine a stage suggestion added to the plan

    def describe(self) -> str:
        """What was done, for the person, to follow "Done: " (no final period)."""
        if self.created_copy:
            return translate(
                "PlanChanges", "saved as your own routine {routine}; the plan now uses it"
            ).format(routine=repr(library.shown(self.created_copy)))
        if self.previous is not None:
            return translate("PlanChanges", "{routine} changed").format(
                routine=repr(library.shown(self.previous.name))
            )
        if self.added_entry:
            return translate("PlanChanges", "{routine} added to the plan").format(
                routine=repr(library.shown(self.added_entry))
            )
        return translate("PlanChanges", "noted; nothing to change")


class PlanService:
    """The plan judged against the history, in one local time zone (None: the system's)."""

    def __init__(
        self,
        database: Database,
        *,
        local_zone: tzinfo | None = None,
        now: Callable[[], datetime] = utc_now,
        thresholds: ProgressionThresholds = THRESHOLDS,
    ) -> None:
        self.plan = PlanRepository(database)
        self.routines = RoutineRepository(database)
        self._zone = local_zone
        self._now = now
        self._thresholds = thresholds

    def local_now(self) -> datetime:
        """Now as a local wall time (aware)."""
        return self._now().astimezone(self._zone)

    def today(self) -> date:
        return self.local_now().date()

    def _history(self, entries: list[PlanEntry], today: date) -> PlanHistory:
        first = min([e.since for e in entries] + [week_start(today) - timedelta(weeks=4)])
        sessions = self.plan.counted_sessions(first, self._zone)
        return build_history(sessions, self.plan.rest_days(first), self._zone)

    # ----------------------------------------------------------------- today

    def today_status(self) -> TodayStatus:
        """Today's list, the streak, this week's adherence and today's rest day if marked."""
        today = self.today()
        entries = self.plan.entries()
        history = self._history(entries, today)
        return TodayStatus(
            today=today,
            items=tuple(today_items(entries, history, today)),
            streak=streak(entries, history, today),
            adherence=week_adherence(entries, history, today, today),
            rest_day=history.rest_days.get(today),
        )

    def reminders_due(self) -> list[TodayItem]:
        """Entries to remind about now (see ``domain.schedule.reminders_due``)."""
        entries = self.plan.entries()
        if not entries:
            return []
        local = self.local_now()
        return reminders_due(entries, self._history(entries, local.date()), local)

    def next_reminder(self) -> datetime | None:
        """The next reminder time today after now (local, aware), or None."""
        local = self.local_now()
        times = sorted({e.remind_at for e in self.plan.entries() if e.remind_at is not None})
        for moment in times:
            at = datetime.combine(local.date(), moment, local.tzinfo)
            if at > local:
                return at
        return None

    # ----------------------------------------------------------- suggestions

    def _recent(self, routine: str, limit: int) -> list[RecentSession]:
        since = self._now() - timedelta(days=self._thresholds.recent_days)
        return self.plan.recent_sessions(routine, limit, since)

    def suggestions(self) -> list[Suggestion]:
        """Suggestions for the planned routines and the routines done lately, minus dismissed.

        At most one per routine (easing back wins), then a stage suggestion if earned.
        """
        t = self._thresholds
        entries = self.plan.entries()
        names = [e.routine for e in entries] + self.plan.recent_routine_names(
            self._now() - timedelta(days=t.recent_days)
        )
        found: list[Suggestion] = []
        seen: set[str] = set()
        for name in names:
            if name_key(name) in seen:
                continue
            seen.add(name_key(name))
            entry = self.routines.find(name)
            if entry is None:
                continue
            suggestion = session_suggestion(entry.routine, self._recent(name, t.window), t)
            if suggestion is not None:
                found.append(suggestion)
        stage = self._stage_suggestion(entries)
        if stage is not None:
            found.append(stage)
        dismissed = self.plan.dismissed()
        return [s for s in found if s.key not in dismissed]

    def habit_offer(self) -> Suggestion | None:
        """The start screen's one-time "Make Wall push a morning habit" offer, or None."""
        return habit_offer(not self.plan.entries(), HABIT_KEY in self.plan.dismissed())

    def _stage_suggestion(self, entries: list[PlanEntry]) -> Suggestion | None:
        t = self._thresholds
        if not entries:
            return None
        today = self.today()
        history = self._history(entries, today)
        this_week = week_start(today)
        weeks = [this_week - timedelta(weeks=k) for k in range(t.stage_weeks, 0, -1)]
        weeks_met = [week_met(entries, history, week, today) for week in weeks]
        stages: dict[str, Stage | None] = {}
        sessions: dict[Stage, list[RecentSession]] = {}
        start = datetime.combine(weeks[0], time(), self.local_now().tzinfo)
        for e in entries:
            found = self.routines.find(e.routine)
            stage = found.routine.stage if found else None
            stages[e.routine] = stage
            if stage is not None:
                recent = self.plan.recent_sessions(e.routine, 1000, start)
                sessions.setdefault(stage, []).extend(
                    s for s in recent if self._local_day(s.started_at) < this_week
                )
        next_routines = {r.stage: r.name for r in reversed(library.ROUTINES) if r.stage is not None}
        return stage_suggestion(stages, weeks_met, sessions, next_routines, t)

    def _local_day(self, moment: datetime) -> date:
        return moment.astimezone(self._zone).date()

    def accept(self, suggestion: Suggestion) -> AcceptedChange:
        """Apply ``suggestion`` to the person's own routine (a built-in is copied first).

        The plan follows a copy. The suggestion is then hidden, as when dismissed.
        """
        change = AcceptedChange(suggestion.key)
        if suggestion.kind is SuggestionKind.HABIT and suggestion.add_routine:
            habit = PlanEntry(
                suggestion.add_routine, Frequency.DAILY, remind_at=HABIT_TIME, since=self.today()
            )
            if self.plan.put(habit):
                change = replace(change, added_entry=suggestion.add_routine)
        elif suggestion.kind is SuggestionKind.NEXT_STAGE and suggestion.add_routine:
            entry = PlanEntry(
                suggestion.add_routine,
                Frequency.PER_WEEK,
                per_week=self._thresholds.next_stage_per_week,
                since=self.today(),
            )
            if self.plan.put(entry):
                change = replace(change, added_entry=suggestion.add_routine)
        elif suggestion.changed is not None:
            found = self.routines.find(suggestion.routine)
            if found is None:
                raise LookupError(
                    translate("PlanChanges", "no routine named {routine} any more").format(
                        routine=repr(library.shown(suggestion.routine))
                    )
                )
            if found.builtin:
                taken = [e.routine.name for e in self.routines.all_routines()]
                name = copy_name(found.routine.name, True, taken)
                self.routines.save(replace(suggestion.changed, name=name))
                self.plan.rename_routine(found.routine.name, name)
                change = replace(change, created_copy=name, copied_from=found.routine.name)
            else:
                self.routines.save(
                    replace(suggestion.changed, name=found.routine.name), replace=True
                )
                change = replace(change, previous=found.routine)
        self.plan.dismiss(suggestion.key)
        return change

    def undo(self, change: AcceptedChange) -> None:
        """Take back what :meth:`accept` did, and show the suggestion again."""
        if change.created_copy and change.copied_from:
            self.plan.rename_routine(change.created_copy, change.copied_from)
            self.routines.delete(change.created_copy)
        if change.previous is not None:
            self.routines.save(change.previous, replace=True)
        if change.added_entry:
            self.plan.remove(change.added_entry)
        self.plan.undismiss(change.key)

    def dismiss(self, suggestion: Suggestion) -> None:
        """Hide ``suggestion`` (this step only) for good."""
        self.plan.dismiss(suggestion.key)
