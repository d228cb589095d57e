"""The save bar: Undo, Redo, Revert and Save, and the keys that do the same."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from glute_timer.domain.i18n import translate


class SaveBar(QWidget):
    """Buttons for the undo history and for storing the routine.

    ``shortcut_actions`` (undo, redo, save) carry the keys; the editor adds them to itself
    so that they work wherever the focus is inside it.

    Signals:
        save_requested(): Save was pressed, or Ctrl+S.
        revert_requested(): Revert was pressed.
    """

    save_requested = Signal()
    revert_requested = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_action = undo_stack.createUndoAction(self, translate("SaveBar", "&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = undo_stack.createRedoAction(self, translate("SaveBar", "&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.save_action = QAction(translate("SaveBar", "Save"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.shortcut_actions = (self.undo_action, self.redo_action, self.save_action)
        for action in self.shortcut_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        # Short captions: the actions' text names the change, which can be a long exercise name.
        self.undo_button = QPushButton(translate("SaveBar", "Undo"))
        self.undo_button.setToolTip(translate("SaveBar", "Undo the last change (Ctrl+Z)"))
        self.undo_button.clicked.connect(undo_stack.undo)
        undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.redo_button = QPushButton(translate("SaveBar", "Redo"))
        self.redo_button.setToolTip(
            translate("SaveBar", "Redo the change undone last (Ctrl+Shift+Z)")
        )
        self.redo_button.clicked.connect(undo_stack.redo)
        undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        for push in (self.undo_button, self.redo_button):
            push.setEnabled(False)
        self.revert_button = QPushButton(translate("SaveBar", "Revert"))
        self.revert_button.setToolTip(
            translate("SaveBar", "Throw away the changes since the last save")
        )
        self.save_button = QPushButton(translate("SaveBar", "&Save"))
        # Enter commits a typed number; it must not also press Save (or Close in a dialog).
        for push in (self.undo_button, self.redo_button, self.revert_button, self.save_button):
            push.setAutoDefault(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.redo_button)
        layout.addStretch(1)
        layout.addWidget(self.revert_button)
        layout.addWidget(self.save_button)

        self.save_button.clicked.connect(self.save_requested)
        self.save_action.triggered.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert_requested)

    def take_undo_keys_from(self, fields: Iterable[QWidget]) -> None:
        """Let Ctrl+Z and Ctrl+Shift+Z reach the editor's undo even inside ``fields``.

        Text fields have their own undo; the editor's must win so there is one history.
        """
        for widget in fields:
            widget.installEventFilter(self)
            for child in widget.findChildren(QWidget):
                child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            for action in (self.undo_action, self.redo_action):
                if any(
                    seq.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                    for seq in action.shortcuts()
                ):
                    # Leave the event unaccepted: the shortcut, not the field's own undo, runs.
                    return True
        return super().eventFilter(watched, event)

    def show_state(self, editable: bool, dirty: bool) -> None:
        """Enable Save and Revert when there is something to save in an editable routine."""
        self.save_button.setEnabled(editable and dirty)
        self.revert_button.setEnabled(editable and dirty)
        # Always on for custom routines: Ctrl+S must reach save() to take a number still
        # being typed, which is not a change yet.
        self.save_action.setEnabled(editable)
