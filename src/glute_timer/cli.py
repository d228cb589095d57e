"""Command line: opens the app by default; subcommands manage routines and history."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from glute_timer import __version__, cli_plan
from glute_timer.domain.audio_backends import AUDIO_BACKENDS
from glute_timer.domain.i18n import PLURAL, translate, untranslated
from glute_timer.domain.text_safety import escape_for_terminal

if TYPE_CHECKING:
    import sqlite3

    from glute_timer.storage.database import Database

EXIT_USAGE = 2
# Far above ten years of daily sessions, far below what SQLite's 64-bit LIMIT overflows at.
MAX_HISTORY_LIMIT = 1_000_000_000

log = logging.getLogger(__name__)


class CliError(Exception):
    """An error to print as one line on stderr, exiting with status 2."""


class TranslatedHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with its "usage: " heading in the person's language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        heading = translate("Cli", "usage: ") if prefix is None else prefix
        super().add_usage(usage, actions, groups, heading)


class OneLineArgumentParser(argparse.ArgumentParser):
    """An argument parser whose every error is one line on stderr and exit status 2.

    Its help (headings and the ``--help`` option) is in the person's language; argparse's
    own error sentences stay English.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("Cli", "positional arguments")
        self._optionals.title = translate("Cli", "options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                help=translate("Cli", "show this help message and exit"),
            )

    def error(self, message: str) -> NoReturn:
        line = " ".join(message.split())
        text = translate("Cli", "{problem} (see '{program} --help')").format(
            problem=escape_for_terminal(line), program=self.prog
        )
        self.exit(EXIT_USAGE, f"{self.prog}: {text}\n")


def _safe(text: object) -> str:
    """Stored text (routine and exercise names) as it may be printed on a terminal."""
    return escape_for_terminal(str(text))


def _open_database(args: argparse.Namespace) -> Database:
    from glute_timer.paths import data_dir, database_path
    from glute_timer.storage.database import DatabaseError, open_database
    from glute_timer.storage.storage_errors import describe_storage_error, is_storage_error

    path = database_path(data_dir(args.data_dir))
    try:
        database = open_database(path)
    except DatabaseError as error:
        cause = error.__cause__
        if cause is not None and is_storage_error(cause):
            raise CliError(
                translate("Cli", "cannot open the database {file}: {reason}").format(
                    file=path, reason=describe_storage_error(cause)
                )
            ) from error
        raise CliError(str(error)) from error
    for notice in database.notices:
        print(f"glute-timer: {notice}", file=sys.stderr)
    return database


