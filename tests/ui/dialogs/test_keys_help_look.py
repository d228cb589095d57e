"""The keys help at 100–200 % text: two columns, rows as tall as their text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glute_timer.ui.dialogs.keys_help import KeysHelp


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_rows_have_normal_heights(qtbot: QtBot, scale: float) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.font()
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * scale)
    app.setFont(big)
    try:
        dialog = KeysHelp()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.table
        assert table.columnCount() == 2
        metrics = table.fontMetrics()
        line = metrics.lineSpacing()
        for row in range(table.rowCount()):
            needed = 0
            for column in range(2):
                item = table.item(row, column)
                assert item is not None
                box = QRect(0, 0, table.columnWidth(column) - 8, 10_000)
                flags = int(Qt.TextFlag.TextWordWrap)
                needed = max(needed, metrics.boundingRect(box, flags, item.text()).height())
            # As tall as the text needs (wrapped at its column's width), never more.
            assert line <= table.rowHeight(row) <= needed + 16, (row, table.rowHeight(row), needed)
        assert table.columnWidth(1) >= table.columnWidth(0) * 0.9
        assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance("Ctrl+E")
    finally:
        app.setFont(old)
