"""The About box: version, the sound output in use and the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from glute_timer import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from glute_timer.audio import CueAnnouncer


def sound_description(announcer: CueAnnouncer | None, *, loaded: bool) -> str:
    """The sound output as the About box names it (``loaded``: start-up has finished)."""
    if announcer is None:
        return "none (not loaded)" if not loaded else "none"
    sound = announcer.backend_name or "none"
    if announcer.status_text:
        sound += f" ({announcer.status_text})"
    return sound


def about_text(sound: str, data_dir: Path) -> str:
    """The About box's text."""
    return (
        f"{APP_NAME} {__version__}\n"
        "A follow-along timer for glute medius exercises.\n\n"
        f"Sound output: {sound}\n"
        f"Data folder: {data_dir}"
    )


def open_about_box(text: str, parent: QWidget) -> QMessageBox:
    """Open the About box with ``text`` without waiting for it to close; returns it."""
    from PySide6.QtWidgets import QMessageBox  # its enums cost start-up time: load on use

    box = QMessageBox(
        QMessageBox.Icon.Information,
        f"About {APP_NAME}",
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    window_icon = parent.windowIcon()
    if not window_icon.isNull():
        box.setIconPixmap(window_icon.pixmap(64, 64))
    box.open()
    return box
