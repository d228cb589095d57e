"""Every key and menu command, declared once: the main window makes its actions and its
"More" menu from :data:`COMMANDS`, and the keys help lists the same table.

Keys are in QKeySequence's portable text form: touching ``Qt.Key`` at start-up builds its
Python enum of several hundred members, tens of milliseconds before the first window.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from glute_timer import APP_NAME


class Command(StrEnum):
    """What a key or a menu item does."""

    TOGGLE_PAUSE = "toggle_pause"
    PAUSE = "pause"
    DONE = "done"
    SKIP = "skip"
    BACK = "back"
    STOP = "stop"
    FULL_SCREEN = "full_screen"
    MUTE = "mute"
    VOLUME_UP = "volume_up"
    VOLUME_DOWN = "volume_down"
    HELP = "help"
    EDIT_ROUTINES = "edit_routines"
    IMPORT_ROUTINES = "import_routines"
    EXPORT_ROUTINE = "export_routine"
    SETTINGS = "settings"
    HISTORY = "history"
    PLAN = "plan"
    IMPORT_HISTORY = "import_history"
    UNDO = "undo"
    KEYS = "keys"
    ABOUT = "about"
    QUIT = "quit"


class Scope(Enum):
    """When a command can be used."""

    WORKOUT = "workout"  # only while a workout is on screen
    ALWAYS = "always"  # on every page
    MENU = "menu"  # in the "More" menu; off during a workout


@dataclass(frozen=True)
class CommandSpec:
    """One command: its keys, its action (and menu) text, and what the keys help says.

    ``help`` defaults to ``text``. ``key_names`` is how the keys help names ``keys``
    (clicker and media keys read better described); empty means the keys as written, or
    "More menu" when there are none.
    """

    command: Command
    scope: Scope
    keys: tuple[str, ...]
    text: str
    help: str = ""
    key_names: str = ""

    @property
    def help_text(self) -> str:
        """What the command does, for the keys help and the tooltip."""
        return self.help or self.text

    def key_text(self) -> str:
        """The keys as the keys help shows them."""
        if self.key_names:
            return self.key_names
        return " · ".join(self.keys) if self.keys else "More menu"


_W, _A, _M = Scope.WORKOUT, Scope.ALWAYS, Scope.MENU

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        Command.TOGGLE_PAUSE,
        _W,
        ("Space", ".", "Toggle Media Play/Pause", "Media Play"),
        "Pause or resume",
        key_names="Space · clicker blank-screen (.) · media Play/Pause",
    ),
    CommandSpec(Command.PAUSE, _W, ("Media Pause",), "Pause", key_names="media Pause"),
    CommandSpec(Command.DONE, _W, ("Return", "Enter"), "Done with the reps", key_names="Enter"),
    CommandSpec(
        Command.SKIP,
        _W,
        ("Right", "N", "PgDown", "Media Next"),
        "Skip to the next step",
        key_names="Right · N · Page Down (clicker) · media Next",
    ),
    CommandSpec(
        Command.BACK,
        _W,
        ("Left", "B", "PgUp", "Media Previous"),
        "Back: restart the step, or the previous step in its first 2 s",
        key_names="Left · B · Page Up (clicker) · media Previous",
    ),
    CommandSpec(Command.STOP, _W, ("Esc",), "Stop the workout (asks first)", key_names="Esc"),
    CommandSpec(Command.FULL_SCREEN, _A, ("F", "F11"), "Full screen on or off"),
    CommandSpec(Command.MUTE, _A, ("M", "Volume Mute"), "Sound on or off", key_names="M"),
    CommandSpec(Command.VOLUME_UP, _A, ("+", "=", "Volume Up"), "Louder", key_names="+"),
    CommandSpec(Command.VOLUME_DOWN, _A, ("-", "_", "Volume Down"), "Quieter", key_names="-"),
    CommandSpec(Command.HELP, _A, ("?", "F1"), "Show these keys"),
    CommandSpec(
        Command.EDIT_ROUTINES,
        _M,
        ("Ctrl+E",),
        "Edit routines…",
        "Create, change and delete routines",
    ),
    CommandSpec(
        Command.IMPORT_ROUTINES, _M, ("Ctrl+O",), "Import routines…", "Add routines from files"
    ),
    CommandSpec(
        Command.EXPORT_ROUTINE, _M, ("Ctrl+S",), "Export routine…", "Save the selected routine"
    ),
    CommandSpec(Command.SETTINGS, _M, ("Ctrl+,",), "Settings…", "Sound, get-ready time, text size"),
    CommandSpec(Command.HISTORY, _M, ("Ctrl+H",), "History", "Past workouts"),
    CommandSpec(
        Command.PLAN, _M, ("Ctrl+P",), "Plan…", "What to do how often, reminders, rest days"
    ),
    CommandSpec(
        Command.IMPORT_HISTORY,
        _M,
        (),
        "Import history…",
        "Add the sessions of a history file (from another computer); none twice",
    ),
    CommandSpec(
        Command.UNDO,
        _M,
        ("Ctrl+Z",),
        "Undo delete",
        "Bring back the session just deleted (on the History page)",
    ),
    CommandSpec(Command.KEYS, _M, (), "Keys", "The keyboard keys"),
    CommandSpec(Command.ABOUT, _M, (), f"About {APP_NAME}", "Version, sound output, data folder"),
    CommandSpec(Command.QUIT, _M, ("Ctrl+Q",), "Quit", f"Close {APP_NAME}"),
)

# The "More" menu: its groups, in order, separated by lines.
MENU_GROUPS: tuple[tuple[Command, ...], ...] = (
    (Command.EDIT_ROUTINES, Command.IMPORT_ROUTINES, Command.EXPORT_ROUTINE),
    (
        Command.SETTINGS,
        Command.HISTORY,
        Command.PLAN,
        Command.IMPORT_HISTORY,
        Command.UNDO,
        Command.KEYS,
    ),
    (Command.ABOUT, Command.QUIT),
)

WORKOUT_COMMANDS = frozenset(spec.command for spec in COMMANDS if spec.scope is Scope.WORKOUT)


def spec_of(command: Command) -> CommandSpec:
    """The declaration of ``command``."""
    return _BY_COMMAND[command]


_BY_COMMAND = {spec.command: spec for spec in COMMANDS}
