"""The questions the routine editor asks before losing or deleting something."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QMessageBox, QWidget

from glute_timer.domain.i18n import translate


class UnsavedChoice(StrEnum):
    """What to do with unsaved changes when leaving a routine."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved_changes(parent: QWidget, routine_name: str) -> UnsavedChoice:
    """Ask whether to save, discard or keep the unsaved changes to ``routine_name``."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("RoutineQuestions", "Unsaved changes"),
        translate("RoutineQuestions", "“{routine}” has changes that are not saved.").format(
            routine=routine_name
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(translate("RoutineQuestions", "Save them before leaving?"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return UnsavedChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def confirm_delete(parent: QWidget, routine_name: str) -> bool:
    """Ask before deleting the routine ``routine_name``."""
    answer = QMessageBox.question(
        parent,
        translate("RoutineQuestions", "Delete routine"),
        translate(
            "RoutineQuestions",
            "Delete “{routine}”? This cannot be undone. Your history keeps its sessions.",
        ).format(routine=routine_name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
