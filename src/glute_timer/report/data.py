"""The physio report's numbers, computed from the sessions exactly as ``history --json`` gives them.

Pure: no Qt, no SQLAlchemy. ``read_history`` uses the same plain-sqlite reader as the CLI
export, so every number here can be recomputed from ``history --json`` output.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any, Final

from glute_timer.domain.history_file import parse_instant

# Sessions with less work than this are accidental starts: counted apart, not reported on.
MIN_WORK_SECONDS: Final = 10.0
SIDES: Final = ("left", "right", "none")
_EPOCH_MS_TO_S: Final = 1000.0
_MARGIN_DAYS: Final = 7
_MAX_IDS: Final = 30_000


@dataclass(frozen=True)
class SideTotals:
    """Work on one side ("none" for exercises without sides) over the period."""

    side: str
    holds_completed: int
    holds_reached: int
    reps_completed: int
    reps_reached: int
    seconds_held: float
    seconds_planned: float


@dataclass(frozen=True)
class HeldPoint:
    """Seconds held per side in one session."""

    when: datetime
    seconds: Mapping[str, float]


@dataclass(frozen=True)
class RatingPoint:
    """The effort and pain the person gave one session (either may be missing)."""

    when: datetime
    effort: int | None
    pain: int | None


@dataclass(frozen=True)
class ShortStep:
    """A hold or reps set that was skipped or stopped before its end."""

    when: datetime
    exercise: str
    side: str
    set_number: int
    planned_seconds: float
    actual_seconds: float
    outcome: str


@dataclass(frozen=True)
class Note:
    """A session's note."""

    when: datetime
    text: str


@dataclass(frozen=True)
class RoutineReport:
    """Everything reported about one routine."""

    name: str
    sessions: int
    completed: int
    sides: tuple[SideTotals, ...]
    held: tuple[HeldPoint, ...]
    ratings: tuple[RatingPoint, ...]
    short_steps: tuple[ShortStep, ...]
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class Report:
    """The report: its period, who it is for, the adherence calendar and each routine."""

    start: date
    end: date
    person: str | None
    session_days: frozenset[date]
    accidental_starts: int
    routines: tuple[RoutineReport, ...]

    @property
    def sessions(self) -> int:
        """Sessions reported on (accidental starts excluded)."""
        return sum(r.sessions for r in self.routines)


