"""The keys help: every declared command (:data:`glute_timer.ui.commands.COMMANDS`) with
its keys, in the order declared."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent
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
from glute_timer.domain.i18n import translate
from glute_timer.ui.commands import COMMANDS, Command
from glute_timer.ui.text_scale import text_scale_factor
from glute_timer.ui.theme import TYPE_SCALE

# The item role that holds each row's :class:`Command`.
COMMAND_ROLE = Qt.ItemDataRole.UserRole


class KeysHelp(QDialog):
    """Lists every command and its keys; Esc, Enter or the button closes it.

    Each row's key cell holds its :class:`Command` under :data:`COMMAND_ROLE`, and its
    tooltip lists the keys exactly as bound.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("KeysHelp", "Keys — {app}").format(app=APP_NAME))
        self.setAccessibleName(translate("KeysHelp", "Keyboard keys"))
        table = QTableWidget(len(COMMANDS), 2, self)
        table.setAccessibleName(translate("KeysHelp", "Keys and what they do"))
        table.setHorizontalHeaderLabels(
            [translate("KeysHelp", "Keys"), translate("KeysHelp", "What they do")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.setShowGrid(False)
        if text_scale_factor() < 1.2:  # larger text is large enough already
            font = QFont(table.font())
            font.setPointSizeF(font.pointSizeF() * TYPE_SCALE["large"])
            table.setFont(font)
        for row, spec in enumerate(COMMANDS):
            keys = QTableWidgetItem(spec.key_text())
            keys.setData(COMMAND_ROLE, spec.command)
            # Every key as bound, in the words of the person's language ("Leertaste").
            native = QKeySequence.SequenceFormat.NativeText
            keys.setToolTip(", ".join(QKeySequence(key).toString(native) for key in spec.keys))
            table.setItem(row, 0, keys)
            table.setItem(row, 1, QTableWidgetItem(spec.help_text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Rows as tall as their text once the columns have their widths (and again after
        # every text-size change), never the tall rows computed from a narrow column.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self._fit()

    def _fit(self) -> None:
        """Keys column as wide as its longest entry (up to half), the dialog sized to show
        every row where the screen allows."""
        table = self.table
        metrics = table.fontMetrics()
        widest = max(metrics.horizontalAdvance(spec.key_text()) for spec in COMMANDS)
        help_widest = max(metrics.horizontalAdvance(spec.help_text) for spec in COMMANDS)
        width = min(widest + 24, max(240, (widest + help_widest) // 2))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        want_w = width + min(help_widest + 24, 2 * width) + 48
        want_h = (metrics.lineSpacing() + 10) * (len(COMMANDS) + 1) + 100
        if screen is not None:
            want_w = min(want_w, int(screen.width() * 0.9))
            want_h = min(want_h, int(screen.height() * 0.9))
        self.resize(max(560, want_w), max(360, want_h))
        self._split_columns()

    def _split_columns(self) -> None:
        """The keys column as wide as its longest entry, but never more than 45 %."""
        table = self.table
        widest = max(table.fontMetrics().horizontalAdvance(s.key_text()) for s in COMMANDS)
        room = max(table.viewport().width(), self.width() - 60)
        table.setColumnWidth(0, min(widest + 24, int(room * 0.45)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._split_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "table"):
            self._fit()

    def listed_commands(self) -> list[Command]:
        """The commands in the table, top to bottom."""
        listed: list[Command] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                listed.append(Command(item.data(COMMAND_ROLE)))
        return listed
