"""Routine files in the app: import and export through file dialogs, and files dropped on a window.

The format, the checks and the error sentences are the CLI's (``domain.routine_file``). A file
that cannot be used shows its error and changes nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from glute_timer.domain import library
from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Routine
from glute_timer.domain.names import imported_name
from glute_timer.domain.routine_file import (
    SUFFIXES,
    RoutineFileError,
    read_routine_file,
    write_routine_file,
)
from glute_timer.domain.text_safety import display_name, escape_for_terminal
from glute_timer.domain.validation import InvalidRoutineError

if TYPE_CHECKING:
    from glute_timer.storage.routine_repository import RoutineRepository

log = logging.getLogger(__name__)

# The file-type names (patterns stay as they are); the first is translated in file_filter().
FILE_TYPES = ";;TOML (*.toml);;JSON (*.json)"


def file_filter() -> str:
    """The open and save dialogs' file types, the first named in the person's language."""
    return translate("RoutineFiles", "Routine files (*.toml *.json)") + FILE_TYPES


class NameClash(StrEnum):
    """What to do when an imported routine has the name of one already there."""

    REPLACE = "replace"
    KEEP_BOTH = "keep_both"
    CANCEL = "cancel"


def routine_paths(mime: QMimeData) -> list[Path]:
    """The local ``.toml`` and ``.json`` files among dragged or dropped data."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in SUFFIXES]


def suggested_file_name(routine: Routine, suffix: str = ".toml") -> str:
    """A file name from the routine name: ``Wall push (custom)`` -> ``wall-push-custom.toml``."""
    slug = re.sub(r"[\W_]+", "-", routine.name.casefold()).strip("-") or "routine"
    return slug + suffix


