"""The keys help: every declared command (:data:`glute_timer.ui.commands.COMMANDS`) with
its keys, in the order declared."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glute_timer import APP_NAME
from glute_timer.ui.commands import COMMANDS, Command

# The item role that holds each row's :class:`Command`.
COMMAND_ROLE = Qt.ItemDataRole.UserRole


class KeysHelp(QDialog):
    """Lists every command and its keys; Esc, Enter or the button closes it.

    Each row's key cell holds its :class:`Command` under :data:`COMMAND_ROLE`, and its
    tooltip lists the keys exactly as bound.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Keys — {APP_NAME}")
        self.setAccessibleName("Keyboard keys")
        table = QTableWidget(len(COMMANDS), 2, self)
        table.setAccessibleName("Keys and what they do")
        table.setHorizontalHeaderLabels(["Keys", "What they do"])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        font = QFont(table.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        table.setFont(font)
        for row, spec in enumerate(COMMANDS):
            keys = QTableWidgetItem(spec.key_text())
            keys.setData(COMMAND_ROLE, spec.command)
            keys.setToolTip(", ".join(spec.keys))
            table.setItem(row, 0, keys)
            table.setItem(row, 1, QTableWidgetItem(spec.help_text))
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

    def listed_commands(self) -> list[Command]:
        """The commands in the table, top to bottom."""
        listed: list[Command] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                listed.append(Command(item.data(COMMAND_ROLE)))
        return listed
