"""Wires the plan into the running app: the today strip, the suggestion cards and the
Plan dialog, all on one :class:`~glute_timer.storage.plan_service.PlanService`; and a
reminder's "Start" (a second ``glute-timer start NAME``) handled by the app already open.

Built by :func:`load_plan` from ``App.load_rest`` once the database is open, so nothing
here costs start-up time.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from glute_timer import APP_NAME
from glute_timer.domain import library
from glute_timer.domain.i18n import translate
from glute_timer.paths import data_dir as default_data_dir

if TYPE_CHECKING:
    from glute_timer.app import App
    from glute_timer.platform.single_instance import InstanceServer
    from glute_timer.storage.database import Database
    from glute_timer.storage.plan_service import PlanService
    from glute_timer.ui.dialogs.plan_dialog import PlanDialog
    from glute_timer.ui.start.today_strip import TodayStrip
    from glute_timer.ui.widgets.suggestion_card import SuggestionCard

_log = logging.getLogger(__name__)

NOW_ENV = "GLUTE_TIMER_NOW"
"""An ISO instant with its UTC offset to use as now (screenshots, tests), as for the CLI."""

RATING_WAIT_S = 2.0
"""How long the summary waits for a rating to be stored before suggesting from it."""


def plan_clock() -> Callable[[], datetime]:
    """The real clock; with $GLUTE_TIMER_NOW, that instant plus the time since start-up."""
    text = os.environ.get(NOW_ENV, "")
    if text:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None:
            started = time.monotonic()
            return lambda: moment + timedelta(seconds=time.monotonic() - started)
        _log.warning("%s=%r is not an ISO date and time with a UTC offset", NOW_ENV, text)
    return lambda: datetime.now(UTC)


class PlanWiring(QObject):
    """The plan's widgets in the window, refreshed together after every change."""

    def __init__(self, app: App, service: PlanService) -> None:
        super().__init__(app.window)
        from glute_timer.ui.start.today_strip import TodayStrip
        from glute_timer.ui.widgets.suggestion_card import SuggestionCard

        self.app = app
        self.service = service
        self.dialog: PlanDialog | None = None
        window = app.window
        self.strip: TodayStrip = TodayStrip(service)
        self.start_card: SuggestionCard = SuggestionCard(service)
        self.summary_card: SuggestionCard = SuggestionCard(service)
        top = QWidget()
        top.setObjectName("todayArea")
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.strip)
        layout.addWidget(self.start_card)
        window.start_screen.set_today_widget(top)
        window.summary_view.set_suggestion_widget(self.summary_card)
        self.strip.watch_window(window)
        self.strip.plan_requested.connect(self.show_plan)
        self.strip.changed.connect(self.refresh)
        for card in (self.start_card, self.summary_card):
            card.changed.connect(self._routines_changed)
        window.plan_action.triggered.connect(self.show_plan)
        recorder = app.recorder
        if recorder is not None:
            recorder.session_saved.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        if app.rating_panel is not None:
            app.rating_panel.rated.connect(self._rated)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Show today's status and the suggestions again (and the open Plan dialog)."""
        self.strip.refresh()
        self.start_card.refresh()
        self.summary_card.refresh()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reload()

    def _rated(self, *_args: object) -> None:
        # A rating is what the suggestions read: wait (briefly) for it to be stored.
        recorder = self.app.recorder
        if recorder is not None:
            recorder.flush(RATING_WAIT_S)
        self.refresh()

    def _routines_changed(self, name: str) -> None:
        self.app.refresh_routines(name)
        self.refresh()

    def show_plan(self) -> None:
        """Open the Plan dialog (not modal; changes apply at once)."""
        if self.dialog is None:
            from glute_timer.ui.dialogs.plan_dialog import PlanDialog

            directory = self.app.directory
            same = directory.resolve() == default_data_dir().resolve()
            self.dialog = PlanDialog(
                self.service, directory, None if same else str(directory), self.app.window
            )
            self.dialog.changed.connect(self.refresh)
            self.dialog.resize(720, 680)
        else:
            self.dialog.reload()
        if self.dialog.isVisible():
            self.dialog.raise_()
        else:
            self.dialog.show()
        self.dialog.activateWindow()


def load_plan(app: App, database: Database) -> PlanWiring | None:
    """The plan's widgets on ``database``; None (logged, with a notice) when it fails."""
    try:
        from glute_timer.storage.plan_service import PlanService

        return PlanWiring(app, PlanService(database, now=plan_clock()))
    except Exception:
        _log.exception("the plan could not be shown")
        app.window.set_notice(
            "plan", translate("AppPlan", "The plan is unavailable; details are in the log.")
        )
        return None


def start_from_elsewhere(app: App, name: str) -> str:
    """Another ``glute-timer start NAME`` (a reminder's Start): bring the window up and start
    NAME, unless a workout is on (then say so on screen); returns the answer to print."""
    window = app.window
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    # The answer is printed by the other process, for the person who ran it.
    if app.session.is_running:
        window.show_toast(
            translate("AppPlan", "Finish or stop this workout to start {routine}").format(
                routine=name
            )
        )
        return translate(
            "AppPlan", "{app} is in the middle of a workout: finish or stop it to start {routine}."
        ).format(app=APP_NAME, routine=repr(name))
    routine = window.find_routine(name)
    if routine is None:
        window.show_toast(translate("AppPlan", "No routine called {routine}").format(routine=name))
        return translate("AppPlan", "{app} has no routine called {routine}.").format(
            app=APP_NAME, routine=repr(name)
        )
    window.show_start()
    window.start_screen.select(routine.name)
    window.start_routine(routine)
    return translate("AppPlan", "Started {routine} in the {app} already open.").format(
        routine=repr(library.shown(routine.name)), app=APP_NAME
    )


def listen_for_starts(app: App) -> InstanceServer | None:
    """Answer later ``glute-timer start NAME`` from this app (None when another listens)."""
    from glute_timer.platform.single_instance import InstanceServer, server_name

    server = InstanceServer(
        server_name(app.directory), lambda name: start_from_elsewhere(app, name), app.window
    )
    if not server.listen():
        return None
    _log.info("listening for other starts on %s", server.name)
    return server
