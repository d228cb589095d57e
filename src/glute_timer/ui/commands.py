"""Every key and menu command, declared once: the main window makes its actions and its
"More" menu from :data:`COMMANDS`, and the keys help lists the same table.

Keys are in QKeySequence's portable text form: touching ``Qt.Key`` at start-up builds its
Python enum of several hundred members, tens of milliseconds before the first window.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from glute_timer import APP_NAME
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Commands"


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
    "More menu" when there are none. The texts are English, marked for translation in the
    "Commands" context: :meth:`shown_text`, :attr:`help_text` and :meth:`key_text` give them
    in the person's language (``{app}`` is the app's name).
    """

    command: Command
    scope: Scope
    keys: tuple[str, ...]
    text: str
    help: str = ""
    key_names: str = ""

    def shown_text(self) -> str:
        """The action's (and menu item's) text in the person's language."""
        return translate(CONTEXT, self.text).format(app=APP_NAME)

    @property
    def help_text(self) -> str:
        """What the command does, for the keys help and the tooltip."""
        return translate(CONTEXT, self.help or self.text).format(app=APP_NAME)

    def key_text(self) -> str:
        """The keys as the keys help shows them, named as the language names them (Qt's own
        catalogue gives "Strg+E" in German)."""
        if self.key_names:
            return translate(CONTEXT, self.key_names)
        if not self.keys:
            return translate("Commands", "More menu")
        from PySide6.QtGui import QKeySequence  # only the keys help needs it

        native = QKeySequence.SequenceFormat.NativeText
        return " · ".join(QKeySequence(key).toString(native) for key in self.keys)


_W, _A, _M = Scope.WORKOUT, Scope.ALWAYS, Scope.MENU

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        Command.TOGGLE_PAUSE,
        _W,
        ("Space", ".", "Toggle Media Play/Pause", "Media Play"),
        QT_TRANSLATE_NOOP("Commands", "Pause or resume"),
        key_names=QT_TRANSLATE_NOOP(
            "Commands", "Space · clicker blank-screen (.) · media Play/Pause"
        ),
    ),
    CommandSpec(
        Command.PAUSE,
        _W,
        ("Media Pause",),
        QT_TRANSLATE_NOOP("Commands", "Pause"),
        key_names=QT_TRANSLATE_NOOP("Commands", "media Pause"),
    ),
    CommandSpec(
        Command.DONE,
        _W,
        ("Return", "Enter"),
        QT_TRANSLATE_NOOP("Commands", "Done with the reps"),
        key_names=QT_TRANSLATE_NOOP("Commands", "Enter"),
    ),
    CommandSpec(
        Command.SKIP,
        _W,
        ("Right", "N", "PgDown", "Media Next"),
        QT_TRANSLATE_NOOP("Commands", "Skip to the next step"),
        key_names=QT_TRANSLATE_NOOP("Commands", "Right · N · Page Down (clicker) · media Next"),
    ),
    CommandSpec(
        Command.BACK,
        _W,
        ("Left", "B", "PgUp", "Media Previous"),
        QT_TRANSLATE_NOOP(
            "Commands", "Back: restart the step, or the previous step in its first 2 s"
        ),
        key_names=QT_TRANSLATE_NOOP("Commands", "Left · B · Page Up (clicker) · media Previous"),
    ),
    CommandSpec(
        Command.STOP,
        _W,
        ("Esc",),
        QT_TRANSLATE_NOOP("Commands", "Stop the workout (asks first)"),
        key_names=QT_TRANSLATE_NOOP("Commands", "Esc"),
    ),
    CommandSpec(
        Command.FULL_SCREEN,
        _A,
        ("F", "F11"),
        QT_TRANSLATE_NOOP("Commands", "Full screen on or off"),
    ),
    CommandSpec(
        Command.MUTE,
        _A,
        ("M", "Volume Mute"),
        QT_TRANSLATE_NOOP("Commands", "Sound on or off"),
        key_names="M",
    ),
    CommandSpec(
        Command.VOLUME_UP,
        _A,
        ("+", "=", "Volume Up"),
        QT_TRANSLATE_NOOP("Commands", "Louder"),
        key_names="+",
    ),
    CommandSpec(
        Command.VOLUME_DOWN,
        _A,
        ("-", "_", "Volume Down"),
        QT_TRANSLATE_NOOP("Commands", "Quieter"),
        key_names="-",
    ),
    CommandSpec(Command.HELP, _A, ("?", "F1"), QT_TRANSLATE_NOOP("Commands", "Show these keys")),
    CommandSpec(
        Command.EDIT_ROUTINES,
        _M,
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Commands", "Edit routines…"),
        QT_TRANSLATE_NOOP("Commands", "Create, change and delete routines"),
    ),
    CommandSpec(
        Command.IMPORT_ROUTINES,
        _M,
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP("Commands", "Import routines…"),
        QT_TRANSLATE_NOOP("Commands", "Add routines from files"),
    ),
    CommandSpec(
        Command.EXPORT_ROUTINE,
        _M,
        ("Ctrl+S",),
        QT_TRANSLATE_NOOP("Commands", "Export routine…"),
        QT_TRANSLATE_NOOP("Commands", "Save the selected routine"),
    ),
    CommandSpec(
        Command.SETTINGS,
        _M,
        ("Ctrl+,",),
        QT_TRANSLATE_NOOP("Commands", "Settings…"),
        QT_TRANSLATE_NOOP("Commands", "Sound, get-ready time, text size"),
    ),
    CommandSpec(
        Command.HISTORY,
        _M,
        ("Ctrl+H",),
        QT_TRANSLATE_NOOP("Commands", "History"),
        QT_TRANSLATE_NOOP("Commands", "Past workouts"),
    ),
    CommandSpec(
        Command.PLAN,
        _M,
        ("Ctrl+P",),
        QT_TRANSLATE_NOOP("Commands", "Plan…"),
        QT_TRANSLATE_NOOP("Commands", "What to do how often, reminders, rest days"),
    ),
    CommandSpec(
        Command.IMPORT_HISTORY,
        _M,
        (),
        QT_TRANSLATE_NOOP("Commands", "Import history…"),
        QT_TRANSLATE_NOOP(
            "Commands", "Add the sessions of a history file (from another computer); none twice"
        ),
    ),
    CommandSpec(
        Command.UNDO,
        _M,
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("Commands", "Undo delete"),
        QT_TRANSLATE_NOOP("Commands", "Bring back the session just deleted (on the History page)"),
    ),
    CommandSpec(
        Command.KEYS,
        _M,
        (),
        QT_TRANSLATE_NOOP("Commands", "Keys"),
        QT_TRANSLATE_NOOP("Commands", "The keyboard keys"),
    ),
    CommandSpec(
        Command.ABOUT,
        _M,
        (),
        QT_TRANSLATE_NOOP("Commands", "About {app}"),
        QT_TRANSLATE_NOOP("Commands", "Version, sound output, data folder"),
    ),
    CommandSpec(
        Command.QUIT,
        _M,
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Commands", "Quit"),
        QT_TRANSLATE_NOOP("Commands", "Close {app}"),
    ),
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
