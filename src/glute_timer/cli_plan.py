"""Plan commands: ``plan``, ``today``, ``rest-day``, ``suggest``, ``remind`` and ``reminders``.

Qt and SQLAlchemy are imported inside the commands, so ``glute-timer today`` starts fast.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import TYPE_CHECKING, Any

from glute_timer.domain.i18n import PLURAL, translate, untranslated

# json and datetime load only inside the commands: this module is imported for its parser
# on every start, the window's included.
if TYPE_CHECKING:
    from datetime import date, datetime

    from glute_timer.domain.progression import Suggestion
    from glute_timer.storage.plan_service import PlanService, TodayStatus

NOW_ENV = "GLUTE_TIMER_NOW"
"""An ISO instant (with its UTC offset) to use as now: for tests, instead of the clock."""
REST_KINDS = ("rest", "sick", "flare-up")
MAX_REASON_LENGTH = 200


def _error(message: str) -> Exception:
    from glute_timer.cli import CliError

    return CliError(message)


_STARTED = time.monotonic()


def _now() -> datetime:
    """Now; with $GLUTE_TIMER_NOW, that instant plus the time this process has run."""
    from datetime import UTC, datetime, timedelta

    text = os.environ.get(NOW_ENV)
    if not text:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise _error(
            translate("CliPlan", "{variable}={value} is not an ISO date and time").format(
                variable=NOW_ENV, value=repr(text)
            )
        ) from error
    if moment.tzinfo is None:
        raise _error(
            translate(
                "CliPlan", "{variable}={value} needs a UTC offset, e.g. 2026-03-27T07:30:00+01:00"
            ).format(variable=NOW_ENV, value=repr(text))
        )
    return moment + timedelta(seconds=time.monotonic() - _STARTED)


def _service(args: argparse.Namespace) -> PlanService:
    from glute_timer.cli import _open_database
    from glute_timer.storage.plan_service import PlanService

    moment = _now()
    return PlanService(_open_database(args), now=lambda: moment)


# ----------------------------------------------------------------------- plan


def cmd_plan_show(args: argparse.Namespace) -> int:
    """Print the plan."""
    import json

    entries = _service(args).plan.entries()
    if args.json:
        with untranslated():
            print(json.dumps([_entry_json(e) for e in entries], indent=2))
        return 0
    if not entries:
        print(
            translate(
                "CliPlan",
                "Nothing planned. Add a routine: "
                'glute-timer plan add "Wall push" --daily --at 07:30',
            )
        )
        return 0
    names = [_shown_routine(e.routine) for e in entries]
    width = max(len(name) for name in names)
    for entry, name in zip(entries, names, strict=True):
        print(f"{name:<{width}}  {entry.describe()}")
    return 0


def _shown_routine(name: str) -> str:
    """A planned routine's name as the person reads it (built-ins in their language)."""
    from glute_timer.domain import library

    return library.shown(name) if library.builtin_routine(name) is not None else name


def _entry_json(entry: Any) -> dict[str, object]:
    return {
        "routine": entry.routine,
        "frequency": entry.frequency.value,
        "per_week": entry.per_week or None,
        "weekdays": [
            ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[d] for d in sorted(entry.weekdays)
        ],
        "remind_at": entry.remind_at.strftime("%H:%M") if entry.remind_at else None,
        "since": entry.since.isoformat(),
    }


def cmd_plan_add(args: argparse.Namespace) -> int:
    """Add a routine to the plan, or change how often it is planned."""
    from glute_timer.domain.schedule import (
        Frequency,
        PlanEntry,
        parse_clock_time,
        parse_weekdays,
    )

    try:
        remind_at = parse_clock_time(args.at) if args.at is not None else None
    except ValueError as error:
        raise _error(translate("CliPlan", "--at: {problem}").format(problem=error)) from error
    per_week = 0
    weekdays: frozenset[int] = frozenset()
    if args.daily:
        frequency = Frequency.DAILY
    elif args.per_week is not None:
        frequency = Frequency.PER_WEEK
        if not args.per_week.strip().isdigit() or not 1 <= int(args.per_week) <= 7:
            raise _error(
                translate(
                    "CliPlan", "--per-week must be a whole number from 1 to 7, not {value}"
                ).format(value=repr(args.per_week))
            )
        per_week = int(args.per_week)
    else:
        frequency = Frequency.WEEKDAYS
        try:
            weekdays = parse_weekdays(args.days)
        except ValueError as error:
            raise _error(translate("CliPlan", "--days: {problem}").format(problem=error)) from error
    service = _service(args)
    found = service.routines.find(args.name)
    if found is None:
        from glute_timer.cli import no_routine_named

        raise _error(no_routine_named(args.name))
    entry = PlanEntry(
        found.routine.name,
        frequency,
        per_week=per_week,
        weekdays=weekdays,
        remind_at=remind_at,
        since=service.today(),
    )
    added = service.plan.put(entry)
    template = (
        translate("CliPlan", "Added {routine}: {how_often}.")
        if added
        else translate("CliPlan", "Changed {routine}: {how_often}.")
    )
    shown_name = _shown_routine(entry.routine)
    print(template.format(routine=repr(shown_name), how_often=entry.describe()))
    _refresh_reminders(args, service)
    return 0


