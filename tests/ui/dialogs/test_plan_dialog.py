"""The Plan dialog adds, changes and removes entries, undoes rest days, and installs the
reminders through the module it is given (a stand-in here: no real timer is touched)."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from glute_timer.domain.schedule import Frequency, RestDay, RestKind
from glute_timer.platform.reminder_install import InstallError
from glute_timer.storage.plan_service import PlanService
from glute_timer.ui.dialogs.plan_dialog import PlanDialog
from tests.ui.plan_fixtures import FRIDAY, daily_wall_push


class FakeReminders:
    """Records install/uninstall; "installed" is a manifest file, as for the real one."""

    InstallError = InstallError

    def __init__(self) -> None:
        self.installed: list[list[time]] = []
        self.fail = ""

    def manifest_path(self, directory: Path) -> Path:
        return directory / "reminders.json"

    def install(self, directory: Path, times: list[time], *, data_dir_arg: str | None) -> str:
        if self.fail:
            raise InstallError(self.fail)
        self.installed.append(list(times))
        self.manifest_path(directory).write_text("{}")
        return "installed"

    def uninstall(self, directory: Path) -> list[Path]:
        self.manifest_path(directory).unlink(missing_ok=True)
        return []

    def status(self, directory: Path) -> str:
        installed = self.manifest_path(directory).exists()
        return "Installed: a timer." if installed else "Reminders are not installed."


def dialog(qtbot: QtBot, service: PlanService, tmp_path: Path, fake: FakeReminders) -> PlanDialog:
    widget = PlanDialog(service, tmp_path, reminders=fake)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    return widget


def test_adding_changing_and_removing_entries(
    qtbot: QtBot, service: PlanService, tmp_path: Path
) -> None:
    widget = dialog(qtbot, service, tmp_path, FakeReminders())
    assert widget.entry_list.count() == 0
    widget.routine.setCurrentText("Wall push")
    widget.show()
    assert widget.per_week.isHidden() and widget.weekdays.isHidden()  # daily first
    widget.frequency.setCurrentIndex(widget.frequency.findData(Frequency.PER_WEEK))
    assert widget.per_week.isVisible() and widget.weekdays.isHidden()
    widget.per_week.setValue(4)
    widget.remind.setChecked(True)
    widget.remind_at.setTime(widget.remind_at.time().fromString("08:15", "HH:mm"))
    with qtbot.waitSignal(widget.changed):
        widget.save_button.click()
    (entry,) = service.plan.entries()
    assert entry.describe() == "4 per week at 08:15"
    assert widget.entry_list.item(0).text() == "Wall push: 4 per week at 08:15"
    # Change it to chosen weekdays.
    widget.entry_list.setCurrentRow(0)
    widget.frequency.setCurrentIndex(widget.frequency.findData(Frequency.WEEKDAYS))
    assert widget.weekdays.isVisible() and widget.per_week.isHidden()
    widget.weekday_boxes[0].setChecked(True)
    widget.weekday_boxes[4].setChecked(True)
    widget.save_button.click()
    assert [e.describe() for e in service.plan.entries()] == ["mon, fri at 08:15"]
    widget.entry_list.setCurrentRow(0)
    widget.remove_button.click()
    assert service.plan.entries() == []
    assert widget.entry_list.count() == 0


def test_weekdays_without_a_day_are_refused_in_one_sentence(
    qtbot: QtBot, service: PlanService, tmp_path: Path
) -> None:
    widget = dialog(qtbot, service, tmp_path, FakeReminders())
    widget.routine.setCurrentText("Wall push")
    widget.frequency.setCurrentIndex(widget.frequency.findData(Frequency.WEEKDAYS))
    widget.save_button.click()
    assert widget.error_label.text() == "Tick at least one weekday."
    assert service.plan.entries() == []


def test_the_reminders_toggle_installs_and_follows_the_plan(
    qtbot: QtBot, service: PlanService, tmp_path: Path
) -> None:
    fake = FakeReminders()
    widget = dialog(qtbot, service, tmp_path, fake)
    widget.reminders_box.click()  # no times yet
    assert widget.error_label.text() == "Give a routine a reminder time first."
    assert not widget.reminders_box.isChecked()
    daily_wall_push(service)
    widget.reload()
    widget.reminders_box.click()
    assert fake.installed == [[time(7, 30)]]
    assert widget.reminders_box.isChecked()
    assert widget.reminder_status.text() == "Installed: a timer."
    widget.entry_list.setCurrentRow(0)
    widget.remove_button.click()  # no time left: uninstalled
    assert not widget.reminders_box.isChecked()
    assert widget.reminder_status.text().startswith("Not installed: tick the box")


def test_an_install_failure_is_shown_and_leaves_it_off(
    qtbot: QtBot, service: PlanService, tmp_path: Path
) -> None:
    fake = FakeReminders()
    fake.fail = "cannot write the reminder files: read-only"
    daily_wall_push(service)
    widget = dialog(qtbot, service, tmp_path, fake)
    widget.reminders_box.click()
    assert widget.error_label.text() == "Cannot write the reminder files: read-only."
    assert not widget.reminders_box.isChecked()


def test_rest_days_are_listed_and_undone(
    qtbot: QtBot, service: PlanService, tmp_path: Path
) -> None:
    service.plan.mark_rest(RestDay(FRIDAY, RestKind.FLARE_UP, "hip"))
    widget = dialog(qtbot, service, tmp_path, FakeReminders())
    assert widget.rest_list.item(0).text() == "Fri 27 Mar 2026: Flare-up (hip)"
    widget.rest_list.setCurrentRow(0)
    with qtbot.waitSignal(widget.changed):
        widget.unrest_button.click()
    assert service.plan.rest_days() == []
    assert widget.rest_list.count() == 0
