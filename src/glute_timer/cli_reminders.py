"""Reminder commands: ``remind`` (notify now, or at each of today's times) and ``reminders``
(install, uninstall or describe the timer that runs ``remind`` when the app is closed)."""

from __future__ import annotations

import argparse
import sys
import time

from glute_timer.cli_plan import _error, _now, _service, _shown_routine
from glute_timer.domain.i18n import PLURAL, translate

ACTION_WAIT_S = 600
"""How long ``remind`` waits for Start before it exits (the notification may stay up)."""
MAX_SLEEP_S = 24 * 3600


def _start_command(args: argparse.Namespace, routine: str) -> list[str]:
    from glute_timer.platform.reminder_install import command

    return [*command(args.data_dir), "start", routine]


def _remind_once(args: argparse.Namespace) -> int:
    from glute_timer import APP_NAME
    from glute_timer.domain.plan import compile_plan
    from glute_timer.formatting import clock

    service = _service(args)
    due = service.reminders_due()
    if not due:
        print(translate("CliReminders", "Nothing due now."))
        return 0
    from glute_timer.platform.notifications import NotificationError, Reminder, notify

    reminders = []
    for item in due:
        found = service.routines.find(item.routine)
        name = _shown_routine(item.routine)
        if found:
            length = clock(compile_plan(found.routine).total_seconds)
            text = translate("CliReminders", "{routine} is due: {length}").format(
                routine=name, length=length
            )
        else:
            text = translate("CliReminders", "{routine} is due").format(routine=name)
        reminders.append(Reminder(item.routine, APP_NAME, text))
    try:
        started = notify(reminders, max(0, int(args.action_wait * 1000)))
    except NotificationError as error:
        line = translate("CliReminders", "could not show a notification: {reason}").format(
            reason=error
        )
        print(f"glute-timer: {line}", file=sys.stderr)
        return 1
    names = ", ".join(_shown_routine(r.routine) for r in reminders)
    print(translate("CliReminders", "Reminded: {routines}").format(routines=names))
    if started is not None:
        import subprocess

        print(translate("CliReminders", "Starting {routine}.").format(routine=repr(started)))
        subprocess.Popen(
            _start_command(args, started),
            start_new_session=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    return 0


def cmd_remind(args: argparse.Namespace) -> int:
    """Notify about what is due and not done; with --wait, again at each of today's later
    reminder times (the autostart fallback runs it so at login)."""
    if args.action_wait < 0 or args.action_wait > ACTION_WAIT_S:
        raise _error(
            translate("CliReminders", "--action-wait must be 0 to {most} seconds").format(
                most=ACTION_WAIT_S
            )
        )
    if not args.wait:
        return _remind_once(args)

    status = _remind_once(args)  # what is due already (logged in after its time)
    while True:
        upcoming = _service(args).next_reminder()
        if upcoming is None:
            return status
        seconds = (upcoming - _now()).total_seconds()
        if not 0 <= seconds <= MAX_SLEEP_S:
            return status
        time.sleep(seconds)
        status = _remind_once(args) or status


def cmd_reminders(args: argparse.Namespace) -> int:
    """Install, uninstall or describe the reminder timer."""
    from glute_timer.paths import data_dir
    from glute_timer.platform import reminder_install as install

    directory = data_dir(args.data_dir)
    if args.action == "status":
        print(install.status(directory))
        return 0
    if args.action == "uninstall":
        removed = install.uninstall(directory)
        if removed:
            print(translate("CliReminders", "Removed %n file(s).", None, PLURAL, len(removed)))
        else:
            print(translate("CliReminders", "Nothing was installed."))
        return 0
    times = [e.remind_at for e in _service(args).plan.entries() if e.remind_at is not None]
    if not times:
        raise _error(
            translate(
                "CliReminders",
                "no reminder times in the plan; add one with 'glute-timer plan add NAME "
                "--daily --at 07:30'",
            )
        )
    try:
        result = install.install(directory, sorted(set(times)), data_dir_arg=args.data_dir)
    except install.InstallError as error:
        raise _error(str(error)) from error
    print(result)
    return 0
