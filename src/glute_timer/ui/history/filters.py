"""What the history page shows: which routine, over which period, and whether short starts."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from glute_timer.domain import library
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.ui.history.progress import DEFAULT_PERIOD, PERIODS, PERIODS_CONTEXT

if TYPE_CHECKING:
    from glute_timer.storage.history_repository import HistoryRepository

log = logging.getLogger(__name__)

ALL_ROUTINES = QT_TRANSLATE_NOOP("HistoryFilters", "All routines")


class HistoryFilters(QWidget):
    """The routine, period and short-starts controls in one row.

    Signals:
        routine_changed(): another routine (or all) was chosen.
        period_changed(): another period was chosen.
        short_toggled(bool): short starts are now shown (True) or hidden.
    """

    routine_changed = Signal()
    period_changed = Signal()
    short_toggled = Signal(bool)

    def __init__(self, repository: HistoryRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self.routine_box = QComboBox(self)
        self.routine_box.setAccessibleName(translate("HistoryFilters", "Show sessions of routine"))
        self.routine_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.routine_box.setMinimumContentsLength(8)
        self.period_box = QComboBox(self)
        self.period_box.setAccessibleName(translate("HistoryFilters", "Period of the progress"))
        for label, weeks in PERIODS:
            self.period_box.addItem(translate(PERIODS_CONTEXT, label), weeks)
        self.period_box.setCurrentIndex(DEFAULT_PERIOD)
        self.period_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.period_box.setMinimumContentsLength(6)
        self.short_box = QCheckBox(translate("HistoryFilters", "Short starts"), self)
        self.short_box.setAccessibleName(translate("HistoryFilters", "Show short starts"))
        self.short_box.setToolTip(
            translate(
                "HistoryFilters",
                "Also show sessions with under 10 s of holds and reps (started by accident); "
                "they are hidden, never deleted",
            )
        )
        row = QHBoxLayout(self)
        # No margins: the row lines up with the page's other controls as if it were theirs.
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.routine_box, 1)
        row.addWidget(self.period_box, 1)
        row.addWidget(self.short_box)

        self.fill_routines()
        self.routine_box.currentIndexChanged.connect(lambda _i: self.routine_changed.emit())
        self.period_box.currentIndexChanged.connect(lambda _i: self.period_changed.emit())
        self.short_box.toggled.connect(self.short_toggled)

    @property
    def routine(self) -> str | None:
        """The routine whose sessions are shown (None: all)."""
        data = self.routine_box.currentData()
        return data if isinstance(data, str) else None

    @property
    def period_weeks(self) -> int | None:
        """The weeks the progress covers (None: everything)."""
        data = self.period_box.currentData()
        return data if isinstance(data, int) else None

    def fill_routines(self) -> None:
        """Re-read the routine names, keeping the one chosen if it still has sessions."""
        current = self.routine
        try:
            names = self._repository.routine_names()
        except Exception:
            log.exception("cannot read routine names")
            names = []
        self.routine_box.blockSignals(True)
        self.routine_box.clear()
        self.routine_box.addItem(translate("HistoryFilters", ALL_ROUTINES), None)
        for name in names:
            # Shown in the person's language; the stored name stays the filter's value.
            self.routine_box.addItem(library.shown(name), name)
        if current is not None and current in names:
            self.routine_box.setCurrentIndex(names.index(current) + 1)
        self.routine_box.blockSignals(False)