class RoutineFiles(QObject):
    """Imports and exports routine files for a window.

    Call :meth:`import_with_dialog` and :meth:`export_with_dialog` from menu actions, and
    :meth:`install_drop_target` once on the main window so that ``.toml``/``.json`` files
    dropped on it are imported (or call :meth:`import_files` from your own drop handler).

    Signals:
        imported(str): a routine was stored under this name.
        exported(str): a routine was written to this path.
        failed(str): this error was shown; nothing was changed.
    """

    imported = Signal(str)
    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, repository: RoutineRepository, window: QWidget) -> None:
        super().__init__(window)
        self._repository = repository
        self._window = window
        self.last_directory = Path.home()
        self.error_box: QMessageBox | None = None

    # ----------------------------------------------------------------- importing

    def import_with_dialog(self) -> list[str]:
        """Ask for one or more files and import them; returns the names stored."""
        paths = self.ask_open_paths()
        if not paths:
            return []
        self.last_directory = paths[0].parent
        return self.import_files(paths)

    def import_files(self, paths: Iterable[Path | str]) -> list[str]:
        """Import each file; each bad one shows its error. Returns the names stored."""
        names: list[str] = []
        errors: list[str] = []
        for path in paths:
            try:
                name = self._import_one(Path(path))
            except (RoutineFileError, InvalidRoutineError) as error:
                message = str(error)
                if isinstance(error, InvalidRoutineError):
                    message = escape_for_terminal(f"{Path(path).name}: {error}")
                log.info("import refused: %s", message)
                errors.append(message)
                continue
            except Exception as error:
                from glute_timer.storage.storage_errors import describe_storage_error

                log.exception("import of %s failed", path)
                name = escape_for_terminal(Path(path).name)
                errors.append(
                    translate("RoutineFiles", "{file}: could not be stored: {reason}").format(
                        file=name, reason=describe_storage_error(error)
                    )
                )
                continue
            if name is not None:
                names.append(name)
                self.imported.emit(name)
        if errors:
            self.show_error(translate("RoutineFiles", "The routine could not be imported"), errors)
        return names

    def _import_one(self, path: Path) -> str | None:
        routine = read_routine_file(path)
        existing = self._repository.find(routine.name)
        overwrite = False
        if existing is not None:
            choice = self.ask_name_clash(routine.name, existing.builtin)
            if choice is NameClash.CANCEL:
                return None
            if choice is NameClash.REPLACE and not existing.builtin:
                overwrite = True
            else:
                taken = [e.routine.name for e in self._repository.all_routines()]
                routine = replace(routine, name=imported_name(routine.name, taken))
        self._repository.save(routine, replace=overwrite)
        log.info("imported %r from %s", routine.name, path)
        return routine.name

    # ----------------------------------------------------------------- exporting

    def export_with_dialog(self, routine: Routine) -> Path | None:
        """Ask where to write ``routine`` (.toml or .json) and write it; None if not written."""
        path = self.ask_save_path(self.last_directory / suggested_file_name(routine))
        if path is None:
            return None
        if path.suffix.lower() not in SUFFIXES:
            path = path.with_name(path.name + ".toml")
        self.last_directory = path.parent
        return path if self.export_to(routine, path) else None

    def export_to(self, routine: Routine, path: Path) -> bool:
        """Write ``routine`` to ``path``; an error is shown and False returned."""
        try:
            write_routine_file(routine, path)
        except RoutineFileError as error:
            self.show_error(
                translate("RoutineFiles", "The routine could not be exported"), [str(error)]
            )
            return False
        except OSError as error:
            reason = error.strerror or str(error)
            line = translate("RoutineFiles", "{file}: cannot be written: {reason}").format(
                file=path, reason=reason
            )
            self.show_error(translate("RoutineFiles", "The routine could not be exported"), [line])
            return False
        self.exported.emit(str(path))
        return True

    # ----------------------------------------------------------------- dropping

    def install_drop_target(self, widget: QWidget) -> None:
        """Accept routine files dropped anywhere on ``widget`` (usually the main window)."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDragMoveEvent
        ):
            mime = event.mimeData()
            if mime is not None and routine_paths(mime):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            mime = event.mimeData()
            if mime is not None and routine_paths(mime):
                event.acceptProposedAction()
                self.handle_drop(mime)
                return True
        return super().eventFilter(watched, event)

    def handle_drop(self, mime: QMimeData) -> list[str]:
        """Import the routine files in dropped data; returns the names stored."""
        return self.import_files(routine_paths(mime))

    # ----------------------------------------------------------------- asking (tests replace)

    def ask_open_paths(self) -> list[Path]:
        """The files chosen in an open dialog ([] when cancelled)."""
        names, _ = QFileDialog.getOpenFileNames(
            self._window,
            translate("RoutineFiles", "Import routines"),
            str(self.last_directory),
            file_filter(),
        )
        return [Path(n) for n in names]

    def ask_save_path(self, suggested: Path) -> Path | None:
        """The file chosen in a save dialog (None when cancelled)."""
        name, _ = QFileDialog.getSaveFileName(
            self._window, translate("RoutineFiles", "Export routine"), str(suggested), file_filter()
        )
        return Path(name) if name else None

    def ask_name_clash(self, name: str, builtin: bool) -> NameClash:
        """Ask what to do with an import named like an existing routine."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("RoutineFiles", "Routine already there"))
        shown = display_name(library.shown(name))
        if builtin:
            box.setText(
                translate("RoutineFiles", "“{routine}” is a built-in routine.").format(
                    routine=shown
                )
            )
            box.setInformativeText(
                translate("RoutineFiles", "Import the file as a separate routine?")
            )
        else:
            box.setText(
                translate("RoutineFiles", "You already have a routine called “{routine}”.").format(
                    routine=shown
                )
            )
            box.setInformativeText(
                translate("RoutineFiles", "Replace it with the file, or keep both?")
            )
        swap = None
        if not builtin:
            swap = box.addButton(
                translate("RoutineFiles", "Replace"), QMessageBox.ButtonRole.AcceptRole
            )
        keep = box.addButton(
            translate("RoutineFiles", "Keep both"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if swap is not None and clicked is swap:
            return NameClash.REPLACE
        if clicked is keep:
            return NameClash.KEEP_BOTH
        return NameClash.CANCEL

    def show_error(self, title: str, messages: list[str]) -> None:
        """Show what went wrong without blocking (the box stays until dismissed)."""
        text = "\n".join(messages)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self._window
        )
        box.setInformativeText(
            translate("RoutineFiles", "Nothing was changed. Fix the file and try again.")
        )
        box.open()
        self.error_box = box
        self.failed.emit(text)