def _repository(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from glute_timer.storage.routine_repository import RoutineRepository

    return RoutineRepository(_open_database(args))


def _find(args: argparse.Namespace, name: str):  # type: ignore[no-untyped-def]
    # Built-ins are found by their English name and by their name in the person's language.
    entry = _repository(args).find(name)
    if entry is None:
        raise CliError(no_routine_named(name))
    return entry


def no_routine_named(name: str) -> str:
    """The error line for a routine name that matches nothing."""
    return translate("Cli", "no routine named {name}; 'glute-timer routines' lists them").format(
        name=repr(name)
    )


def _run_rule(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """(entry) -> its routine as it will run: built-ins take the get-ready setting, as the
    app's start screen shows them."""
    from glute_timer.paths import data_dir
    from glute_timer.settings import Settings
    from glute_timer.workout_session import routine_to_run

    prep = Settings.open(data_dir(args.data_dir)).preferences.prep_seconds
    return lambda entry: routine_to_run(entry.routine, builtin=entry.builtin, prep_seconds=prep)


def cmd_import(args: argparse.Namespace) -> int:
    """Store a routine file as a custom routine."""
    from glute_timer.domain.routine_file import RoutineFileError, read_routine_file
    from glute_timer.domain.validation import InvalidRoutineError

    try:
        routine = read_routine_file(args.file)
    except RoutineFileError as error:
        raise CliError(str(error)) from error
    repository = _repository(args)
    try:
        repository.save(routine, replace=args.replace)
    except InvalidRoutineError as error:
        name = Path(args.file).name
        if "already exists" in str(error):
            line = translate("Cli", "{file}: {problem} (use --replace to overwrite it)")
        else:
            line = translate("Cli", "{file}: {problem}")
        raise CliError(line.format(file=name, problem=error)) from error
    print(translate("Cli", "Imported {routine}.").format(routine=_safe(repr(routine.name))))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write a routine to a TOML or JSON file."""
    from glute_timer.domain.routine_file import RoutineFileError, write_routine_file

    entry = _find(args, args.name)
    try:
        write_routine_file(entry.routine, args.file)
    except RoutineFileError as error:
        raise CliError(str(error)) from error
    except OSError as error:
        raise CliError(
            translate("Cli", "{file}: cannot be written: {reason}").format(
                file=args.file, reason=error.strerror or error
            )
        ) from error
    print(
        translate("Cli", "Exported {routine} to {file}.").format(
            routine=_safe(repr(entry.routine.name)), file=_safe(args.file)
        )
    )
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    """Print recorded sessions, newest first, as a table, JSON or CSV (reads, changes nothing)."""
    import sqlite3

    from glute_timer.paths import data_dir, database_path
    from glute_timer.storage import history_export as export
    from glute_timer.storage.file_inspection import carries_our_id
    from glute_timer.storage.session_lock import orphaned_session_ids

    if args.action == "import":
        return cmd_history_import(args)
    if args.limit is not None and not 1 <= args.limit <= MAX_HISTORY_LIMIT:
        raise CliError(
            translate("Cli", "--limit must be from 1 to {largest}").format(
                largest=f"{MAX_HISTORY_LIMIT:,}"
            )
        )
    path = database_path(data_dir(args.data_dir))
    if path.exists() and not carries_our_id(path):
        # Not ours yet (another program's, or from before the id): even a read-only SQLite
        # look would touch its -shm, so the full open judges it first.
        _open_database(args).close()
    for attempt in (1, 2):
        try:
            connection = export.open_readonly(path)
        except FileNotFoundError:
            break
        except (export.SchemaMismatchError, sqlite3.DatabaseError) as error:
            if attempt == 2:
                raise CliError(_unreadable_history(path, _reason(error))) from error
            # Old schema or a damaged file: the full open migrates, or moves the file aside.
            _open_database(args).close()
            continue
        try:
            # A session whose recording app died is interrupted, whether stored so yet or not.
            orphans = orphaned_session_ids(connection, data_dir(args.data_dir))
            # Written as read, a batch of sessions at a time: memory stays flat at any size.
            _write_history(
                args,
                connection,
                _with_orphans_interrupted(
                    export.iter_sessions(connection, limit=args.limit, routine=args.routine),
                    orphans,
                ),
            )
        except sqlite3.Error as error:
            raise CliError(_unreadable_history(path, _reason(error))) from error
        finally:
            connection.close()
        return 0
    _write_history(args, None, iter(()))
    return 0


def _unreadable_history(path: Path, reason: object) -> str:
    return translate("Cli", "cannot read the history in {file}: {reason}").format(
        file=path, reason=reason
    )


def _with_orphans_interrupted(
    sessions: Iterator[dict[str, Any]], orphans: Collection[int]
) -> Iterator[dict[str, Any]]:
    """``sessions`` as read, those whose owner is gone shown as interrupted."""
    for session in sessions:
        if session["id"] in orphans:
            session["status"] = "interrupted"
        yield session


def _write_history(
    args: argparse.Namespace,
    connection: sqlite3.Connection | None,
    sessions: Iterator[dict[str, Any]],
) -> None:
    from glute_timer.storage import history_export as export

    if args.json:
        with untranslated():
            export.write_json(sessions, sys.stdout)
    elif args.csv:
        with untranslated():
            export.write_csv(sessions, sys.stdout)
    else:
        width = 0 if connection is None else export.routine_width(connection, args.routine)
        export.write_table(sessions, sys.stdout, width)


def _reason(error: Exception) -> str:
    from glute_timer.storage.storage_errors import describe_storage_error, is_storage_error

    return describe_storage_error(error) if is_storage_error(error) else str(error)


# Qt platforms that need a display server; others (offscreen, vnc, eglfs...) do not.
_DISPLAY_PLATFORMS = frozenset({"", "xcb", "wayland", "wayland-egl"})


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """Why no window can open here (no display server to talk to), or None when one can.

    Checked before Qt starts: without a display Qt aborts the process with a core dump.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    wanted = {p.split(":")[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";")}
    if not wanted <= _DISPLAY_PLATFORMS:
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return translate(
        "Cli",
        "no display found: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window cannot "
        "open; the command-line commands work without one (see 'glute-timer --help')",
    )


def cmd_history_import(args: argparse.Namespace) -> int:
    """Merge a ``history --json`` file into the history; sessions already present are skipped."""
    if args.file is None:
        raise CliError(translate("Cli", "history import: name the FILE.json to import"))
    if args.json or args.csv or args.limit is not None or args.routine is not None:
        raise CliError(translate("Cli", "history import takes only the FILE.json"))
    from glute_timer.storage.history_import import import_history_file

    database = _open_database(args)
    try:
        result = import_history_file(database, args.file)
    finally:
        database.close()
    if result.error is not None:
        raise CliError(result.error)
    print(result.message)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write the physio report (PDF, optionally the numbers as CSV)."""
    import sqlite3

    from glute_timer.paths import data_dir, database_path
    from glute_timer.report.command import ReportOptionError, ReportRequest, make_report, parse_day
    from glute_timer.storage.history_export import SchemaMismatchError

    path = database_path(data_dir(args.data_dir))
    try:
        request = ReportRequest(
            database_file=path,
            out=Path(args.out),
            start=parse_day("--from", args.start),
            end=parse_day("--to", args.end),
            routine=args.routine,
            person=args.name,
            csv=None if args.csv is None else Path(args.csv),
        )
        try:
            report, pages = make_report(request)
        except SchemaMismatchError:
            _open_database(args).close()  # migrates an older file, then read again
            report, pages = make_report(request)
    except ReportOptionError as error:
        raise CliError(str(error)) from error
    except sqlite3.Error as error:
        raise CliError(_unreadable_history(path, error)) from error
    except OSError as error:
        raise CliError(
            translate("Cli", "cannot write the report: {reason}").format(
                reason=error.strerror or error
            )
        ) from error
    sessions = report.sessions
    page_text = translate("Cli", "%n page(s)", None, PLURAL, pages)
    session_text = translate("Cli", "%n session(s)", None, PLURAL, sessions)
    print(
        translate("Cli", "Wrote {file}: {pages}, {sessions}.").format(
            file=args.out, pages=page_text, sessions=session_text
        )
    )
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the app window (optionally starting a routine at once)."""
    problem = display_problem()
    if problem is not None:
        raise CliError(problem)
    start = getattr(args, "name", None)
    if start is not None:
        from glute_timer.domain import library

        # Unknown names fail here, before a window opens. Built-ins need no database, which
        # keeps SQLAlchemy's import off the path to the first window.
        if library.builtin_routine(start) is None:
            _find(args, start)
    from glute_timer.app import run_app

    return run_app(data_dir=args.data_dir, start_routine=start, audio=args.audio)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    from glute_timer.cli_routines import cmd_routines, cmd_show

    parser = OneLineArgumentParser(
        prog="glute-timer",
        description=translate(
            "Cli",
            "A follow-along timer for glute medius exercises. With no command, opens the app.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("Cli", "show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "Cli",
            "where data lives (default: $GLUTE_TIMER_DATA_DIR or the platform's user data folder)",
        ),
    )
    parser.add_argument(
        "--audio",
        choices=AUDIO_BACKENDS,
        default=None,
        help=translate("Cli", "force an audio backend (default: the saved setting, else auto)"),
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title=translate("Cli", "commands"), metavar="COMMAND")

    p = sub.add_parser("routines", help=translate("Cli", "list built-in and custom routines"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.set_defaults(func=cmd_routines)

    p = sub.add_parser("show", help=translate("Cli", "print a routine's steps"))
    p.add_argument("name")
    p.add_argument(
        "--json", action="store_true", help=translate("Cli", "print a JSON list of steps")
    )
    p.set_defaults(func=cmd_show)

    p = sub.add_parser(
        "import", help=translate("Cli", "store a routine file (.toml or .json) as a custom routine")
    )
    p.add_argument("file")
    p.add_argument(
        "--replace",
        action="store_true",
        help=translate("Cli", "overwrite a custom routine of that name"),
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help=translate("Cli", "write a routine to FILE (.toml or .json)"))
    p.add_argument("name")
    p.add_argument("file")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "history",
        help=translate(
            "Cli",
            "print recorded sessions, newest first; 'history import FILE.json' merges an export",
        ),
    )
    p.add_argument(
        "action",
        nargs="?",
        choices=["import"],
        metavar="import",
        help=translate("Cli", "merge FILE.json (a history --json export) into the history"),
    )
    p.add_argument(
        "file", nargs="?", metavar="FILE.json", help=translate("Cli", "the file to import")
    )
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument(
        "--json",
        action="store_true",
        help=translate("Cli", "print JSON (sessions with their steps)"),
    )
    fmt.add_argument(
        "--csv", action="store_true", help=translate("Cli", "print CSV (one row per step)")
    )
    p.add_argument(
        "--limit", type=int, metavar="N", help=translate("Cli", "only the N newest sessions")
    )
    p.add_argument(
        "--routine", metavar="NAME", help=translate("Cli", "only sessions of this routine")
    )
    p.set_defaults(func=cmd_history)

    p = sub.add_parser(
        "report", help=translate("Cli", "write a progress report for your physio (PDF)")
    )
    p.add_argument(
        "--out", required=True, metavar="FILE.pdf", help=translate("Cli", "the PDF to write")
    )
    p.add_argument(
        "--from", dest="start", metavar="DATE", help=translate("Cli", "first day, YYYY-MM-DD")
    )
    p.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        help=translate("Cli", "last day, YYYY-MM-DD (default today)"),
    )
    p.add_argument("--routine", metavar="NAME", help=translate("Cli", "only this routine"))
    p.add_argument(
        "--name", metavar="TEXT", help=translate("Cli", "the person's name, printed on the report")
    )
    p.add_argument(
        "--csv", metavar="FILE", help=translate("Cli", "also write the report's numbers as CSV")
    )
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("start", help=translate("Cli", "open the app and start a routine at once"))
    p.add_argument("name")
    p.set_defaults(func=cmd_gui)
    cli_plan.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _setup_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.func(args)
    except CliError as error:
        print(f"glute-timer: {escape_for_terminal(' '.join(str(error).split()))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        _quiet_broken_pipe()
        return 0
    except Exception as error:
        from glute_timer.storage.storage_errors import describe_storage_error, is_storage_error

        if not is_storage_error(error):
            raise
        log.debug("storage error in %s", args.func.__name__, exc_info=error)
        print(f"glute-timer: {describe_storage_error(error)}", file=sys.stderr)
        return EXIT_USAGE
    return status


def _setup_language(argv: Sequence[str] | None) -> None:
    """Load the person's language before any text is made (help texts included): the
    setting in the data folder that ``--data-dir`` names, else the locale variables."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir")
    known, _rest = early.parse_known_args(argv)
    from glute_timer.language import language_setting, setup_language
    from glute_timer.paths import data_dir

    setup_language(language_setting(data_dir(known.data_dir)))


def _quiet_broken_pipe() -> None:
    """The reader went away (``| head``): send the rest to nowhere, so exiting is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
