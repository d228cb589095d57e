"""The main window: start screen, workout, summary (and history) pages, and every key."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QWidget

from glute_timer import APP_NAME
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.library import shown
from glute_timer.domain.model import Routine, Side
from glute_timer.domain.names import name_key
from glute_timer.domain.plan import Step, StepKind
from glute_timer.domain.tally import Tally
from glute_timer.settings import Settings
from glute_timer.ui.commands import COMMANDS, MENU_GROUPS, WORKOUT_COMMANDS, Command
from glute_timer.ui.first_paint import after_first_paint
from glute_timer.ui.start.start_screen import StartScreen
from glute_timer.ui.theme import current_scheme
from glute_timer.ui.widgets.toast import TOAST_MS, Toast
from glute_timer.workout_session import WorkoutSession

if TYPE_CHECKING:
    from glute_timer.ui.dialogs.keys_help import KeysHelp
    from glute_timer.ui.workout.summary_view import SummaryView
    from glute_timer.ui.workout.workout_view import WorkoutView

HISTORY_NOTICE = "history"  # the set_notice source the history page shows by itself
MINIMUM_SIZE = (640, 400)
# The window title's words for the step and the side, in sentence case ("Get ready · Left").
TITLE_KINDS: dict[StepKind, str] = {
    StepKind.PREPARE: QT_TRANSLATE_NOOP("MainWindow", "Get ready"),
    StepKind.HOLD: QT_TRANSLATE_NOOP("MainWindow", "Hold"),
    StepKind.REPS: QT_TRANSLATE_NOOP("MainWindow", "Reps"),
    StepKind.SWITCH: QT_TRANSLATE_NOOP("MainWindow", "Switch sides"),
    StepKind.REST: QT_TRANSLATE_NOOP("MainWindow", "Rest"),
    StepKind.FINISH: QT_TRANSLATE_NOOP("MainWindow", "Finished"),
}
TITLE_SIDES: dict[Side, str] = {
    Side.LEFT: QT_TRANSLATE_NOOP("MainWindow", "Left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("MainWindow", "Right"),
}


def ask_to_stop(parent: QWidget) -> bool:
    """Ask whether to stop the workout; True when the person says yes. "Keep going" is the
    safe default (Enter, Esc); Stop is styled as destructive."""
    from PySide6.QtWidgets import QMessageBox  # its enums cost start-up time: load on use

    from glute_timer.ui.theme import TYPE_SCALE, set_role

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("MainWindow", "Stop the workout?"))
    box.setText(translate("MainWindow", "Stop the workout now?"))
    box.setInformativeText(
        translate("MainWindow", "What you have done so far is kept in the history.")
    )
    font = box.font()
    font.setPointSizeF(font.pointSizeF() * TYPE_SCALE["large"])
    box.setFont(font)
    stop = box.addButton(translate("MainWindow", "Stop"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("MainWindow", "Keep going"), QMessageBox.ButtonRole.RejectRole)
    set_role(stop, "destructive")
    set_role(keep, "primary")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    keep.setFocus()
    box.exec()
    return box.clickedButton() is stop


def first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence."""
    head, separator, _rest = text.partition(". ")
    return head + "." if separator else text