def _refresh_reminders(args: argparse.Namespace, service: PlanService) -> None:
    """Installed reminders follow the plan's times (uninstalled when none are left)."""
    from glute_timer.paths import data_dir
    from glute_timer.platform import reminder_install as install

    directory = data_dir(args.data_dir)
    if not install.manifest_path(directory).exists():
        return
    times = sorted({e.remind_at for e in service.plan.entries() if e.remind_at is not None})
    if not times:
        install.uninstall(directory)
        print(
            translate("CliPlan", "No reminder times are left in the plan: reminders uninstalled.")
        )
        return
    try:
        print(install.install(directory, times, data_dir_arg=args.data_dir))
    except install.InstallError as error:
        line = translate("CliPlan", "the reminders were not updated: {reason}").format(reason=error)
        print(f"glute-timer: {line}", file=sys.stderr)


def cmd_plan_remove(args: argparse.Namespace) -> int:
    """Take a routine out of the plan."""
    service = _service(args)
    entry = service.plan.find(args.name)
    if entry is None or not service.plan.remove(args.name):
        raise _error(
            translate(
                "CliPlan", "{routine} is not in the plan; 'glute-timer plan' shows it"
            ).format(routine=repr(args.name))
        )
    print(
        translate("CliPlan", "Removed {routine} from the plan.").format(
            routine=repr(_shown_routine(entry.routine))
        )
    )
    _refresh_reminders(args, service)
    return 0


# ---------------------------------------------------------------------- today


def today_json(status: TodayStatus) -> dict[str, object]:
    """``glute-timer today --json``: today's list, the streak and this week's adherence."""
    rest = status.rest_day
    return {
        "date": status.today.isoformat(),
        "rest_day": None
        if rest is None
        else {"kind": rest.kind.value, "reason": rest.reason or None},
        "due": [
            {
                "routine": item.routine,
                "done": item.done,
                **{k: v for k, v in _entry_json(item.entry).items() if k != "routine"},
                "done_this_week": item.done_this_week,
            }
            for item in status.items
        ],
        "streak": status.streak,
        "week": {
            "start": status.adherence.week_start.isoformat(),
            "done": status.adherence.done,
            "due": status.adherence.due,
            "adherence": status.adherence.ratio,
        },
    }


def cmd_today(args: argparse.Namespace) -> int:
    """Print what is due today, what is done, the streak and this week's adherence."""
    import json

    from glute_timer.domain.text_safety import display_name

    if args.json:
        with untranslated():
            print(json.dumps(today_json(_service(args).today_status()), indent=2))
        return 0
    status = _service(args).today_status()
    print(translate("CliPlan", "Today, {date}").format(date=_long_date(status.today)))
    if status.rest_day is not None:
        print("  " + _rest_day_line(status.rest_day.kind.value, status.rest_day.reason))
    if not status.items:
        print("  " + translate("CliPlan", "Nothing due today."))
    for item in status.items:
        mark = "[x]" if item.done else "[ ]"
        extra = ""
        if item.needed_this_week is not None:
            extra = " " + translate("CliPlan", "({done} of {needed} this week)").format(
                done=_count(item.done_this_week), needed=_count(item.needed_this_week)
            )
        name = display_name(_shown_routine(item.routine))
        print(f"  {mark} {name}  {item.entry.describe()}{extra}")
    streak = status.streak
    print(translate("CliPlan", "Streak: %n day(s)", None, PLURAL, streak))
    adherence = status.adherence
    if adherence.ratio is None:
        print(translate("CliPlan", "This week: nothing due yet"))
    else:
        print(
            translate("CliPlan", "This week: {done} of {due} days done ({percent}%)").format(
                done=_count(adherence.done),
                due=_count(adherence.due),
                percent=_count(round(adherence.ratio * 100)),
            )
        )
    return 0


def _long_date(day: date) -> str:
    """ "Friday 27 March 2026" in the person's language (English needs no Qt: today stays fast)."""
    from glute_timer.domain import i18n

    if i18n.current_language() == i18n.ENGLISH:
        return f"{day:%A %d %B %Y}"
    from PySide6.QtCore import QDate, QLocale

    # A pattern, so a translator can put the day and month in their language's order.
    pattern = translate("CliPlan", "dddd dd MMMM yyyy", "date pattern")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _count(number: int) -> str:
    """A count as the person's locale writes it."""
    from glute_timer.domain import i18n

    if i18n.current_language() == i18n.ENGLISH:
        return str(number)
    from PySide6.QtCore import QLocale

    return QLocale().toString(number)