def read_history(
    database_file: Path,
    routine: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[dict[str, Any]]:
    """Sessions as ``history --json`` gives them (newest first); [] when there is no file.

    With ``start``/``end``, only sessions that may have begun on those local dates are read
    (a generous margin around them): :func:`build_report` then picks by the exported start.
    """
    from glute_timer.storage import history_export

    try:
        connection = history_export.open_readonly(database_file)
    except FileNotFoundError:
        return []
    try:
        ids = None
        if start is not None and end is not None:
            # The export's start (the first step's) is at or after the row's, within a session.
            low = datetime.combine(start - timedelta(days=_MARGIN_DAYS), time()).timestamp()
            high = datetime.combine(end + timedelta(days=2), time()).timestamp()
            sql = "SELECT id FROM sessions WHERE deleted_at IS NULL AND started_at BETWEEN ? AND ?"
            params: list[Any] = [int(low * 1000), int(high * 1000)]
            if routine is not None:
                sql += " AND routine_name = ?"
                params.append(routine)
            ids = [row[0] for row in connection.execute(sql, params)]
            if len(ids) > _MAX_IDS:  # past SQLite's variable limit: reading all is the same
                ids = None
        sessions = history_export.read_sessions(connection, routine=routine, session_ids=ids)
    finally:
        connection.close()
    return [
        {
            **{k: v for k, v in s.items() if not k.startswith("_")},
            "steps": [{k: v for k, v in st.items() if not k.startswith("_")} for st in s["steps"]],
        }
        for s in sessions
    ]


def local_time(instant: str, zone: tzinfo | None = None) -> datetime:
    """An export instant (``...Z``) as an aware local datetime (``zone``, else the system's)."""
    moment = datetime.fromtimestamp(parse_instant(instant) / _EPOCH_MS_TO_S, tz=UTC)
    return moment.astimezone(zone)


def work_seconds(session: Mapping[str, Any]) -> float:
    """Seconds spent in holds and reps sets."""
    return float(
        sum(s["actual_seconds"] for s in session["steps"] if s["kind"] in ("hold", "reps"))
    )


def _side(step: Mapping[str, Any]) -> str:
    return str(step["side"]) if step["side"] else "none"


def _routine_report(
    name: str, sessions: Sequence[tuple[datetime, Mapping[str, Any]]]
) -> RoutineReport:
    counts: dict[str, dict[str, float]] = {side: defaultdict(float) for side in SIDES}
    held: list[HeldPoint] = []
    ratings: list[RatingPoint] = []
    short: list[ShortStep] = []
    notes: list[Note] = []
    used_sides: set[str] = set()
    for when, session in sessions:
        per_side = dict.fromkeys(SIDES, 0.0)
        for step in session["steps"]:
            kind = step["kind"]
            if kind not in ("hold", "reps"):
                continue
            side = _side(step)
            used_sides.add(side)
            done = step["outcome"] == "completed"
            # An attempt Back replaced: its seconds are work done, but the hold or set it
            # stood for is counted once, by the attempt that followed it.
            replaced = step["outcome"] == "restarted"
            if kind == "hold":
                counts[side]["seconds_held"] += step["actual_seconds"]
                per_side[side] += step["actual_seconds"]
                if not replaced:
                    counts[side]["holds_reached"] += 1
                    counts[side]["holds_completed"] += done
                    counts[side]["seconds_planned"] += step["planned_seconds"]
            elif not replaced:
                counts[side]["reps_reached"] += 1
                counts[side]["reps_completed"] += done
            if not done and not replaced:
                short.append(
                    ShortStep(
                        when,
                        step["exercise"] or "",
                        side,
                        step["set"],
                        step["planned_seconds"],
                        step["actual_seconds"],
                        step["outcome"],
                    )
                )
        held.append(HeldPoint(when, {s: round(per_side[s], 3) for s in SIDES}))
        if session["effort"] is not None or session["pain"] is not None:
            ratings.append(RatingPoint(when, session["effort"], session["pain"]))
        if session["notes"].strip():
            notes.append(Note(when, session["notes"].strip()))
    sides = tuple(
        SideTotals(
            side=side,
            holds_completed=int(counts[side]["holds_completed"]),
            holds_reached=int(counts[side]["holds_reached"]),
            reps_completed=int(counts[side]["reps_completed"]),
            reps_reached=int(counts[side]["reps_reached"]),
            seconds_held=round(counts[side]["seconds_held"], 3),
            seconds_planned=round(counts[side]["seconds_planned"], 3),
        )
        for side in SIDES
        if side in used_sides
    )
    return RoutineReport(
        name=name,
        sessions=len(sessions),
        completed=sum(1 for _, s in sessions if s["status"] == "completed"),
        sides=sides,
        held=tuple(held),
        ratings=tuple(ratings),
        short_steps=tuple(short),
        notes=tuple(notes),
    )


def build_report(
    sessions: Iterable[Mapping[str, Any]],
    start: date,
    end: date,
    *,
    routine: str | None = None,
    person: str | None = None,
    zone: tzinfo | None = None,
) -> Report:
    """The report for sessions started on local dates ``start`` to ``end`` (both included).

    ``sessions`` are in the ``history --json`` form, in any order.
    """
    chosen: dict[str, list[tuple[datetime, Mapping[str, Any]]]] = defaultdict(list)
    days: set[date] = set()
    accidental = 0
    for session in sessions:
        if routine is not None and session["routine"] != routine:
            continue
        when = local_time(session["started_at"], zone)
        if not start <= when.date() <= end:
            continue
        if work_seconds(session) < MIN_WORK_SECONDS:
            accidental += 1
            continue
        days.add(when.date())
        chosen[session["routine"]].append((when, session))
    routines = []
    for name in sorted(chosen, key=lambda n: (-len(chosen[n]), n.casefold())):
        ordered = sorted(chosen[name], key=lambda pair: pair[0])
        routines.append(_routine_report(name, ordered))
    return Report(start, end, person, frozenset(days), accidental, tuple(routines))
