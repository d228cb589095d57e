"""Progression suggestions the body has earned: a little more, ease back, or the next stage.

They are suggestions only: the person decides, and a physio's prescription always wins.
Every number the rules use is in :class:`ProgressionThresholds` (one instance,
:data:`THRESHOLDS`); docs/decisions.md gives the reasoning too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time
from enum import StrEnum
from typing import Final

from glute_timer.domain import limits
from glute_timer.domain.adjust import adjust_holds, adjust_refusal, chosen_holds
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.library import shown
from glute_timer.domain.model import Mode, Routine, Side, Sides, Stage
from glute_timer.domain.names import name_key


@dataclass(frozen=True)
class ProgressionThresholds:
    """The numbers behind every suggestion, with why each was chosen.

    Attributes:
        window: sessions looked at. Three in a row is the smallest run that is a pattern
            rather than a good or bad day, and short enough to step up every week or so.
        easy_pain_max: pain (0 to 10) that still counts as easy. 0 to 2 is "discomfort you
            notice but that does not change how you move"; the usual traffic-light advice
            for tendon and hip rehab accepts it during exercise.
        easy_effort_max: effort (0 to 10) that still counts as easy. 6 leaves a margin of a
            few more seconds or reps, so a step of 5 s or 2 reps stays within reach.
        hold_step_seconds: the step for holds, the same 5 s as quick adjust.
        reps_step: the step for reps; 2 reps is roughly the 5 s of a hold at 3 s a rep.
        ease_pain_at: pain after one session that asks for easing back at once. 5 is the
            amber-to-red line of the traffic-light advice: more than moderate pain.
        pain_rise: a rise in pain over the window that asks for easing back even while
            pain is still low; 2 points over three sessions is a trend, not noise.
        side_gap_seconds: the difference in seconds held (summed over the window) from
            which the sides count as different, so the weaker one is stepped up first.
            One step (5 s) is well above the fraction of a second that timing adds.
        stage_weeks: weeks in a row meeting the plan before the next stage is offered;
            three weeks of regular work is long enough to show the habit holds and the
            load is tolerated, and short enough to keep the person moving on.
        recent_days: how far back sessions are read; an old painful session should not
            keep asking to ease back months later.
        next_stage_per_week: how often the offered routine is planned when accepted;
            three days a week leaves a rest day between loaded sessions.
    """

    window: int = 3
    easy_pain_max: int = 2
    easy_effort_max: int = 6
    hold_step_seconds: int = 5
    reps_step: int = 2
    ease_pain_at: int = 5
    pain_rise: int = 2
    side_gap_seconds: float = 5.0
    stage_weeks: int = 3
    next_stage_per_week: int = 3
    recent_days: int = 28


THRESHOLDS: Final = ProgressionThresholds()

NEXT_STAGE: Final = {Stage.ACTIVATION: Stage.STRENGTH, Stage.STRENGTH: Stage.ENDURANCE}


class SuggestionKind(StrEnum):
    """What a suggestion proposes."""

    MORE = "more"
    EASE = "ease"
    NEXT_STAGE = "next-stage"
    HABIT = "habit"  # the first-run offer to plan the wall push every morning


@dataclass(frozen=True)
class RecentSession:
    """A session of one routine as the rules read it (hold seconds per side summed)."""

    session_id: int
    started_at: datetime
    completed: bool
    effort: int | None
    pain: int | None
    held_left: float
    held_right: float
    level: str | None  # :func:`routine_level` of the routine as run


@dataclass(frozen=True)
class Suggestion:
    """One suggestion, with the reason to show and what accepting it would do.

    ``title`` and ``reason`` are in the person's language when the suggestion is made (make
    it inside ``untranslated()`` for ``--json``); ``routine`` is the stored (English) name.

    ``key`` names the step: dismissing hides this step only, not the next one.
    ``changed`` is the routine as it would become (None: repeat it as it is, or a stage
    suggestion); ``add_routine`` is the routine a stage suggestion adds to the plan.
    """

    key: str
    kind: SuggestionKind
    routine: str
    title: str
    reason: str
    changed: Routine | None = None
    side: Side | None = None
    add_routine: str | None = None


def routine_level(routine: Routine) -> str:
    """The load of a routine as text: what changes when it is stepped up or eased back."""
    parts = []
    for exercise in routine.exercises:
        if exercise.mode is Mode.REPS:
            parts.append(f"{exercise.reps}r*{exercise.sets}")
        else:
            parts.append(f"{exercise.hold.left}/{exercise.hold.right}s*{exercise.sets}")
    return ";".join(parts)


def _is_easy(session: RecentSession, t: ProgressionThresholds) -> bool:
    return (
        session.completed
        and session.pain is not None
        and session.effort is not None
        and session.pain <= t.easy_pain_max
        and session.effort <= t.easy_effort_max
    )


def _ease_reason(recent: Sequence[RecentSession], t: ProgressionThresholds) -> str | None:
    """The whole reason sentence ("Because ...") to ease back, or None."""
    last = recent[-1]
    if last.pain is not None and last.pain >= t.ease_pain_at:
        text = translate(
            "Progression", "Because pain was {pain} after the last session ({threshold} or more)."
        )
        return text.format(pain=last.pain, threshold=t.ease_pain_at)
    window = recent[-t.window :]
    pains = [s.pain for s in window]
    if len(window) == t.window and all(p is not None for p in pains):
        first, latest = pains[0], pains[-1]
        assert first is not None and latest is not None
        if latest - first >= t.pain_rise:
            text = translate(
                "Progression",
                "Because pain went up from {first} to {latest} over the last {count} sessions "
                "({rise} or more).",
            )
            return text.format(first=first, latest=latest, count=t.window, rise=t.pain_rise)
    return None


def _ease(
    routine: Routine, reason: str, last: RecentSession, t: ProgressionThresholds
) -> Suggestion:
    key = f"ease:{name_key(routine.name)}:{last.session_id}"
    step = t.hold_step_seconds
    name = shown(routine.name)
    if chosen_holds(routine) and adjust_refusal(routine, -step) is None:
        title = translate("Progression", "Ease back: {routine} with holds {seconds} s shorter")
        return Suggestion(
            key,
            SuggestionKind.EASE,
            routine.name,
            title.format(routine=name, seconds=step),
            reason,
            changed=adjust_holds(routine, -step),
        )
    title = translate("Progression", "Ease back: repeat {routine} as it is before stepping up")
    return Suggestion(key, SuggestionKind.EASE, routine.name, title.format(routine=name), reason)


def weaker_side(recent: Sequence[RecentSession], t: ProgressionThresholds) -> Side | None:
    """The side held for fewer seconds over ``recent``, when the gap is big enough."""
    left = sum(s.held_left for s in recent)
    right = sum(s.held_right for s in recent)
    if abs(left - right) < t.side_gap_seconds:
        return None
    return Side.LEFT if left < right else Side.RIGHT


# (longer holds, the side stepped up alone, more reps) -> the title of a step-up.
_STEP_UP_TITLES: Final[dict[tuple[bool, Side | None, bool], str]] = {
    (True, None, False): QT_TRANSLATE_NOOP(
        "Progression", "Step up: {routine} with +{seconds} s holds"
    ),
    (True, Side.LEFT, False): QT_TRANSLATE_NOOP(
        "Progression",
        "Step up: {routine} with +{seconds} s holds on the left side (the weaker one)",
    ),
    (True, Side.RIGHT, False): QT_TRANSLATE_NOOP(
        "Progression",
        "Step up: {routine} with +{seconds} s holds on the right side (the weaker one)",
    ),
    (False, None, True): QT_TRANSLATE_NOOP("Progression", "Step up: {routine} with +{reps} reps"),
    (True, None, True): QT_TRANSLATE_NOOP(
        "Progression", "Step up: {routine} with +{seconds} s holds and +{reps} reps"
    ),
    (True, Side.LEFT, True): QT_TRANSLATE_NOOP(
        "Progression",
        "Step up: {routine} with +{seconds} s holds on the left side (the weaker one) "
        "and +{reps} reps",
    ),
    (True, Side.RIGHT, True): QT_TRANSLATE_NOOP(
        "Progression",
        "Step up: {routine} with +{seconds} s holds on the right side (the weaker one) "
        "and +{reps} reps",
    ),
}


def _more(
    routine: Routine, recent: Sequence[RecentSession], t: ProgressionThresholds
) -> Suggestion | None:
    changed = routine
    side: Side | None = None
    more_holds = more_reps = False
    if chosen_holds(routine):
        two_sided = any(e.sides is Sides.BOTH for e in chosen_holds(routine))
        side = weaker_side(recent, t) if two_sided else None
        if adjust_refusal(routine, t.hold_step_seconds, side=side) is None:
            changed = adjust_holds(routine, t.hold_step_seconds, side=side)
            more_holds = True
        else:
            side = None
    reps = tuple(
        replace(e, reps=e.reps + t.reps_step)
        if e.mode is Mode.REPS and e.reps + t.reps_step <= limits.MAX_REPS
        else e
        for e in changed.exercises
    )
    if reps != changed.exercises:
        changed = replace(changed, exercises=reps)
        more_reps = True
    if changed == routine:
        return None
    title = translate("Progression", _STEP_UP_TITLES[(more_holds, side, more_reps)])
    reason = translate(
        "Progression",
        "Your last {count} sessions were completed with pain {pain} or less "
        "and effort {effort} or less.",
    )
    return Suggestion(
        f"more:{name_key(routine.name)}:{routine_level(routine)}",
        SuggestionKind.MORE,
        routine.name,
        title.format(routine=shown(routine.name), seconds=t.hold_step_seconds, reps=t.reps_step),
        reason.format(count=t.window, pain=t.easy_pain_max, effort=t.easy_effort_max),
        changed=changed,
        side=side,
    )


def session_suggestion(
    routine: Routine, recent: Sequence[RecentSession], t: ProgressionThresholds = THRESHOLDS
) -> Suggestion | None:
    """Ease back or step up ``routine`` from its recent sessions (oldest first), or None.

    Easing back wins over stepping up. Stepping up needs the last ``window`` sessions all
    completed, rated easy, and run at the routine's present level.
    """
    if not recent:
        return None
    reason = _ease_reason(recent, t)
    if reason is not None:
        return _ease(routine, reason, recent[-1], t)
    window = recent[-t.window :]
    if len(window) < t.window:
        return None
    level = routine_level(routine)
    if not all(s.level == level and _is_easy(s, t) for s in window):
        return None
    return _more(routine, window, t)


# The stage met -> why the next stage is offered (one sentence per stage: word order differs).
_NEXT_STAGE_REASONS: Final[dict[Stage, str]] = {
    Stage.ACTIVATION: QT_TRANSLATE_NOOP(
        "Progression",
        "You met your plan for {weeks} weeks in a row at the activation stage and the sessions "
        "felt easy (pain {pain} or less, effort {effort} or less).",
    ),
    Stage.STRENGTH: QT_TRANSLATE_NOOP(
        "Progression",
        "You met your plan for {weeks} weeks in a row at the strength stage and the sessions "
        "felt easy (pain {pain} or less, effort {effort} or less).",
    ),
}


def stage_suggestion(
    plan_stages: Mapping[str, Stage | None],
    weeks_met: Sequence[bool],
    stage_sessions: Mapping[Stage, Sequence[RecentSession]],
    next_routines: Mapping[Stage, str],
    t: ProgressionThresholds = THRESHOLDS,
) -> Suggestion | None:
    """Offer the next stage's routine after ``stage_weeks`` weeks meeting the plan, easily.

    ``plan_stages``: each planned routine's stage; ``weeks_met``: whether each of the last
    full weeks met the plan (newest last); ``stage_sessions``: the sessions of each stage's
    planned routines in those weeks; ``next_routines``: the routine to offer per stage.
    Easy means at least ``window`` rated sessions and none rated harder than easy.
    """
    if len(weeks_met) < t.stage_weeks or not all(weeks_met[-t.stage_weeks :]):
        return None
    present = {stage for stage in plan_stages.values() if stage is not None}
    for current, following in NEXT_STAGE.items():
        if current not in present or following in present or following not in next_routines:
            continue
        sessions = stage_sessions.get(current, ())
        rated = [s for s in sessions if s.pain is not None or s.effort is not None]
        too_hard = any(
            (s.pain is not None and s.pain > t.easy_pain_max)
            or (s.effort is not None and s.effort > t.easy_effort_max)
            for s in rated
        )
        if len(rated) < t.window or too_hard:
            continue
        routine = next_routines[following]
        title = translate("Progression", "Add {routine} to your plan ({count} per week)")
        reason = translate("Progression", _NEXT_STAGE_REASONS[current])
        return Suggestion(
            f"next-stage:{current.value}:{following.value}",
            SuggestionKind.NEXT_STAGE,
            routine,
            title.format(routine=shown(routine), count=t.next_stage_per_week),
            reason.format(weeks=t.stage_weeks, pain=t.easy_pain_max, effort=t.easy_effort_max),
            add_routine=routine,
        )
    return None


HABIT_ROUTINE: Final = "Wall push"
HABIT_TIME: Final = time(7, 30)
HABIT_KEY: Final = "habit:wall push"


def habit_offer(plan_is_empty: bool, answered: bool) -> Suggestion | None:
    """The one-time offer for a new person: the wall push every morning at 07:30.

    Shown while the plan is empty and the offer was neither accepted nor dismissed.
    """
    if not plan_is_empty or answered:
        return None
    title = translate("Progression", "Make {routine} a morning habit")
    reason = translate(
        "Progression",
        "A short push into the wall every morning switches the glute medius on; doing it "
        "while brushing your teeth makes it easy to keep. You get a reminder at {time}.",
    )
    return Suggestion(
        HABIT_KEY,
        SuggestionKind.HABIT,
        HABIT_ROUTINE,
        title.format(routine=shown(HABIT_ROUTINE)),
        reason.format(time=f"{HABIT_TIME:%H:%M}"),
        add_routine=HABIT_ROUTINE,
    )