def _rest_day_line(kind: str, reason: str) -> str:
    """ "Marked as a sick day (flu): it never breaks a streak." as one whole sentence."""
    from glute_timer.domain.text_safety import display_name

    templates = {
        "rest": translate("CliPlan", "Marked as a rest day: it never breaks a streak."),
        "sick": translate("CliPlan", "Marked as a sick day: it never breaks a streak."),
        "flare-up": translate("CliPlan", "Marked as a flare-up day: it never breaks a streak."),
    }
    with_reason = {
        "rest": translate("CliPlan", "Marked as a rest day ({reason}): it never breaks a streak."),
        "sick": translate("CliPlan", "Marked as a sick day ({reason}): it never breaks a streak."),
        "flare-up": translate(
            "CliPlan", "Marked as a flare-up day ({reason}): it never breaks a streak."
        ),
    }
    if reason:
        return with_reason[kind].format(reason=display_name(reason))
    return templates[kind]


# ------------------------------------------------------------------- rest day


def _parse_day(text: str | None, today: date) -> date:
    from datetime import date, timedelta

    if text is None or text == "today":
        return today
    if text == "yesterday":
        return today - timedelta(days=1)
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise _error(
            translate(
                "CliPlan", "DATE: {value} is not a date as YYYY-MM-DD (or today, yesterday)"
            ).format(value=repr(text))
        ) from error


def cmd_rest_day(args: argparse.Namespace) -> int:
    """Mark a day as rest, sick or flare-up (or unmark it with --undo)."""
    from glute_timer.domain.schedule import RestDay, RestKind
    from glute_timer.domain.text_safety import is_unsafe

    if args.kind not in REST_KINDS:
        raise _error(
            translate("CliPlan", "--kind must be one of {kinds}, not {value}").format(
                kinds=", ".join(REST_KINDS), value=repr(args.kind)
            )
        )
    reason = " ".join((args.reason or "").split())
    if len(reason) > MAX_REASON_LENGTH:
        raise _error(
            translate("CliPlan", "--reason is {length} characters long; at most {most}").format(
                length=len(reason), most=MAX_REASON_LENGTH
            )
        )
    if any(is_unsafe(char) for char in reason):
        raise _error(
            translate("CliPlan", "--reason must not contain control or invisible characters")
        )
    service = _service(args)
    day = _parse_day(args.date, service.today())
    if args.undo:
        if not service.plan.unmark_rest(day):
            raise _error(
                translate("CliPlan", "{date} is not marked as a rest day").format(date=_day(day))
            )
        print(translate("CliPlan", "{date} is an ordinary day again.").format(date=_day(day)))
        return 0
    service.plan.mark_rest(RestDay(day, RestKind(args.kind), reason))
    marked = {
        "rest": translate("CliPlan", "{date} marked as a rest day; it never breaks your streak."),
        "sick": translate("CliPlan", "{date} marked as a sick day; it never breaks your streak."),
        "flare-up": translate(
            "CliPlan", "{date} marked as a flare-up day; it never breaks your streak."
        ),
    }
    print(marked[args.kind].format(date=_day(day)))
    return 0


def _day(day: date) -> str:
    """A day as the person's locale writes it short (2026-03-27 in English, as typed)."""
    from PySide6.QtCore import QDate, QLocale

    from glute_timer.domain import i18n

    if i18n.current_language() == i18n.ENGLISH:
        return day.isoformat()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


# -------------------------------------------------------------------- suggest


def suggestion_json(number: int, suggestion: Suggestion) -> dict[str, object]:
    """One suggestion as ``glute-timer suggest --json`` prints it."""
    return {
        "number": number,
        "key": suggestion.key,
        "kind": suggestion.kind.value,
        "routine": suggestion.routine,
        "title": suggestion.title,
        "reason": suggestion.reason,
        "side": suggestion.side.value if suggestion.side else None,
        "add_routine": suggestion.add_routine,
    }


def _chosen(suggestions: list[Suggestion], which: str) -> Suggestion:
    for number, suggestion in enumerate(suggestions, 1):
        if which in (str(number), suggestion.key):
            return suggestion
    raise _error(
        translate("CliPlan", "no suggestion {which}; 'glute-timer suggest' lists them").format(
            which=repr(which)
        )
    )


