"""Every screen shown in a pseudo-language: a word still in plain letters was never marked.

The check a person would make by eye, done for every label, button, item, header, tooltip
and accessible name of the start screen, a workout, the summary, the history and each
dialog. Names a person chose or that are not words (the app's name, the data folder,
library versions) are allowed by name.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from glute_timer import APP_NAME
from glute_timer.language import NATIVE_NAMES
from tests.i18n.pseudo import pseudo, pseudo_language, untranslated_texts
from tests.test_wiring import Wired
from tests.test_wiring import wire as wire  # the fixture, shared

# Not words to translate: product and library names, each language's name in itself.
PROPER_NAMES = frozenset(
    {APP_NAME, "PySide6", "SQLAlchemy", "Alembic", "SQLite", "Qt", *NATIVE_NAMES.values()}
)


@pytest.fixture
def pseudo_wired(wire: Any, tmp_path: Path) -> Iterator[Wired]:
    with pseudo_language():
        wired: Wired = wire()
        wired.app.window.resize(1280, 800)
        wired.app.window.show()
        yield wired


def _allowed(wired: Wired) -> frozenset[str]:
    return PROPER_NAMES | {str(wired.app.directory)}


def _check(root: QWidget, wired: Wired) -> None:
    QApplication.processEvents()
    assert untranslated_texts(root, _allowed(wired)) == []


def test_the_pseudo_language_keeps_placeholders_and_markup() -> None:
    assert pseudo("Hold {seconds} s <b>now</b> &amp; %n") == "Ḣȯŀḋ {seconds} ṡ <b>ṅȯẇ</b> &amp; %n"


def test_the_check_finds_a_text_that_was_not_marked(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel(pseudo("Marked")))
    layout.addWidget(QLabel("Forgotten"))
    layout.addWidget(QLabel("0:30"))
    assert untranslated_texts(root) == ["QLabel text: 'Forgotten'"]


def test_start_screen(pseudo_wired: Wired) -> None:
    _check(pseudo_wired.app.window, pseudo_wired)


def test_workout_and_summary(pseudo_wired: Wired) -> None:
    window = pseudo_wired.app.window
    assert window.start_screen.select("Wall push")
    window.start_screen.start_button.click()
    pseudo_wired.timers.advance_to(pseudo_wired.clock.monotonic() + 15)
    _check(window.workout_view, pseudo_wired)
    pseudo_wired.run_to_end(limit=20_000)
    _check(window.summary_view, pseudo_wired)


def test_history_after_a_workout(pseudo_wired: Wired) -> None:
    app = pseudo_wired.app
    window = app.window
    assert window.start_screen.select("Wall push")
    window.start_screen.start_button.click()
    pseudo_wired.run_to_end(limit=20_000)
    assert app.recorder is not None and app.recorder.flush()
    window.history_action.trigger()
    view: Any = app.history_view
    assert view is not None
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        _check(view, pseudo_wired)


def test_dialogs(pseudo_wired: Wired) -> None:
    app = pseudo_wired.app
    window = app.window
    window.edit_action.trigger()
    assert app.editor_dialog is not None
    _check(app.editor_dialog, pseudo_wired)
    app.editor_dialog.reject()
    window.settings_action.trigger()
    assert app.settings_dialog is not None
    _check(app.settings_dialog, pseudo_wired)
    app.settings_dialog.close()
    window.about_action.trigger()
    assert app.about_box is not None
    _check(app.about_box, pseudo_wired)
    app.about_box.close()
    window.show_keys_help()
    helps = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    for dialog in helps:
        _check(dialog, pseudo_wired)
        dialog.close()


def test_plan_rest_day_and_rating_dialogs(pseudo_wired: Wired, qtbot: QtBot) -> None:
    from datetime import date

    from glute_timer.ui.dialogs.rating_dialog import RatingDialog
    from glute_timer.ui.dialogs.rest_day_dialog import RestDayDialog

    app = pseudo_wired.app
    app.window.plan_action.trigger()
    assert app.plan is not None and app.plan.dialog is not None
    _check(app.plan.dialog, pseudo_wired)
    app.plan.dialog.close()
    for dialog in (RestDayDialog(date(2026, 3, 27)), RatingDialog("Wall push")):
        qtbot.addWidget(dialog)
        dialog.show()
        _check(dialog, pseudo_wired)
        dialog.close()
