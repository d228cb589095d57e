"""Command line: opens the app by default; subcommands manage routines and history."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from glute_timer import __version__

if TYPE_CHECKING:
    from glute_timer.domain.plan import Plan
    from glute_timer.storage.database import Database

EXIT_USAGE = 2


class CliError(Exception):
    """An error to print as one line on stderr, exiting with status 2."""


def _open_database(args: argparse.Namespace) -> Database:
    from glute_timer.paths import data_dir, database_path
    from glute_timer.storage.database import DatabaseError, open_database

    try:
        database = open_database(database_path(data_dir(args.data_dir)))
    except DatabaseError as error:
        raise CliError(str(error)) from error
    if database.moved_aside:
        print(
            f"glute-timer: the database failed its check ({database.damage}); it was kept as "
            f"{database.moved_aside} and a fresh one was started.",
            file=sys.stderr,
        )
    return database


def _repository(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from glute_timer.storage.routine_repository import RoutineRepository

    return RoutineRepository(_open_database(args))


def _find(args: argparse.Namespace, name: str):  # type: ignore[no-untyped-def]
    entry = _repository(args).find(name)
    if entry is None:
        raise CliError(f"no routine named {name!r}; 'glute-timer routines' lists them")
    return entry


def _run_rule(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """(entry) -> its routine as it will run: built-ins take the get-ready setting, as the
    app's start screen shows them."""
    from glute_timer.paths import data_dir
    from glute_timer.settings import Settings
    from glute_timer.workout_session import routine_to_run

    prep = Settings.open(data_dir(args.data_dir)).preferences.prep_seconds
    return lambda entry: routine_to_run(entry.routine, builtin=entry.builtin, prep_seconds=prep)


def cmd_routines(args: argparse.Namespace) -> int:
    """List built-in and custom routines with their total time."""
    from glute_timer.domain.plan import compile_plan
    from glute_timer.formatting import clock

    entries = _repository(args).all_routines()
    as_run = _run_rule(args)
    if args.json:
        rows = [
            {
                "name": e.routine.name,
                "builtin": e.builtin,
                "stage": e.routine.stage.value if e.routine.stage else None,
                "total_seconds": compile_plan(as_run(e)).total_seconds,
                "exercises": len(e.routine.exercises),
            }
            for e in entries
        ]
        import json

        print(json.dumps(rows, indent=2))
        return 0
    width = max(len(e.routine.name) for e in entries)
    print(f"{'NAME':<{width}}  {'TIME':>6}  {'STAGE':<10}  KIND")
    for e in entries:
        stage = e.routine.stage.value if e.routine.stage else "-"
        total = clock(compile_plan(as_run(e)).total_seconds)
        kind = "built-in" if e.builtin else "custom"
        print(f"{e.routine.name:<{width}}  {total:>6}  {stage:<10}  {kind}")
    return 0


def plan_as_json(plan: Plan) -> list[dict[str, object]]:
    """The plan's steps in the documented JSON shape of ``glute-timer show --json``."""
    return [
        {
            "kind": step.kind.value,
            "exercise": step.exercise,
            "side": step.side.value if step.side else None,
            "set": step.set_number,
            "sets": step.set_count,
            "seconds": step.seconds,
        }
        for step in plan.steps
    ]


def cmd_show(args: argparse.Namespace) -> int:
    """Print a routine's plan as a table or JSON."""
    from glute_timer.domain.plan import StepKind, compile_plan
    from glute_timer.formatting import clock

    entry = _find(args, args.name)
    plan = compile_plan(_run_rule(args)(entry))
    if args.json:
        import json

        print(json.dumps(plan_as_json(plan), indent=2))
        return 0
    print(f"{plan.routine_name}  ({clock(plan.total_seconds)} in all)")
    print(f"{'#':>3}  {'STEP':<8}  {'EXERCISE':<32}  {'SIDE':<5}  {'SET':<7}  TIME")
    for step in plan.steps:
        time = "-" if step.kind is StepKind.FINISH else clock(step.seconds)
        if step.kind is StepKind.REPS:
            time = f"{step.reps} reps"
        side = step.side.value if step.side else ""
        set_text = f"{step.set_number}/{step.set_count}" if step.set_count else ""
        print(
            f"{step.index + 1:>3}  {step.kind.value:<8}  {step.exercise or '':<32}  {side:<5}  "
            f"{set_text:<7}  {time}"
        )
    return 0


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
        hint = " (use --replace to overwrite it)" if "already exists" in str(error) else ""
        raise CliError(f"{Path(args.file).name}: {error}{hint}") from error
    print(f"Imported {routine.name!r}.")
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
        raise CliError(f"{args.file}: cannot be written: {error.strerror or error}") from error
    print(f"Exported {entry.routine.name!r} to {args.file}.")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    """Print recorded sessions, newest first, as a table, JSON or CSV (reads, changes nothing)."""
    import sqlite3

    from glute_timer.paths import data_dir, database_path
    from glute_timer.storage import history_export as export

    if args.limit is not None and args.limit < 1:
        raise CliError("--limit must be 1 or more")
    path = database_path(data_dir(args.data_dir))
    sessions: list[dict[str, object]] = []
    for attempt in (1, 2):
        try:
            connection = export.open_readonly(path)
        except FileNotFoundError:
            break
        except (export.SchemaMismatchError, sqlite3.DatabaseError) as error:
            if attempt == 2:
                raise CliError(f"cannot read the history in {path}: {error}") from error
            # Old schema or a damaged file: the full open migrates, or moves the file aside.
            _open_database(args).close()
            continue
        try:
            sessions = export.read_sessions(connection, limit=args.limit, routine=args.routine)
        except sqlite3.Error as error:
            raise CliError(f"cannot read the history in {path}: {error}") from error
        finally:
            connection.close()
        break
    if args.json:
        sys.stdout.write(export.to_json(sessions))
    elif args.csv:
        export.write_csv(sessions, sys.stdout)
    else:
        sys.stdout.write(export.to_table(sessions))
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the app window (optionally starting a routine at once)."""
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
    parser = argparse.ArgumentParser(
        prog="glute-timer",
        description="A follow-along timer for glute medius exercises. With no command, "
        "opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where data lives (default: $GLUTE_TIMER_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument(
        "--audio",
        choices=["auto", "simpleaudio", "qt", "none"],
        default=None,
        help="force an audio backend (default: the saved setting, else auto)",
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("routines", help="list built-in and custom routines")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_routines)

    p = sub.add_parser("show", help="print a routine's steps")
    p.add_argument("name")
    p.add_argument("--json", action="store_true", help="print a JSON list of steps")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("import", help="store a routine file (.toml or .json) as a custom routine")
    p.add_argument("file")
    p.add_argument("--replace", action="store_true", help="overwrite a custom routine of that name")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="write a routine to FILE (.toml or .json)")
    p.add_argument("name")
    p.add_argument("file")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("history", help="print recorded sessions, newest first")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON (sessions with their steps)")
    fmt.add_argument("--csv", action="store_true", help="print CSV (one row per step)")
    p.add_argument("--limit", type=int, metavar="N", help="only the N newest sessions")
    p.add_argument("--routine", metavar="NAME", help="only sessions of this routine")
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("start", help="open the app and start a routine at once")
    p.add_argument("name")
    p.set_defaults(func=cmd_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.func(args)
    except CliError as error:
        print(f"glute-timer: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    return status