class MainWindow(QMainWindow):
    """Everything the person sees, in pages; shows the workout ``session`` runs.

    Constructor arguments:
        settings: preferences and remembered UI state.
        session: runs the workouts (:class:`WorkoutSession`); the window starts it, forwards
            the workout keys to it and shows what it reports.
        confirm_stop: asks before Esc stops a workout; ``ask_to_stop`` by default.

    Signals:
        workout_ended(StepOutcome): the summary of a workout that ended ``completed`` or
            ``stopped`` is on screen.

    Every action comes from :data:`glute_timer.ui.commands.COMMANDS`
    (:attr:`actions_by_command`). The menu ones (in the start screen's "More" menu; the
    composition root connects ``triggered`` of those the window does not handle itself):
    ``edit_action``, ``import_action``, ``export_action``, ``plan_action`` (these need the
    database: :meth:`set_routine_actions_enabled`), ``settings_action``,
    ``history_action``, ``keys_action``, ``about_action``, ``quit_action``. They are off
    during a workout.
    """

    workout_ended = Signal(object)

    def __init__(
        self,
        settings: Settings,
        session: WorkoutSession,
        confirm_stop: Callable[[QWidget], bool] = ask_to_stop,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.session = session
        self._confirm_stop = confirm_stop
        self._help: KeysHelp | None = None
        self._routines: list[tuple[Routine, bool]] = []
        self._notices: dict[str, str] = {}
        self._routine_actions_ready = False
        self._close_guards: list[Callable[[], bool]] = []
        self._closing_without_asking = False

        self.setMinimumSize(*MINIMUM_SIZE)
        self.setAccessibleName(APP_NAME)
        self.pages = QStackedWidget(self)
        self.start_screen = StartScreen(self.pages)
        self.start_screen.set_run_rule(
            lambda routine, builtin: session.routine_to_run(routine, builtin=builtin)
        )
        settings.preferences.changed.connect(self._preference_changed)
        # The workout view (and the SVG module it brings) is built at the first workout, so
        # the start screen shows sooner.
        self._workout_view: WorkoutView | None = None
        self._summary_view: SummaryView | None = None  # built when first needed
        self.history_page: QWidget | None = None
        self.pages.addWidget(self.start_screen)
        self.setCentralWidget(self.pages)
        self.pages.currentChanged.connect(self._page_changed)

        self.toast = Toast(self)

        self.actions_by_command: dict[Command, QAction] = {}
        self._make_actions()
        self._make_menu()

        session.started.connect(self._on_workout_started)
        session.step_started.connect(self._on_step_started)
        session.paused.connect(self._on_paused)
        session.resumed.connect(self._on_resumed)
        session.slept.connect(self._on_slept)
        session.finished.connect(self._on_finished)
        session.keep_awake_failed.connect(
            lambda reason: self.workout_view.show_keep_awake_problem(reason)
        )

        self.start_screen.start_requested.connect(self.start_routine)
        self.start_screen.help_requested.connect(self.show_keys_help)
        self.start_screen.history_requested.connect(self.show_history)

        self.scheme_changed()
        after_first_paint(self, self.start_screen.show_images)
        self._restore_window_state()
        self._page_changed(self.pages.currentIndex())
        self._update_title()

    # -- pages ---------------------------------------------------------------------------

    @property
    def workout_view(self) -> WorkoutView:
        """The workout page, built on first use."""
        if self._workout_view is None:
            from glute_timer.ui.workout.workout_view import WorkoutView

            view = WorkoutView(self.pages)
            view.pause_requested.connect(lambda: self._command(Command.TOGGLE_PAUSE))
            view.skip_requested.connect(lambda: self._command(Command.SKIP))
            view.back_requested.connect(lambda: self._command(Command.BACK))
            view.done_requested.connect(lambda: self._command(Command.DONE))
            view.stop_requested.connect(lambda: self._command(Command.STOP))
            view.set_scheme(current_scheme())
            view.set_muted(self._settings.preferences.muted)
            self.session.tick.connect(view.show_time)
            self._workout_view = view
            self.pages.insertWidget(1, view)
        return self._workout_view

    @property
    def summary_view(self) -> SummaryView:
        """The summary page, built on first use (the app's load_rest asks for it)."""
        if self._summary_view is None:
            from glute_timer.ui.workout.summary_view import SummaryView

            self._summary_view = SummaryView(self.pages)
            self._summary_view.back_requested.connect(self.show_start)
            self.pages.addWidget(self._summary_view)
        return self._summary_view

    def _on_workout_page(self) -> bool:
        view = self._workout_view
        return view is not None and self.pages.currentWidget() is view

    def set_routines(self, routines: Sequence[tuple[Routine, bool]]) -> None:
        """The routines to offer, as (routine, built-in) pairs."""
        self._routines = list(routines)
        self.start_screen.set_routines(self._routines, select=self._settings.ui_state.last_routine)

    def find_routine(self, name: str) -> Routine | None:
        """A listed routine by name (case-insensitive)."""
        key = name_key(name)
        return next((r for r, _ in self._routines if name_key(r.name) == key), None)

    def set_history_page(self, page: QWidget) -> None:
        """Add the history page (from the history issue) and show its button."""
        self.history_page = page
        self.pages.addWidget(page)
        self.start_screen.history_button.show()
        self._enable_menu_actions()

    def set_sound_status(self, text: str) -> None:
        """A lasting notice such as "No sound: <reason>" ("" clears it)."""
        self.set_notice("sound", text)

    def set_notice(self, source: str, text: str) -> None:
        """A lasting notice from ``source`` (sound, history...); "" clears that source's.

        Notices are shown once: in the start screen's status line there, in the status bar
        on the other pages.
        """
        if text:
            self._notices[source] = text
        else:
            self._notices.pop(source, None)
        self._show_notices()

    def notices(self) -> str:
        """Every current notice, as shown."""
        return "  ".join(self._notices.values())

    def _show_notices(self) -> None:
        self.start_screen.set_status(self.notices())
        page = self.pages.currentWidget()
        # The history page shows the history's own notice itself.
        visible = [
            notice
            for source, notice in self._notices.items()
            if not (source == HISTORY_NOTICE and page is self.history_page)
        ]
        # One line in the status bar: each notice's first sentence; the whole in the tooltip
        # (and on the start screen).
        bar = self.statusBar()
        bar.showMessage("  ".join(first_sentence(notice) for notice in visible))
        bar.setToolTip("\n".join(visible))
        bar.setVisible(bool(visible) and page is not self.start_screen)

    def show_start(self) -> None:
        """Back to the start screen, the keyboard on the routine cards."""
        if self.pages.currentWidget() is not self.start_screen:
            self.start_screen.refresh()  # "last done" may have changed
        self.pages.setCurrentWidget(self.start_screen)
        self.start_screen.focus_routines()

    def focus_start_screen(self) -> None:
        """The window and the routine cards take the keyboard (after a dialog closed)."""
        self.activateWindow()
        self.start_screen.focus_routines()

    def _preference_changed(self, key: str) -> None:
        if key == "prep_seconds":
            self.start_screen.refresh()  # the built-ins' durations changed
        elif key == "muted" and self._workout_view is not None:
            self._workout_view.set_muted(self._settings.preferences.muted)

    def show_history(self) -> None:
        """Show the history page, when there is one."""
        if self.history_page is not None:
            self.pages.setCurrentWidget(self.history_page)

    def show_keys_help(self) -> None:
        """Show (or hide) the list of keys."""
        if self._help is None:
            from glute_timer.ui.dialogs.keys_help import KeysHelp

            self._help = KeysHelp(self)
        if self._help.isVisible():
            self._help.hide()
        else:
            self._help.show()
            self._help.activateWindow()

    @property
    def keys_help(self) -> KeysHelp | None:
        """The keys dialog, once opened."""
        return self._help

    def _page_changed(self, _index: int) -> None:
        in_workout = self._on_workout_page()
        for command, action in self.actions_by_command.items():
            if command in WORKOUT_COMMANDS:
                action.setEnabled(in_workout)
        self._enable_menu_actions()
        if self._notices:
            self._show_notices()
        self._update_title()

    # -- workout -------------------------------------------------------------------------

    def is_builtin(self, routine: Routine) -> bool:
        """Whether ``routine`` is listed as a built-in."""
        key = name_key(routine.name)
        return any(builtin and name_key(r.name) == key for r, builtin in self._routines)

    def routine_to_run(self, routine: Routine) -> Routine:
        """``routine`` as it will run (a built-in takes the get-ready time from the
        preferences: :func:`glute_timer.workout_session.routine_to_run`)."""
        return self.session.routine_to_run(routine, builtin=self.is_builtin(routine))

    def start_routine(self, routine: Routine) -> None:
        """Start following ``routine`` (remembered as the last one)."""
        self._settings.ui_state.last_routine = routine.name
        self.session.start(routine, builtin=self.is_builtin(routine))

    def _on_workout_started(self, _engine: object) -> None:
        view = self.workout_view
        plan = self.session.plan
        if plan is not None:
            view.show_plan(plan)
        self.pages.setCurrentWidget(view)
        self.setFocus()

    def _on_step_started(self, step: Step) -> None:
        self.workout_view.show_step(step)
        self._update_title()

    def _on_paused(self) -> None:
        self.workout_view.show_paused()
        self._update_title()

    def _on_resumed(self) -> None:
        self.workout_view.show_resumed()
        self._update_title()

    def _on_slept(self, _seconds: float) -> None:
        from glute_timer.ui.workout.workout_view import SLEPT_MESSAGE

        self.workout_view.show_paused(SLEPT_MESSAGE)

    def _on_finished(self, tally: Tally) -> None:
        self.summary_view.show_tally(tally)
        self.pages.setCurrentWidget(self.summary_view)
        self.workout_ended.emit(tally.outcome)

    # -- commands ------------------------------------------------------------------------

    def _make_actions(self) -> None:
        for spec in COMMANDS:
            action = QAction(spec.shown_text(), self)
            action.setShortcuts([QKeySequence(key) for key in spec.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(spec.help_text)
            action.setAutoRepeat(False)
            command = spec.command
            action.triggered.connect(lambda _checked=False, c=command: self._command(c))
            self.addAction(action)
            self.actions_by_command[command] = action
        by_command = self.actions_by_command
        self.edit_action = by_command[Command.EDIT_ROUTINES]
        self.import_action = by_command[Command.IMPORT_ROUTINES]
        self.export_action = by_command[Command.EXPORT_ROUTINE]
        self.settings_action = by_command[Command.SETTINGS]
        self.history_action = by_command[Command.HISTORY]
        self.plan_action = by_command[Command.PLAN]
        self.import_history_action = by_command[Command.IMPORT_HISTORY]
        self.undo_action = by_command[Command.UNDO]
        self.keys_action = by_command[Command.KEYS]
        self.about_action = by_command[Command.ABOUT]
        self.quit_action = by_command[Command.QUIT]

    def _make_menu(self) -> None:
        self.menu = QMenu(self)
        self.menu.setAccessibleName(translate("MainWindow", "More actions"))
        for number, group in enumerate(MENU_GROUPS):
            if number:
                self.menu.addSeparator()
            for command in group:
                self.menu.addAction(self.actions_by_command[command])
        self.start_screen.set_menu(self.menu)
        self.start_screen.set_header_actions(
            [
                (self.edit_action, translate("MainWindow", "Edit routines"), "edit"),
                (self.import_action, translate("MainWindow", "Import"), "import"),
                (self.settings_action, translate("MainWindow", "Settings"), "settings"),
            ]
        )
        self._enable_menu_actions()

    def set_routine_actions_enabled(self, enabled: bool) -> None:
        """Offer editing, import and export (once the routine database is open)."""
        self._routine_actions_ready = enabled
        self._enable_menu_actions()

    def _enable_menu_actions(self) -> None:
        if not hasattr(self, "edit_action"):
            return
        idle = not self._on_workout_page()
        for item in (self.edit_action, self.import_action, self.export_action, self.plan_action):
            item.setEnabled(idle and self._routine_actions_ready)
        self.history_action.setEnabled(idle and self.history_page is not None)
        self.import_history_action.setEnabled(idle and self.history_page is not None)
        # Undo is the history page's: deleting a session there can be taken back.
        on_history = (
            self.history_page is not None and self.pages.currentWidget() is self.history_page
        )
        self.undo_action.setEnabled(on_history)
        for item in (self.settings_action, self.keys_action, self.about_action):
            item.setEnabled(idle)

    def _command(self, command: Command) -> None:
        session = self.session
        handlers: dict[Command, Callable[[], object]] = {
            Command.FULL_SCREEN: self.toggle_full_screen,
            Command.MUTE: self._toggle_mute,
            Command.VOLUME_UP: lambda: self._step_volume(1),
            Command.VOLUME_DOWN: lambda: self._step_volume(-1),
            Command.HELP: self.show_keys_help,
            Command.KEYS: self.show_keys_help,
            Command.HISTORY: self.show_history,
            Command.QUIT: self.close,
            Command.TOGGLE_PAUSE: session.toggle_pause,
            Command.PAUSE: session.pause,
            Command.SKIP: session.skip,
            Command.BACK: session.back,
            Command.DONE: session.done,
            Command.STOP: lambda: session.stop(confirm=lambda: self._confirm_stop(self)),
        }
        # The other menu commands are the composition root's (it connects their actions).
        handler = handlers.get(command)
        if handler is not None:
            handler()

    def _toggle_mute(self) -> None:
        prefs = self._settings.preferences
        prefs.muted = not prefs.muted
        if prefs.muted:
            self.show_toast(translate("MainWindow", "Sound off"))
        else:
            volume = QLocale().toString(prefs.volume)
            self.show_toast(translate("MainWindow", "Sound on ({volume}%)").format(volume=volume))

    def _step_volume(self, direction: int) -> None:
        volume = QLocale().toString(self._settings.preferences.step_volume(direction))
        self.show_toast(translate("MainWindow", "Volume {volume}%").format(volume=volume))

    # -- window --------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        """Full screen on or off; remembered for next time."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self._settings.ui_state.full_screen = self.isFullScreen()

    def show_toast(self, text: str, milliseconds: int = TOAST_MS) -> None:
        """A short message over the window (volume, mute, what an action did)."""
        self.toast.show_text(text, milliseconds)

    def _update_title(self) -> None:
        view = self._workout_view
        step = view.step if view is not None else None
        plan = view.plan if view is not None else None
        if view is not None and self._on_workout_page() and step is not None and plan:
            parts = [shown(plan.routine_name), translate("MainWindow", TITLE_KINDS[step.kind])]
            if step.side is not None and step.kind is not StepKind.FINISH:
                parts.append(translate("MainWindow", TITLE_SIDES[step.side]))
            title = " · ".join(parts)
            if view.is_paused:
                title = translate("MainWindow", "Paused · {title}").format(title=title)
            self.setWindowTitle(
                translate("MainWindow", "{title} — {app}").format(title=title, app=APP_NAME)
            )
        else:
            self.setWindowTitle(APP_NAME)

    def scheme_changed(self) -> None:
        """Repaint what paints itself after the theme changed (the rest follows the palette)."""
        scheme = current_scheme()
        if self._workout_view is not None:
            self._workout_view.set_scheme(scheme)
        self.start_screen.set_scheme(scheme)

    def _restore_window_state(self) -> None:
        state = self._settings.ui_state
        geometry = state.window_geometry
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1100, 720)

    def show_remembered(self) -> None:
        """Show the window as it was left: full screen or at its remembered size."""
        if self._settings.ui_state.full_screen:
            self.showFullScreen()
        else:
            self.show()

    def add_close_guard(self, guard: Callable[[], bool]) -> None:
        """Ask ``guard()`` before the window closes (it may ask the person); False keeps
        the window open. Guards are not asked after :meth:`close_without_asking`."""
        self._close_guards.append(guard)

    def close_without_asking(self) -> None:
        """From now on close without asking the guards (log-out, ``kill``: nobody answers)."""
        self._closing_without_asking = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_without_asking and not all(g() for g in self._close_guards):
            event.ignore()
            return
        state = self._settings.ui_state
        state.window_geometry = self.saveGeometry()
        state.full_screen = self.isFullScreen()
        self._settings.sync()
        self.session.close()
        if self._help is not None:
            self._help.close()
        super().closeEvent(event)
