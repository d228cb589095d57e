"""The keyboard, clicker and media keys, declared once; the main window binds them and the
help dialog lists them from the same table."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Command(StrEnum):
    """What a key does."""

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


# Commands that only mean something while a workout is on screen.
WORKOUT_COMMANDS = frozenset(
    {Command.TOGGLE_PAUSE, Command.PAUSE, Command.DONE, Command.SKIP, Command.BACK, Command.STOP}
)


@dataclass(frozen=True)
class KeyBinding:
    """Keys for one command, and how the help dialog names them.

    Keys are in QKeySequence's portable text form: touching ``Qt.Key`` at start-up builds
    its Python enum of several hundred members, tens of milliseconds before the first window.
    """

    command: Command
    keys: tuple[str, ...]
    key_names: str
    description: str

    def sequences(self) -> list[QKeySequence]:
        """The keys as QKeySequence objects, for QAction.setShortcuts."""
        return [QKeySequence(key) for key in self.keys]


KEY_BINDINGS: tuple[KeyBinding, ...] = (
    KeyBinding(
        Command.TOGGLE_PAUSE,
        ("Space", ".", "Toggle Media Play/Pause", "Media Play"),
        "Space · clicker blank-screen (.) · media Play/Pause",
        "Pause or resume",
    ),
    KeyBinding(Command.PAUSE, ("Media Pause",), "media Pause", "Pause"),
    KeyBinding(Command.DONE, ("Return", "Enter"), "Enter", "Done with the reps"),
    KeyBinding(
        Command.SKIP,
        ("Right", "N", "PgDown", "Media Next"),
        "Right · N · Page Down (clicker) · media Next",
        "Skip to the next step",
    ),
    KeyBinding(
        Command.BACK,
        ("Left", "B", "PgUp", "Media Previous"),
        "Left · B · Page Up (clicker) · media Previous",
        "Back: restart the step, or the previous step in its first 2 s",
    ),
    KeyBinding(Command.STOP, ("Esc",), "Esc", "Stop the workout (asks first)"),
    KeyBinding(Command.FULL_SCREEN, ("F", "F11"), "F · F11", "Full screen on or off"),
    KeyBinding(Command.MUTE, ("M", "Volume Mute"), "M", "Sound on or off"),
    KeyBinding(Command.VOLUME_UP, ("+", "=", "Volume Up"), "+", "Louder"),
    KeyBinding(Command.VOLUME_DOWN, ("-", "_", "Volume Down"), "-", "Quieter"),
    KeyBinding(Command.HELP, ("?", "F1"), "? · F1", "Show these keys"),
)


class KeysHelp(QDialog):
    """Lists every key; Esc, Enter or the button closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keys — Glute Timer")
        self.setAccessibleName("Keyboard keys")
        table = QTableWidget(len(KEY_BINDINGS), 2, self)
        table.setAccessibleName("Keys and what they do")
        table.setHorizontalHeaderLabels(["Keys", "What they do"])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        font = QFont(table.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        table.setFont(font)
        for row, entry in enumerate(KEY_BINDINGS):
            table.setItem(row, 0, QTableWidgetItem(entry.key_names))
            table.setItem(row, 1, QTableWidgetItem(entry.description))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeRowsToContents()
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(720, 480)
