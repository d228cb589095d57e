"""Asks what kind of day off today is (rest, sick, flare-up) and an optional reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.schedule import RestDay, RestKind

MAX_REASON_LENGTH = 200  # as the CLI's --reason
# Shown through rest_kind_text (context "RestDayDialog").
KIND_TEXT = {
    RestKind.REST: QT_TRANSLATE_NOOP("RestDayDialog", "Rest day"),
    RestKind.SICK: QT_TRANSLATE_NOOP("RestDayDialog", "Sick"),
    RestKind.FLARE_UP: QT_TRANSLATE_NOOP("RestDayDialog", "Flare-up"),
}


def rest_kind_text(kind: RestKind) -> str:
    """The kind of day off in words ("Rest day", "Sick", "Flare-up"), translated."""
    return translate("RestDayDialog", KIND_TEXT[kind])


class RestDayDialog(QDialog):
    """The kind of day off and a reason; :meth:`rest_day` is the answer for ``day``."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RestDayDialog", "Mark today as a rest day"))
        self._day = day
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(translate("RestDayDialog", "Kind of day off"))
        for kind in KIND_TEXT:
            self.kind.addItem(rest_kind_text(kind), kind)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(translate("RestDayDialog", "Reason (optional)"))
        self.reason.setPlaceholderText(
            translate("RestDayDialog", "optional, e.g. knee sore after the walk")
        )
        self.reason.setMaxLength(MAX_REASON_LENGTH)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("RestDayDialog", "Mark the day")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("RestDayDialog", "Kind:"), self.kind)
        form.addRow(translate("RestDayDialog", "Reason:"), self.reason)
        form.addRow(buttons)

    def rest_day(self) -> RestDay:
        """The day as chosen."""
        kind = self.kind.currentData()
        return RestDay(self._day, RestKind(kind), " ".join(self.reason.text().split()))


def ask_rest_day(parent: QWidget, day: date) -> RestDay | None:
    """Ask about ``day``; None when the person cancels."""
    dialog = RestDayDialog(day, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.rest_day()
