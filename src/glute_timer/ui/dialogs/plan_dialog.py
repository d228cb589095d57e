"""The Plan section: which routines, how often, reminder times, desktop reminders, rest days.

Every change is stored at once; a problem is shown in one sentence and nothing else changes.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from glute_timer.domain import library
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.schedule import WEEKDAY_NAMES, Frequency, PlanEntry
from glute_timer.domain.text_safety import display_name
from glute_timer.platform import reminder_install
from glute_timer.storage.storage_errors import describe_storage_error
from glute_timer.ui.dialogs.rest_day_dialog import rest_kind_text

if TYPE_CHECKING:
    from glute_timer.storage.plan_service import PlanService

REST_DAYS_SHOWN = timedelta(days=60)
"""How far back the rest-day list reaches (older ones stay stored)."""

FREQUENCY_TEXT = {
    Frequency.DAILY: QT_TRANSLATE_NOOP("PlanDialog", "Every day"),
    Frequency.PER_WEEK: QT_TRANSLATE_NOOP("PlanDialog", "Times a week"),
    Frequency.WEEKDAYS: QT_TRANSLATE_NOOP("PlanDialog", "On chosen weekdays"),
}


def rest_day_line(day: date, kind_text: str, reason: str) -> str:
    """A rest day as the list shows it: "Fri 27 Mar 2026: Flare-up (hip)"."""
    # The date pattern is translatable so each language can order it its own way.
    when = QLocale().toString(
        QDate(day.year, day.month, day.day), translate("PlanDialog", "ddd dd MMM yyyy")
    )
    if reason:
        return translate("PlanDialog", "{day}: {kind} ({reason})").format(
            day=when, kind=kind_text, reason=reason
        )
    return translate("PlanDialog", "{day}: {kind}").format(day=when, kind=kind_text)


class PlanDialog(QDialog):
    """Edits the plan of ``service``; ``reminders`` installs the desktop reminders
    (``platform.reminder_install`` by default) for the data folder ``directory``.

    Signals:
        changed(): the plan or a rest day changed.
    """

    changed = Signal()

    def __init__(
        self,
        service: PlanService,
        directory: Path,
        data_dir_arg: str | None = None,
        parent: QWidget | None = None,
        *,
        reminders: ModuleType = reminder_install,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PlanDialog", "Plan"))
        self.service = service
        self._directory = directory
        self._data_dir_arg = data_dir_arg
        self._reminders = reminders

        self.entry_list = QListWidget(self)
        self.entry_list.setAccessibleName(translate("PlanDialog", "Planned routines"))
        self.entry_list.currentRowChanged.connect(self._load_entry)
        self.routine = QComboBox(self)
        self.routine.setAccessibleName(translate("PlanDialog", "Routine"))
        self.frequency = QComboBox(self)
        self.frequency.setAccessibleName(translate("PlanDialog", "How often"))
        for frequency, text in FREQUENCY_TEXT.items():
            self.frequency.addItem(translate("PlanDialog", text), frequency)
        self.frequency.currentIndexChanged.connect(self._show_frequency_fields)
        self.per_week = QSpinBox(self)
        self.per_week.setAccessibleName(translate("PlanDialog", "Days a week"))
        self.per_week.setRange(1, 7)
        self.per_week.setValue(3)
        self.per_week.setSuffix(translate("PlanDialog", " days a week"))
        # The locale's short day names (Qt counts Monday as 1).
        self.weekday_boxes = [
            QCheckBox(QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat), self)
            for day in range(len(WEEKDAY_NAMES))
        ]
        days = QHBoxLayout()
        for box in self.weekday_boxes:
            days.addWidget(box)
        self.weekdays = QWidget(self)
        self.weekdays.setLayout(days)
        days.setContentsMargins(0, 0, 0, 0)
        self.remind = QCheckBox(translate("PlanDialog", "Remind me at"), self)
        self.remind_at = QTimeEdit(QTime(7, 30), self)
        self.remind_at.setAccessibleName(translate("PlanDialog", "Reminder time"))
        self.remind_at.setDisplayFormat("HH:mm")
        self.remind.toggled.connect(self.remind_at.setEnabled)
        self.remind_at.setEnabled(False)
        remind_row = QHBoxLayout()
        remind_row.addWidget(self.remind)
        remind_row.addWidget(self.remind_at)
        remind_row.addStretch(1)
        self.save_button = QPushButton(translate("PlanDialog", "Add or update"), self)
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(
            translate("PlanDialog", "Add the routine to the plan, or update it")
        )
        self.save_button.clicked.connect(self.save_entry)
        self.remove_button = QPushButton(translate("PlanDialog", "Remove from plan"), self)
        self.remove_button.setProperty("role", "destructive")
        self.remove_button.clicked.connect(self.remove_entry)
        form = QFormLayout()
        form.addRow(translate("PlanDialog", "Routine:"), self.routine)
        form.addRow(translate("PlanDialog", "How often:"), self.frequency)
        form.addRow("", self.per_week)
        form.addRow("", self.weekdays)
        form.addRow(translate("PlanDialog", "Reminder:"), remind_row)
        entry_buttons = QHBoxLayout()
        entry_buttons.addWidget(self.remove_button)
        entry_buttons.addStretch(1)
        entry_buttons.addWidget(self.save_button)
        routines_box = QGroupBox(translate("PlanDialog", "Routines in the plan"), self)
        routines_layout = QVBoxLayout(routines_box)
        routines_layout.addWidget(self.entry_list)
        routines_layout.addLayout(form)
        routines_layout.addLayout(entry_buttons)

        self.reminders_box = QCheckBox(
            translate("PlanDialog", "Desktop reminders, even when the app is closed"), self
        )
        self.reminders_box.clicked.connect(self._toggle_reminders)
        self.reminder_status = QLabel(self)
        self.reminder_status.setAccessibleName(translate("PlanDialog", "Reminder status"))
        self.reminder_status.setWordWrap(True)
        reminders_group = QGroupBox(translate("PlanDialog", "Reminders"), self)
        reminders_layout = QVBoxLayout(reminders_group)
        reminders_layout.addWidget(self.reminders_box)
        reminders_layout.addWidget(self.reminder_status)

        self.rest_list = QListWidget(self)
        self.rest_list.setAccessibleName(translate("PlanDialog", "Rest days"))
        self.unrest_button = QPushButton(translate("PlanDialog", "Undo rest day"), self)
        self.unrest_button.setProperty("role", "secondary")
        self.unrest_button.clicked.connect(self.undo_rest_day)
        rest_group = QGroupBox(translate("PlanDialog", "Rest days"), self)
        rest_layout = QVBoxLayout(rest_group)
        rest_layout.addWidget(self.rest_list)
        rest_buttons = QHBoxLayout()
        rest_buttons.addStretch(1)
        rest_buttons.addWidget(self.unrest_button)
        rest_layout.addLayout(rest_buttons)

        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(translate("PlanDialog", "Problem"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        close = QPushButton(translate("PlanDialog", "Close"), self)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        bottom.addStretch(0)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(routines_box, 2)
        layout.addWidget(reminders_group)
        layout.addWidget(rest_group, 1)
        layout.addLayout(bottom)
        self.reload()

    # -- showing -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the plan, the routines, the rest days and the reminders' state again."""
        try:
            entries = self.service.plan.entries()
            names = [e.routine.name for e in self.service.routines.all_routines()]
            since = self.service.today() - REST_DAYS_SHOWN
            rest_days = self.service.plan.rest_days(since)
        except Exception as error:
            self._fail(error)
            return
        self.entries = entries
        keep = self.routine.currentData()
        self.routine.clear()
        # Shown in the person's language, stored by the routine's own (English) name.
        for name in names + [e.routine for e in entries if e.routine not in names]:
            self.routine.addItem(library.shown(name), name)
        if keep:
            self._choose_routine(keep)
        self.entry_list.blockSignals(True)
        self.entry_list.clear()
        for entry in entries:
            self.entry_list.addItem(
                translate("PlanDialog", "{routine}: {how_often}").format(
                    routine=display_name(library.shown(entry.routine)), how_often=entry.describe()
                )
            )
        self.entry_list.blockSignals(False)
        self.remove_button.setEnabled(bool(entries))
        self.rest_list.clear()
        for rest in sorted(rest_days, key=lambda r: r.day, reverse=True):
            item = QListWidgetItem(rest_day_line(rest.day, rest_kind_text(rest.kind), rest.reason))
            item.setData(Qt.ItemDataRole.UserRole, rest.day)
            self.rest_list.addItem(item)
        self.unrest_button.setEnabled(bool(rest_days))
        self._show_frequency_fields()
        self._show_reminders()

    def _show_frequency_fields(self) -> None:
        frequency = Frequency(self.frequency.currentData())
        self.per_week.setVisible(frequency is Frequency.PER_WEEK)
        self.weekdays.setVisible(frequency is Frequency.WEEKDAYS)

    def _load_entry(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        self._choose_routine(entry.routine)
        self.frequency.setCurrentIndex(self.frequency.findData(entry.frequency))
        if entry.frequency is Frequency.PER_WEEK:
            self.per_week.setValue(entry.per_week)
        for day, box in enumerate(self.weekday_boxes):
            box.setChecked(day in entry.weekdays)
        self.remind.setChecked(entry.remind_at is not None)
        if entry.remind_at is not None:
            self.remind_at.setTime(QTime(entry.remind_at.hour, entry.remind_at.minute))

    def _choose_routine(self, name: str) -> None:
        index = self.routine.findData(name)
        if index >= 0:
            self.routine.setCurrentIndex(index)

    def _show_reminders(self) -> None:
        installed = self._reminders.manifest_path(self._directory).exists()
        self.reminders_box.setChecked(installed)
        self.reminder_status.setText(
            self._reminders.status(self._directory).splitlines()[0]
            if installed
            else translate(
                "PlanDialog", "Not installed: tick the box to be reminded at the plan's times."
            )
        )

    def _fail(self, error: BaseException | str) -> None:
        if isinstance(error, str):
            text = error
        elif isinstance(error, ValueError | LookupError | reminder_install.InstallError):
            text = str(error)
        else:
            text = describe_storage_error(error)
        self.error_label.setText(text[:1].upper() + text[1:].rstrip(".") + ".")
        self.error_label.show()

    # -- changing ------------------------------------------------------------------------

    def entry_from_form(self) -> PlanEntry:
        """The entry as the form has it; ValueError says what is wrong."""
        name = str(self.routine.currentData() or "").strip()
        if not name:
            raise ValueError(translate("PlanDialog", "choose a routine first"))
        frequency = Frequency(self.frequency.currentData())
        weekdays = frozenset(d for d, box in enumerate(self.weekday_boxes) if box.isChecked())
        if frequency is Frequency.WEEKDAYS and not weekdays:
            raise ValueError(translate("PlanDialog", "tick at least one weekday"))
        at = self.remind_at.time()
        return PlanEntry(
            name,
            frequency,
            per_week=self.per_week.value() if frequency is Frequency.PER_WEEK else 0,
            weekdays=weekdays if frequency is Frequency.WEEKDAYS else frozenset(),
            remind_at=time(at.hour(), at.minute()) if self.remind.isChecked() else None,
            since=self.service.today(),
        )

    def save_entry(self) -> None:
        """Add the form's routine to the plan, or change how often it is planned."""
        try:
            entry = self.entry_from_form()
            self.service.plan.put(entry)
        except Exception as error:
            self._fail(error)
            return
        self._after_change()

    def remove_entry(self) -> None:
        """Take the selected routine out of the plan."""
        row = self.entry_list.currentRow()
        if not 0 <= row < len(self.entries):
            self._fail(translate("PlanDialog", "Select a routine in the plan first."))
            return
        try:
            self.service.plan.remove(self.entries[row].routine)
        except Exception as error:
            self._fail(error)
            return
        self._after_change()

    def undo_rest_day(self) -> None:
        """The selected day is no longer a rest day."""
        item = self.rest_list.currentItem()
        if item is None:
            self._fail(translate("PlanDialog", "Select a rest day first."))
            return
        try:
            self.service.plan.unmark_rest(item.data(Qt.ItemDataRole.UserRole))
        except Exception as error:
            self._fail(error)
            return
        self._after_change()

    def _times(self) -> list[time]:
        return sorted({e.remind_at for e in self.service.plan.entries() if e.remind_at})

    def _toggle_reminders(self, on: bool) -> None:
        try:
            if not on:
                self._reminders.uninstall(self._directory)
            elif not self._times():
                raise ValueError(translate("PlanDialog", "give a routine a reminder time first"))
            else:
                self._reminders.install(
                    self._directory, self._times(), data_dir_arg=self._data_dir_arg
                )
        except Exception as error:
            self._fail(error)
        else:
            self.error_label.hide()
        self._show_reminders()

    def _after_change(self) -> None:
        """Installed reminders follow the plan's times; then show everything again."""
        self.error_label.hide()
        try:
            if self._reminders.manifest_path(self._directory).exists():
                times = self._times()
                if times:
                    self._reminders.install(self._directory, times, data_dir_arg=self._data_dir_arg)
                else:
                    self._reminders.uninstall(self._directory)
        except Exception as error:
            self.reload()
            self._fail(error)
            self.changed.emit()
            return
        self.reload()
        self.changed.emit()
