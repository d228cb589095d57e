"""Composition root: builds every part of the app and wires them together.

Start-up order matters: the window with the built-in routines is shown first (it needs no
database), and everything slow (SQLAlchemy and the database, the engine's state machine
module, the sound bank and audio backend) is loaded in :meth:`App.load_rest`, run from the
event loop just after the window is up.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from glute_timer import APP_ID, APP_NAME, DESKTOP_ID, __version__
from glute_timer.app_parts import (  # app_icon and the defaults are used from here too
    MESSAGE_MS,
    AskBeforeCopy,
    ThemeFollower,
    app_icon,
    apply_sound_preference,
    ask_to_copy,
    default_engine_factory,
    default_keep_awake,
    history_unavailable,
    last_done_dates,
    play_test_sound,
    routines_unavailable,
    routines_unreadable,
    say_what_files_did,
    show_dialog,
    sound_in_use,
)
from glute_timer.crash_hook import install_crash_hook
from glute_timer.domain import library
from glute_timer.domain.i18n import translate
from glute_timer.domain.outcome import StepOutcome
from glute_timer.language import loaded_language
from glute_timer.paths import data_dir as resolve_data_dir
from glute_timer.platform.keep_awake.keeper import NoKeepAwake, ScreenKeeper
from glute_timer.settings import Settings
from glute_timer.ui.first_paint import after_first_paint
from glute_timer.ui.main_window import HISTORY_NOTICE, MainWindow, ask_to_stop
from glute_timer.ui.text_scale import apply_text_scale
from glute_timer.workout_session import EngineFactory, WorkoutSession

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from glute_timer.app_plan import PlanWiring
    from glute_timer.audio import CueAnnouncer, CuePlayer
    from glute_timer.engine.workout_engine import WorkoutEngine
    from glute_timer.platform.single_instance import InstanceServer
    from glute_timer.storage.database import Database
    from glute_timer.storage.recorder import SessionRecorder
    from glute_timer.storage.routine_repository import RoutineRepository
    from glute_timer.storage.startup import HistoryStartup
    from glute_timer.ui.dialogs.rating_dialog import Rating, RatingPanel
    from glute_timer.ui.dialogs.routine_files import RoutineFiles
    from glute_timer.ui.dialogs.settings_dialog import SettingsDialog
    from glute_timer.ui.dialogs.unsaved_history_prompt import AskUnsavedHistory
    from glute_timer.ui.history.view import HistoryView
    from glute_timer.ui.routine_editor.editor import RoutineEditorDialog
    from glute_timer.ui.start.quick_adjust import QuickAdjust

__all__ = ["App", "app_icon", "default_engine_factory", "default_keep_awake", "run_app"]

_log = logging.getLogger(__name__)

# (backend choice, parent) -> the cue player; ``audio.choose_player`` by default.
PlayerFactory = Callable[[str, QObject], "CuePlayer"]


class App:
    """Every long-lived part of the running app, built and connected in one place.

    Constructor arguments (tests replace the defaults):
        directory: the data directory (settings, database, logs).
        audio: the ``--audio`` choice; None means the saved preference.
        engine_factory, keep_awake: passed to the :class:`WorkoutSession`.
        confirm_stop: passed to :class:`MainWindow`.
        ask_unsaved_history: asks, when the window closes while workout results wait to be
            stored, whether to try again, keep the app open or quit
            (``ui.dialogs.unsaved_history_prompt.ask_about_unsaved_history``).
        load_audio: False to run without sound at all.
        player_factory: makes the cue player from the backend choice (default
            ``audio.choose_player``).
        ask_before_copy: asks before quick adjust makes the person's own version of a
            built-in (``ui.start.quick_adjust.ask_to_copy``).

    ``session`` (:class:`WorkoutSession`) runs the workouts and ``window`` shows them.
    After :meth:`load_rest`: ``database``, ``routine_repository``, ``recorder``
    (``SessionRecorder``), ``history_view``, ``rating_panel``, ``quick_adjust``,
    ``routine_files`` and ``announcer`` are set, or stay None when that part failed.
    """

    def __init__(
        self,
        directory: Path,
        audio: str | None = None,
        *,
        engine_factory: EngineFactory = default_engine_factory,
        keep_awake: ScreenKeeper | None = None,
        confirm_stop: Callable[[QWidget], bool] = ask_to_stop,
        ask_unsaved_history: AskUnsavedHistory | None = None,
        load_audio: bool = True,
        player_factory: PlayerFactory | None = None,
        ask_before_copy: AskBeforeCopy | None = None,
    ) -> None:
        self.directory = directory
        self._ask_before_copy = ask_before_copy or ask_to_copy
        self._ask_unsaved_history = ask_unsaved_history
        self.audio_choice = audio
        self.load_audio = load_audio
        self.player_factory = player_factory
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            _log.warning("data directory %s cannot be created: %s", directory, error)
        self.settings = Settings.open(directory)
        from glute_timer.ui.theme import apply_preference

        apply_preference(self.settings.preferences.theme)
        apply_text_scale(self.settings.preferences.text_scale)
        self.keep_awake: ScreenKeeper = keep_awake if keep_awake is not None else NoKeepAwake()
        self._keep_awake_given = keep_awake is not None
        self.session = WorkoutSession(self.settings, engine_factory, self.keep_awake)
        self.window = MainWindow(self.settings, self.session, confirm_stop=confirm_stop)
        self.window.set_routines([(routine, True) for routine in library.ROUTINES])
        self.database: Database | None = None
        self.history_report: HistoryStartup | None = None
        self.routine_repository: RoutineRepository | None = None
        self.recorder: SessionRecorder | None = None
        self.history_view: HistoryView | None = None
        self.rating_panel: RatingPanel | None = None
        self.quick_adjust: QuickAdjust | None = None
        self.routine_files: RoutineFiles | None = None
        self.editor_dialog: RoutineEditorDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.about_box: QMessageBox | None = None
        self.announcer: CueAnnouncer | None = None
        self.plan: PlanWiring | None = None
        self.instance_server: InstanceServer | None = None
        self.loaded = False
        self._recording = False
        self._shut_down = False
        self._history_problem = ""
        self._store_timeout = 5.0  # how long quitting waits for history writes
        self.session.started.connect(self._connect_engine)
        self.window.workout_ended.connect(self._workout_ended)
        self.settings.preferences.changed.connect(self._preference_changed)
        self.window.edit_action.triggered.connect(self.edit_routines)
        self.window.import_action.triggered.connect(self.import_routines)
        self.window.export_action.triggered.connect(self.export_routine)
        self.window.settings_action.triggered.connect(self.show_settings)
        self.window.about_action.triggered.connect(self.show_about)
        self.theme = ThemeFollower(self.settings.preferences, self.window.scheme_changed)
        self.window.add_close_guard(self._editor_may_close)
        self.window.add_close_guard(self._history_may_close)

    # -- after the window is up ----------------------------------------------------------

    def load_rest(self, start_routine: str | None = None) -> None:
        """Load what the first frame did not need, then start ``start_routine`` if given."""
        if not self._keep_awake_given:
            self.keep_awake = default_keep_awake()
            self.session.set_keep_awake(self.keep_awake)
        self._open_history()
        if self.load_audio:
            self._load_audio()
        # The engine module pulls in QtStateMachine: import it now, not at the first Start.
        import glute_timer.engine.workout_engine  # noqa: F401

        _ = self.window.workout_view  # built now (with QtSvg) rather than at the first Start
        self.loaded = True
        if start_routine:
            routine = self.window.find_routine(start_routine)
            if routine is None:
                _log.warning("routine %r not found; showing the start screen", start_routine)
            else:
                self.window.start_screen.select(routine.name)
                self.window.start_routine(routine)

    def _open_history(self) -> None:
        """The database (checked, migrated, dead sessions marked interrupted, backed up),
        custom routines, the recorder and the history page. Without a database the built-in
        routines still run, unrecorded."""
        try:
            from glute_timer.storage.startup import open_history

            # A backup that fails on its thread adds a message after the notices below are
            # set: carry that news to the GUI thread and show the messages again.
            relay = _LateMessage(self.window)
            relay.arrived.connect(self._show_history_messages, Qt.ConnectionType.QueuedConnection)
            report = open_history(
                self.directory, background_backup=True, on_late_message=relay.arrived.emit
            )
        except Exception as error:  # DatabaseError says why; anything else is logged
            _log.exception("the history could not be opened")
            self.window.set_notice(HISTORY_NOTICE, history_unavailable(_storage_reason(error)))
            return
        self.history_report = report
        self.database = report.database
        if report.messages:
            self.window.set_notice(HISTORY_NOTICE, " ".join(report.messages))
        self._load_routines(report.database)
        self._load_recorder(report.database)
        from glute_timer.app_plan import load_plan

        self.plan = load_plan(self, report.database)

    def _show_history_messages(self) -> None:
        report = self.history_report
        if report is None or not report.messages:
            return
        text = " ".join(report.messages)
        self.window.set_notice(HISTORY_NOTICE, text)
        if self.history_view is not None:
            self.history_view.set_notice(text)

    def _load_routines(self, database: Database) -> None:
        from glute_timer.storage.routine_repository import RoutineRepository
        from glute_timer.ui.dialogs.routine_files import RoutineFiles
        from glute_timer.ui.start.quick_adjust import QuickAdjust

        repository = RoutineRepository(database)
        try:
            entries = repository.all_routines()
        except Exception as error:
            _log.exception("the custom routines could not be read")
            self.window.set_notice("routines", routines_unavailable(_storage_reason(error)))
            return
        self.routine_repository = repository
        self.window.set_routines([(e.routine, e.builtin) for e in entries])
        screen = self.window.start_screen
        quick = QuickAdjust(repository, ask_before_copy=self._ask_before_copy)
        quick.message.connect(lambda text: self.window.show_toast(text, MESSAGE_MS))
        screen.set_quick_adjust(quick)
        screen.selection_changed.connect(lambda name: quick.set_routine(name or None))
        quick.routine_saved.connect(self.refresh_routines)
        quick.set_routine(screen.selected_name() or None)
        self.quick_adjust = quick
        files = RoutineFiles(repository, self.window)
        files.install_drop_target(self.window)
        files.imported.connect(self.refresh_routines)
        say_what_files_did(files, self.window.show_toast)
        self.routine_files = files
        self.window.set_routine_actions_enabled(True)

    def _load_recorder(self, database: Database) -> None:
        from glute_timer.report.command import report_for_page
        from glute_timer.storage.history_import import import_into_data_dir
        from glute_timer.storage.history_repository import HistoryRepository
        from glute_timer.storage.recorder import SessionRecorder
        from glute_timer.ui.dialogs.rating_dialog import RatingPanel
        from glute_timer.ui.history.view import HistoryView

        recorder = SessionRecorder(database, self.directory)
        # The recorder reports from its writer thread: queue to the GUI thread.
        queued = Qt.ConnectionType.QueuedConnection
        recorder.failed.connect(self._history_failed, queued)
        recorder.available_changed.connect(self._history_available, queued)
        recorder.dropped.connect(self._history_dropped, queued)
        self.recorder = recorder
        file = database.path
        history = HistoryRepository(database)
        view = HistoryView(
            history,
            write_report=partial(report_for_page, file),
            import_history=lambda source: import_into_data_dir(file, source).message,
        )
        view.back_requested.connect(self.window.show_start)
        view.use_window_undo(self.window.undo_action)
        self.window.import_history_action.triggered.connect(self.window.show_history)
        self.window.import_history_action.triggered.connect(view.import_with_dialog)
        recorder.session_saved.connect(view.reload, queued)
        if self.history_report is not None and self.history_report.messages:
            view.set_notice(" ".join(self.history_report.messages))
        self.window.set_history_page(view)
        self.history_view = view
        screen = self.window.start_screen
        screen.set_last_done_source(lambda: last_done_dates(history), today=history.today)
        recorder.session_saved.connect(lambda *_args: screen.refresh(), queued)
        self.window.pages.currentChanged.connect(self._page_changed)
        panel = RatingPanel()
        self.window.summary_view.set_rating_panel(panel)
        panel.rated.connect(self._rated)
        panel.skipped.connect(lambda: self.window.summary_view.close_rating(""))
        self.rating_panel = panel

    def _load_audio(self) -> None:
        prefs = self.settings.preferences
        choice = self.audio_choice or prefs.audio_backend
        try:
            from glute_timer.audio import CueAnnouncer, NameSpeaker, SoundBank, choose_player

            if self.player_factory is not None:
                player = self.player_factory(choice, self.window)
            else:
                player = choose_player(choice, parent=self.window)
            announcer = CueAnnouncer(
                player,
                SoundBank.load(),
                speaker=None if choice == "none" else NameSpeaker(parent=self.window),
                volume=prefs.volume,
                muted=prefs.muted,
                beeps_enabled=prefs.beeps,
                voice_enabled=prefs.voice_prompts,
                parent=self.window,
            )
        except Exception as error:  # no sound is no reason not to exercise
            _log.exception("sound could not be set up")
            self.window.set_sound_status(translate("App", "No sound: {error}").format(error=error))
            return
        self.announcer = announcer
        announcer.sound_status_changed.connect(self.window.set_sound_status)
        self.window.set_sound_status(announcer.status_text)

    # -- wiring --------------------------------------------------------------------------

    def _connect_engine(self, engine: WorkoutEngine) -> None:
        announcer = self.announcer
        if announcer is not None:
            announcer.prepare_plan(engine.plan)
            engine.step_started.connect(announcer.on_step_started)
            engine.rep_began.connect(announcer.on_rep_began)
            engine.cue.connect(announcer.on_cue)
            engine.paused.connect(announcer.on_paused)
            engine.finished.connect(announcer.on_finished)
        routine = self.session.routine
        self._recording = self.recorder is not None and routine is not None
        if self.recorder is not None and routine is not None:
            self.recorder.attach(engine, routine)

    def _workout_ended(self, _outcome: StepOutcome) -> None:
        if self._recording and self.rating_panel is not None:
            self.window.summary_view.offer_rating()
        self._recording = False

    def _rated(self, rating: Rating) -> None:
        if self.recorder is not None:
            self.recorder.rate_last_session(rating.effort, rating.pain, rating.note)
        self.window.summary_view.close_rating(translate("App", "Rating saved."))

    def _page_changed(self, _index: int) -> None:
        view = self.history_view
        if view is not None and self.window.pages.currentWidget() == view:
            view.reload()  # a rating given since is shown too

    def _history_failed(self, text: str) -> None:
        self._history_problem = text
        self.window.set_notice("recorder", text)
        self.window.show_toast(translate("App", "History cannot be saved"))

    def _history_dropped(self, text: str) -> None:
        self.window.set_notice("recorder-dropped", text)
        self.window.show_toast(translate("App", "Part of a workout could not be saved"))

    # -- before the window closes ----------------------------------------------------------

    def _editor_may_close(self) -> bool:
        """The routine editor, if open, asks about its unsaved changes first."""
        dialog = self.editor_dialog
        return dialog is None or not dialog.isVisible() or bool(dialog.editor.maybe_leave())

    def _history_may_close(self) -> bool:
        """While results wait for a failing disk, quitting would lose them: ask first."""
        recorder = self.recorder
        if recorder is None or recorder.available or not recorder.unsaved:
            return True
        # The dialog's module loads only now: QMessageBox's enums cost start-up time.
        from glute_timer.ui.dialogs import unsaved_history_prompt as prompt

        choice = prompt.ask_until_saved_or_quit(
            self.window, recorder, self._history_problem, self._ask_unsaved_history
        )
        if choice is prompt.UnsavedHistoryChoice.QUIT:
            self._store_timeout = 0.5  # the person chose not to wait for the disk
        return choice is not prompt.UnsavedHistoryChoice.KEEP_OPEN

    def _history_available(self, available: bool) -> None:
        if available:
            self.window.set_notice("recorder", "")

    def refresh_routines(self, select: str = "") -> None:
        """Read the routines again (after an edit, import or quick adjustment)."""
        repository = self.routine_repository
        if repository is None:
            return
        try:
            entries = repository.all_routines()
        except Exception as error:
            _log.exception("the routines could not be read again")
            self.window.show_toast(routines_unreadable(_storage_reason(error)))
            return
        screen = self.window.start_screen
        keep = select or screen.selected_name()
        self.window.set_routines([(e.routine, e.builtin) for e in entries])
        screen.select(keep)
        dialog = self.editor_dialog
        if dialog is not None and dialog.isVisible() and not select:
            dialog.editor.refresh_routines()

    # -- menu actions --------------------------------------------------------------------

    def edit_routines(self) -> None:
        """Open the routine editor on the selected routine."""
        if self.routine_repository is None:
            return
        dialog = self.editor_dialog
        if dialog is None:
            from glute_timer.ui.routine_editor.editor import RoutineEditorDialog

            dialog = RoutineEditorDialog(
                self.routine_repository,
                routine_name=self.window.start_screen.selected_name() or None,
                parent=self.window,
            )
            dialog.editor.saved.connect(self.refresh_routines)
            dialog.editor.deleted.connect(lambda _name: self.refresh_routines())
            # Back on the start screen, Enter starts the selected routine again.
            dialog.finished.connect(lambda _result: self.window.focus_start_screen())
            self.editor_dialog = dialog
        else:
            dialog.editor.refresh_routines()
            name = self.window.start_screen.selected_name()
            if name and not dialog.isVisible():
                dialog.editor.open_routine(name)
        dialog.resize(max(dialog.width(), 900), max(dialog.height(), 600))
        show_dialog(dialog)

    def import_routines(self) -> None:
        """Ask for routine files and import them."""
        if self.routine_files is not None:
            self.routine_files.import_with_dialog()

    def export_routine(self) -> None:
        """Ask where to save the selected routine."""
        routine = self.window.start_screen.selected()
        if self.routine_files is not None and routine is not None:
            self.routine_files.export_with_dialog(routine)

    def show_settings(self) -> None:
        """Open the settings dialog (changes apply at once)."""
        dialog = self.settings_dialog
        if dialog is None:
            from glute_timer.ui.dialogs.settings_dialog import SettingsDialog

            dialog = SettingsDialog(
                self.settings.preferences,
                self.window,
                play_test_sound=self.play_test_sound,
                sound_in_use=self.sound_in_use,
            )
            self.settings_dialog = dialog
        show_dialog(dialog)

    def sound_in_use(self) -> str:
        """The sound output playing now, as the About box and Settings name it."""
        return sound_in_use(self.announcer, loaded=self.loaded)

    def play_test_sound(self) -> str:
        """Play a cue as a workout would; returns what the person should know."""
        return play_test_sound(self.announcer, self.settings.preferences, loaded=self.loaded)

    def about_text(self) -> str:
        """Version, the sound output in use and the data folder."""
        from glute_timer.ui.dialogs.about import about_text, sound_description

        return about_text(sound_description(self.announcer, loaded=self.loaded), self.directory)

    def show_about(self) -> None:
        """The About box (not modal)."""
        from glute_timer.ui.dialogs.about import open_about_box

        self.about_box = open_about_box(self.about_text(), self.window)

    def after_unexpected_error(self) -> None:
        """After an error nobody caught the workout may be broken: let the screen sleep
        again rather than keep the display on indefinitely, and say so."""
        self.session.release_keep_awake()
        self.window.show_toast(translate("App", "Something went wrong; details are in the log."))

    def _preference_changed(self, key: str) -> None:
        prefs = self.settings.preferences
        announcer = self.announcer
        if key == "theme":
            self.theme.apply()
        elif key == "text_scale":
            apply_text_scale(prefs.text_scale)
        if announcer is not None:
            apply_sound_preference(announcer, prefs, key)

    def shutdown(self) -> None:
        """Release the screen, stop the workout, save settings, store the history, end the
        audio child process, close the database. Safe to call twice."""
        self.session.close()
        self.settings.sync()
        if self._shut_down:
            return
        self._shut_down = True
        if self.recorder is not None:
            try:
                self.recorder.close(self._store_timeout)
            except Exception:
                _log.exception("closing the recorder failed")
        if self.announcer is not None:
            try:
                self.announcer.shutdown()
            except Exception:
                _log.exception("stopping the sound failed")
        if self.history_report is not None:
            self.history_report.wait_for_backup(5.0)
        if self.database is not None:
            try:
                self.database.close()
            except Exception:
                _log.exception("closing the database failed")


class _LateMessage(QObject):
    """Emitted from the backup thread when start-up has a message to add."""

    arrived = Signal()


def _storage_reason(error: BaseException) -> str:
    """What went wrong, in words for a person: never SQL (the raw error is in the log)."""
    from glute_timer.storage.storage_errors import describe_storage_error

    return describe_storage_error(error)


def run_app(data_dir: str | Path | None, start_routine: str | None, audio: str | None) -> int:
    """Open the main window and run the event loop; returns the exit status."""
    qt_app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setOrganizationName(APP_ID)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName(DESKTOP_ID)
    loaded = loaded_language()
    if loaded is not None:  # chosen by the CLI before the QApplication existed
        loaded.install_into_application()
    directory = resolve_data_dir(data_dir)
    if start_routine:  # a reminder's Start while the app is open: start it there
        from glute_timer.platform.single_instance import send_start, server_name

        answer = send_start(server_name(directory), start_routine)
        if answer is not None:
            print(answer)
            return 0
    app = App(directory, audio)
    app.window.show_remembered()
    install_crash_hook(app.after_unexpected_error)
    qt_app.aboutToQuit.connect(app.shutdown)

    def quit_on_signal() -> None:
        app.window.close_without_asking()  # nobody is there to answer a question
        qt_app.quit()

    def after_window() -> None:
        # A log-out or `kill` then ends the workout as stopped, not interrupted. (Set up
        # after the paint, before any workout can start: its socket module costs start-up.)
        from glute_timer.platform.quit_signals import QuitOnSignals

        QuitOnSignals(quit_on_signal, parent=qt_app)
        # The icon (a theme lookup, then the SVG plugin to draw it) can wait for the paint.
        qt_app.setWindowIcon(app_icon())
        # logging.handlers alone costs ~45 ms: the log file is opened once the window is up
        # (until then warnings still reach stderr).
        from glute_timer.logging_setup import configure_logging

        configure_logging(directory)
        app.load_rest(start_routine)
        from glute_timer.app_plan import listen_for_starts

        app.instance_server = listen_for_starts(app)

    after_first_paint(app.window, after_window)
    try:
        return qt_app.exec()
    finally:
        app.session.close()
