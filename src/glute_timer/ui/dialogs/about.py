"""The About box: version, the sound output in use and the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from glute_timer import APP_NAME, __version__
from glute_timer.domain.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from glute_timer.audio import CueAnnouncer


def sound_description(announcer: CueAnnouncer | None, *, loaded: bool) -> str:
    """The sound output as the About box names it (``loaded``: start-up has finished)."""
    if announcer is None:
        if not loaded:
            return translate("AboutBox", "none (not loaded)")
        return translate("AboutBox", "none")
    sound = announcer.backend_name or translate("AboutBox", "none")
    if announcer.status_text:
        sound += f" ({announcer.status_text})"
    return sound


def about_text(sound: str, data_dir: Path) -> str:
    """The About box's text."""
    return "\n".join(
        (
            f"{APP_NAME} {__version__}",
            translate("AboutBox", "A follow-along timer for glute medius exercises."),
            "",
            translate("AboutBox", "Sound output: {sound}").format(sound=sound),
            translate("AboutBox", "Data folder: {folder}").format(folder=data_dir),
        )
    )


def open_about_box(text: str, parent: QWidget) -> QMessageBox:
    """Open the About box with ``text`` without waiting for it to close; returns it."""
    from PySide6.QtWidgets import QMessageBox  # its enums cost start-up time: load on use

    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("AboutBox", "About {app}").format(app=APP_NAME),
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
