"""Composition root: builds every part of the app and wires them together."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel


def run_app(data_dir: str | Path | None, start_routine: str | None, audio: str | None) -> int:
    """Open the main window and run the event loop; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel("Glute Timer")
    label.show()
    return app.exec()