def cmd_suggest(args: argparse.Namespace) -> int:
    """Print progression suggestions; --accept or --dismiss one by number or key."""
    import json

    service = _service(args)
    if args.json and args.accept is None and args.dismiss is None:
        with untranslated():
            rows = [suggestion_json(n, s) for n, s in enumerate(service.suggestions(), 1)]
            print(json.dumps(rows, indent=2))
        return 0
    suggestions = service.suggestions()
    if args.accept is not None:
        change = service.accept(_chosen(suggestions, args.accept))
        print(translate("CliPlan", "Accepted: {change}.").format(change=change.describe()))
        return 0
    if args.dismiss is not None:
        suggestion = _chosen(suggestions, args.dismiss)
        service.dismiss(suggestion)
        print(translate("CliPlan", "Dismissed: {suggestion}.").format(suggestion=suggestion.title))
        return 0
    if not suggestions:
        print(translate("CliPlan", "No suggestions: keep going as planned."))
    for number, suggestion in enumerate(suggestions, 1):
        print(f"{number}. {suggestion.title}")
        print(f"   {suggestion.reason}")
    if suggestions:
        print(
            translate(
                "CliPlan",
                "Accept one with 'glute-timer suggest --accept N', or hide it with --dismiss N.",
            )
        )
    return 0


def register(subparsers: Any) -> None:
    """Add the plan commands to the main parser's subparsers."""
    from glute_timer.cli_reminders import ACTION_WAIT_S, cmd_remind, cmd_reminders

    p = subparsers.add_parser(
        "plan", help=translate("CliPlan", "show the plan; 'plan add' and 'plan remove' edit it")
    )
    p.add_argument("--json", action="store_true", help=translate("CliPlan", "print JSON"))
    p.set_defaults(func=cmd_plan_show)
    actions = p.add_subparsers(title=translate("CliPlan", "plan commands"), metavar="ACTION")
    add = actions.add_parser(
        "add", help=translate("CliPlan", "plan a routine (or change how often)")
    )
    add.add_argument("name")
    how = add.add_mutually_exclusive_group(required=True)
    how.add_argument("--daily", action="store_true", help=translate("CliPlan", "every day"))
    how.add_argument(
        "--per-week", metavar="N", help=translate("CliPlan", "N days a week, any days (1 to 7)")
    )
    how.add_argument(
        "--days", metavar="DAYS", help=translate("CliPlan", "these weekdays, e.g. mon,wed,fri")
    )
    add.add_argument(
        "--at", metavar="HH:MM", help=translate("CliPlan", "remind at this local time")
    )
    add.set_defaults(func=cmd_plan_add)
    remove = actions.add_parser(
        "remove", help=translate("CliPlan", "take a routine out of the plan")
    )
    remove.add_argument("name")
    remove.set_defaults(func=cmd_plan_remove)

    p = subparsers.add_parser(
        "today", help=translate("CliPlan", "what is due today, the streak and the week")
    )
    p.add_argument("--json", action="store_true", help=translate("CliPlan", "print JSON"))
    p.set_defaults(func=cmd_today)

    p = subparsers.add_parser(
        "rest-day", help=translate("CliPlan", "mark a day as rest, sick or flare-up")
    )
    p.add_argument(
        "date", nargs="?", metavar="DATE", help=translate("CliPlan", "YYYY-MM-DD (default: today)")
    )
    p.add_argument("--reason", metavar="TEXT", help=translate("CliPlan", "why (optional)"))
    p.add_argument(
        "--kind",
        default="rest",
        metavar="KIND",
        help=translate("CliPlan", "rest (default), sick, flare-up"),
    )
    p.add_argument(
        "--undo",
        action="store_true",
        help=translate("CliPlan", "make the day an ordinary day again"),
    )
    p.set_defaults(func=cmd_rest_day)

    p = subparsers.add_parser(
        "suggest", help=translate("CliPlan", "progression suggestions the sessions have earned")
    )
    p.add_argument("--json", action="store_true", help=translate("CliPlan", "print JSON"))
    choice = p.add_mutually_exclusive_group()
    choice.add_argument(
        "--accept", metavar="N", help=translate("CliPlan", "apply suggestion N (number or key)")
    )
    choice.add_argument(
        "--dismiss", metavar="N", help=translate("CliPlan", "hide suggestion N for good")
    )
    p.set_defaults(func=cmd_suggest)

    p = subparsers.add_parser(
        "remind", help=translate("CliPlan", "notify now if something is due and not done")
    )
    p.add_argument(
        "--wait",
        action="store_true",
        help=translate("CliPlan", "instead, remind at each of today's later times"),
    )
    p.add_argument("--action-wait", type=float, default=ACTION_WAIT_S, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_remind)

    p = subparsers.add_parser(
        "reminders", help=translate("CliPlan", "reminders when the app is closed")
    )
    p.add_argument("action", choices=["install", "uninstall", "status"])
    p.set_defaults(func=cmd_reminders)
