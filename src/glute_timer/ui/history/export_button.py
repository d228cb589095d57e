"""The history page's Export button: the sessions shown, as CSV or JSON."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from glute_timer.domain.i18n import PLURAL, translate
from glute_timer.storage.storage_errors import describe_storage_error as _reason

if TYPE_CHECKING:
    from glute_timer.storage.history_repository import HistoryRepository

log = logging.getLogger(__name__)


class ExportButton(QToolButton):
    """A menu button: CSV (one row per step) or JSON, of all sessions or one routine's."""

    def __init__(
        self,
        repository: HistoryRepository,
        ask_save_path: Callable[[QWidget, str, str, str], str | None],
        routine: Callable[[], str | None],
        tell: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._ask_save_path = ask_save_path
        self._routine = routine
        self._tell = tell
        self.setText(translate("HistoryExport", "Export"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.csv_action = menu.addAction(translate("HistoryExport", "CSV (one row per step)…"))
        self.csv_action.triggered.connect(lambda: self.export("csv"))
        self.json_action = menu.addAction(translate("HistoryExport", "JSON…"))
        self.json_action.triggered.connect(lambda: self.export("json"))
        self.setMenu(menu)

    def export(self, fmt: str) -> None:
        """Ask for a file and export the sessions shown (all, or the routine chosen)."""
        routine = self._routine()
        suffix = "csv" if fmt == "csv" else "json"
        if fmt == "csv":
            title = translate("HistoryExport", "Export history as CSV")
            filters = translate("HistoryExport", "CSV files (*.csv)")
        else:
            title = translate("HistoryExport", "Export history as JSON")
            filters = translate("HistoryExport", "JSON files (*.json)")
        chosen = self._ask_save_path(
            self.window(),
            title,
            f"glute-timer-history.{suffix}",
            filters,
        )
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(f".{suffix}")
        try:
            count = self._repository.export(target, fmt, routine)
        except OSError as error:
            self._tell(
                translate(
                    "HistoryExport",
                    "The history could not be written to {place}: {reason}. Choose another folder.",
                ).format(place=target, reason=error.strerror or error)
            )
            return
        except Exception as error:
            log.exception("export failed")
            self._tell(
                translate("HistoryExport", "The history could not be exported: {reason}.").format(
                    reason=_reason(error)
                )
            )
            return
        self._tell(
            translate(
                "HistoryExport", "Exported %n session(s) to {place}.", None, PLURAL, count
            ).format(place=target)
        )
