"""Under a pseudo-language every word the workout screen and its summary show is translated
(no text reaches them unmarked), and placeholders and plurals still fill in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from glute_timer.domain import i18n, library
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import StepKind, compile_plan
from glute_timer.domain.tally import Tally
from glute_timer.ui.dialogs.settings_dialog import SettingsDialog
from glute_timer.ui.workout.summary_view import SummaryView
from glute_timer.ui.workout.workout_view import SLEPT_MESSAGE, WorkoutView

OPEN, CLOSE = "«", "»"


@pytest.fixture
def pseudo() -> Iterator[None]:
    """Every message comes back wrapped in «»; the English plural forms are chosen by hand."""

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        del context, disambiguation
        if n >= 0:
            text = text.replace("(s)", "" if n == 1 else "s")
        return f"{OPEN}{text}{CLOSE}"

    i18n.install(lookup, "xx")
    try:
        yield
    finally:
        i18n.install(None, i18n.ENGLISH)


def _shown_texts(root: QWidget) -> list[str]:
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root) and w.text()]
    texts += [b.text() for b in root.findChildren(QPushButton) if b.isVisibleTo(root)]
    return texts


def _untranslated(texts: list[str]) -> list[str]:
    # Figures ("12", "80 %") have no words to translate.
    return [t for t in texts if OPEN not in t and any(c.isalpha() for c in t)]


def test_the_workout_screen_shows_only_translated_words(pseudo: None, qtbot: QtBot) -> None:
    routine = library.ROUTINES[0]
    plan = compile_plan(routine)
    view = WorkoutView()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show_plan(plan)
    view.set_muted(True)
    hold = next(s for s in plan.steps if s.kind is StepKind.HOLD and s.side is not None)
    view.show_step(hold)
    view.show_time(1.0, 0.9)
    view.how_label.hide()  # the how-to sentence is the domain's (HowTo), checked there
    assert _untranslated(_shown_texts(view)) == []
    assert view.kind_badge.text() == "«HOLD»"
    assert view.set_label.text() == "«Set 1 of 2»"
    # A plural with its count and a placeholder filled after translating.
    assert view.dial.accessibleDescription() == "«1 second left»"
    assert view.overall_label.text().startswith("«Step ")
    view.show_paused(SLEPT_MESSAGE)
    assert view.notice.text() == "««Paused: the computer was asleep»\nSpace to continue»"


def test_the_summary_and_the_settings_show_only_translated_words(
    pseudo: None, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from glute_timer.settings import Preferences

    tally = Tally(routine_name=library.ROUTINES[0].name)
    tally.outcome = StepOutcome.COMPLETED
    summary = SummaryView()
    qtbot.addWidget(summary)
    summary.show_tally(tally)
    assert _untranslated(_shown_texts(summary)) == []
    # The built-in routine's name is shown through the Library context too.
    assert summary.heading.text() == f"«Well done! «{library.ROUTINES[0].name}» complete»"

    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(Preferences(store))
    qtbot.addWidget(dialog)
    labels = [t for t in _shown_texts(dialog) if t]
    # Qt's own buttons (Close, Restore Defaults) come from Qt's catalogue, not ours.
    ours = [
        t for t in labels if t not in ("&Close", "Close", "Restore Defaults", "&Restore Defaults")
    ]
    assert _untranslated(ours) == []
