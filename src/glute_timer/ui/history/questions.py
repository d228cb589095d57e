"""The questions the history page asks: where to save, which file to open, whether to delete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from glute_timer.domain.i18n import translate

# Asks where to save: (parent, title, suggested file name, name filter) -> path or None.
AskSavePath = Callable[[QWidget, str, str, str], str | None]
# Asks which file to open: (parent, title, name filter) -> path or None.
AskOpenPath = Callable[[QWidget, str, str], str | None]
# Asks whether to delete: (parent, what) -> True to delete.
ConfirmDelete = Callable[[QWidget, str], bool]


def ask_open_path_with_dialog(parent: QWidget, title: str, filters: str) -> str | None:
    """The platform's open dialog."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return path or None


def confirm_delete_with_dialog(parent: QWidget, what: str) -> bool:
    """Ask before deleting; Cancel is the default, Delete is marked destructive."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("HistoryQuestions", "Delete session"),
        translate("HistoryQuestions", "Delete the session of {session}?").format(session=what),
        parent=parent,
    )
    box.setInformativeText(
        translate(
            "HistoryQuestions", "You can bring it back with Undo (Ctrl+Z) while this page is open."
        )
    )
    delete = box.addButton(
        translate("HistoryQuestions", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    delete.setProperty("role", "destructive")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setProperty("role", "secondary")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete


def ask_save_path_with_dialog(parent: QWidget, title: str, name: str, filters: str) -> str | None:
    """The platform's save dialog."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), filters)
    return path or None
