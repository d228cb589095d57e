"""The first screen: routine cards, the selected routine's exercises, one large Start, and
the other actions in a header bar."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from glute_timer import APP_NAME
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.library import shown
from glute_timer.domain.model import Routine, Stage
from glute_timer.domain.names import name_key
from glute_timer.domain.plan import compile_plan
from glute_timer.domain.text_safety import display_name
from glute_timer.formatting import clock
from glute_timer.ui.start.last_done import LastDoneSource, last_done_text
from glute_timer.ui.start.routine_cards import (
    LAST_DONE_ROLE,
    META_ROLE,
    NAME_ROLE,
    PICTURE_ROLE,
    ROUTINE_ROLE,
    RoutineCards,
)
from glute_timer.ui.start.routine_detail import RoutineDetail, exercise_line
from glute_timer.ui.theme import (
    TYPE_SCALE,
    Scheme,
    current_scheme,
    icon,
    set_role,
    set_text_style,
    space,
)

if TYPE_CHECKING:  # datetime is imported once a date is needed (not on the start-up path)
    from datetime import date

# (routine, is built-in) -> the routine as it will run (the get-ready rule applied).
RunRule = Callable[[Routine, bool], Routine]
TODAY_SLOT_NAME = "todaySlot"
ICON_SIZE = 24
STAGE_WORDS: dict[Stage, str] = {
    Stage.ACTIVATION: QT_TRANSLATE_NOOP("StartScreen", "activation"),
    Stage.STRENGTH: QT_TRANSLATE_NOOP("StartScreen", "strength"),
    Stage.ENDURANCE: QT_TRANSLATE_NOOP("StartScreen", "endurance"),
}


def routine_summary(routine: Routine, builtin: bool) -> str:
    """ "2:25 · activation · built-in" for the list (``routine`` as it will run)."""
    parts = [clock(compile_plan(routine).total_seconds)]
    if routine.stage is not None:
        parts.append(translate("StartScreen", STAGE_WORDS[routine.stage]))
    parts.append(
        translate("StartScreen", "built-in") if builtin else translate("StartScreen", "custom")
    )
    return " · ".join(parts)


def routine_details(routine: Routine) -> str:
    """The description and the exercises, one a line."""
    lines = [shown(routine.description)] if routine.description else []
    lines.extend(f"• {exercise_line(exercise)}" for exercise in routine.exercises)
    return "\n".join(lines)


def _header_button(text: str, icon_name: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setProperty("iconName", icon_name)  # drawn by StartScreen.show_images
    button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setAutoRaise(False)
    set_role(button, "flat")
    return button


class StartScreen(QWidget):
    """Routine cards and the selection's details; Start (or Enter on a card) starts it.

    Signals:
        start_requested(object): the :class:`Routine` to start.
        history_requested(), help_requested(): the History and Keys buttons.
        selection_changed(str): the selected routine's name ("" when none).
    """

    start_requested = Signal(object)
    history_requested = Signal()
    help_requested = Signal()
    selection_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("StartScreen", "Start"))
        self._run_rule: RunRule | None = None
        self._last_done_source: LastDoneSource | None = None
        self._last_done: Mapping[str, date] = {}
        self._today: Callable[[], date] | None = None  # None: the real date
        self._entries: list[tuple[Routine, bool]] = []
        # Icons are drawn (SVGs rendered, tinted) once the window is up: see show_images.
        self._icons_shown = False
        self._scheme = current_scheme()

        # -- header bar: the app's name, then the secondary actions
        self.header = QWidget(self)
        self.header.setObjectName("headerBar")
        self.header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        title = QLabel(APP_NAME, self.header)
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * TYPE_SCALE["title"])
        title_font.setBold(True)
        title.setFont(title_font)
        self.history_button = _header_button(
            translate("StartScreen", "History"), "history", self.header
        )
        self.history_button.setAccessibleName(translate("StartScreen", "Workout history"))
        self.history_button.setToolTip(translate("StartScreen", "Past workouts (Ctrl+H)"))
        self.history_button.clicked.connect(self.history_requested)
        self.history_button.hide()  # shown once a history page exists
        self.help_button = _header_button(translate("StartScreen", "Keys"), "keys", self.header)
        self.help_button.setAccessibleName(translate("StartScreen", "Keyboard keys"))
        self.help_button.setToolTip(translate("StartScreen", "The keyboard keys (?)"))
        self.help_button.clicked.connect(self.help_requested)
        self.menu_button = _header_button(translate("StartScreen", "More"), "more", self.header)
        self.menu_button.setAccessibleName(translate("StartScreen", "More actions"))
        self.menu_button.setToolTip(
            translate("StartScreen", "Export, about, quit and everything else (F10)")
        )
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setShortcut(QKeySequence("F10"))
        self.menu_button.hide()  # shown once the window gives it a menu
        self._action_buttons: list[QToolButton] = []
        self._header_row = QHBoxLayout(self.header)
        self._header_row.setContentsMargins(space(3), space(1), space(2), space(1))
        self._header_row.setSpacing(space(1))
        self._header_row.addWidget(title)
        self._header_row.addStretch(1)
        self._header_row.addWidget(self.history_button)
        self._actions_at = self._header_row.count()
        self._header_row.addWidget(self.help_button)
        self._header_row.addWidget(self.menu_button)

        # -- today (filled by the programme issue), hidden while empty
        self.today_slot = QWidget(self)
        self.today_slot.setObjectName(TODAY_SLOT_NAME)
        today_layout = QVBoxLayout(self.today_slot)
        today_layout.setContentsMargins(0, 0, 0, 0)
        self.today_slot.hide()

        heading = QLabel(translate("StartScreen", "Choose a routine"), self)
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * TYPE_SCALE["title"])
        heading_font.setBold(True)
        heading.setFont(heading_font)
        self.routine_list = RoutineCards(self)
        self.routine_list.setAccessibleName(translate("StartScreen", "Routines"))
        self.routine_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.routine_list.currentItemChanged.connect(self._show_details)
        self.routine_list.itemActivated.connect(lambda _item: self._start_selected())
        heading.setBuddy(self.routine_list)

        self.details = RoutineDetail(self)
        self.start_button = QPushButton(translate("StartScreen", "Start"), self)
        self.start_button.setAccessibleName(translate("StartScreen", "Start the selected routine"))
        self.start_button.setToolTip(
            translate("StartScreen", "Start the selected routine (Enter on a card)")
        )
        self.start_button.setIconSize(QSize(ICON_SIZE + 8, ICON_SIZE + 8))
        self.start_button.setMinimumHeight(72)
        start_font = QFont(self.start_button.font())
        start_font.setPointSizeF(start_font.pointSizeF() * TYPE_SCALE["heading"])
        start_font.setBold(True)
        self.start_button.setFont(start_font)
        set_role(self.start_button, "primary")
        self.start_button.clicked.connect(self._start_selected)

        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(translate("StartScreen", "Status"))
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_text_style(self.status_label, "muted")
        # Quick adjust (needs the routine database) is added here once it is loaded.
        self.adjust_area = QVBoxLayout()
        self.quick_adjust: QWidget | None = None
        self.today_widget: QWidget | None = None

        left = QVBoxLayout()
        left.setSpacing(space(1))
        left.addWidget(heading)
        left.addWidget(self.routine_list, 1)
        right = QVBoxLayout()
        right.setSpacing(space(2))
        right.addWidget(self.details, 1)
        right.addLayout(self.adjust_area)
        right.addWidget(self.start_button)
        middle = QHBoxLayout()
        middle.setSpacing(space(4))
        middle.addLayout(left, 11)
        middle.addLayout(right, 9)
        content = QVBoxLayout()
        content.setContentsMargins(space(3), space(2), space(3), space(2))
        content.setSpacing(space(2))
        content.addWidget(self.today_slot)
        content.addLayout(middle, 1)
        content.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(content, 1)
        self.setTabOrder(self.routine_list, self.start_button)
        self.routine_list.setFocus()

    # -- set up by the window and the app ------------------------------------------------

    def set_menu(self, menu: QMenu) -> None:
        """Offer ``menu`` (export, about, quit...) from the "More" button."""
        self.menu_button.setMenu(menu)
        self.menu_button.show()

    def set_today_widget(self, widget: QWidget) -> None:
        """Show ``widget`` (the today strip and suggestion) in the slot at the top."""
        layout = self.today_slot.layout()
        assert layout is not None
        if self.today_widget is not None:
            layout.removeWidget(self.today_widget)
            self.today_widget.deleteLater()
        self.today_widget = widget
        layout.addWidget(widget)
        self.today_slot.show()

    def set_header_actions(self, actions: Sequence[tuple[QAction, str, str]]) -> None:
        """Put (action, short text, icon name) buttons in the header bar, after History."""
        for button in self._action_buttons:
            self._header_row.removeWidget(button)
            button.deleteLater()
        self._action_buttons = []
        for offset, (action, text, icon_name) in enumerate(actions):
            button = _header_button(text, icon_name, self.header)
            button.setDefaultAction(action)
            # setDefaultAction copies the action's text and icon: ours are shorter.
            button.setText(text)
            if self._icons_shown:
                button.setIcon(icon(icon_name))
            button.setAccessibleName(action.text().rstrip("…"))
            action.changed.connect(lambda b=button, t=text, n=icon_name: self._restore(b, t, n))
            self._header_row.insertWidget(self._actions_at + offset, button)
            self._action_buttons.append(button)
        self._fit_header()

    def _restore(self, button: QToolButton, text: str, icon_name: str) -> None:
        # The button copies the action's text and (empty) icon whenever the action changes.
        button.setText(text)
        if self._icons_shown:
            button.setIcon(icon(icon_name))

    def header_buttons(self) -> list[QToolButton]:
        """Every button of the header bar, left to right."""
        return [self.history_button, *self._action_buttons, self.help_button, self.menu_button]

    def set_quick_adjust(self, widget: QWidget) -> None:
        """Show ``widget`` (a ``QuickAdjust``) under the routine's details."""
        if self.quick_adjust is not None:
            self.adjust_area.removeWidget(self.quick_adjust)
            self.quick_adjust.deleteLater()
        self.quick_adjust = widget
        self.adjust_area.addWidget(widget)
        widget.show()
        self.setTabOrder(self.routine_list, widget)
        self.setTabOrder(widget, self.start_button)

    def set_run_rule(self, rule: RunRule) -> None:
        """How a routine will run (the get-ready setting applied): durations show that."""
        self._run_rule = rule

    def set_last_done_source(
        self, source: LastDoneSource, today: Callable[[], date] | None = None
    ) -> None:
        """Where the "last done" dates come from (the history); read now and on
        :meth:`refresh`."""
        self._last_done_source = source
        self._today = today
        self.refresh()

    def set_scheme(self, scheme: Scheme) -> None:
        """Repaint what this screen paints itself in ``scheme``'s colours."""
        self._scheme = scheme
        self.routine_list.set_scheme(scheme)
        if self._icons_shown:
            self._draw_icons()

    def show_images(self) -> None:
        """Draw the buttons' icons and the cards' and details' pictures (called once the
        window is up: rendering the SVGs would delay its first frame)."""
        self.routine_list.show_pictures()
        self.details.show_pictures()
        self._icons_shown = True
        self._draw_icons()
        self._fit_header()
        # Lay the wider buttons out now, not at the next turn of the event loop.
        for layout in (self._header_row, self.layout()):
            if layout is not None:
                layout.activate()

    def _draw_icons(self) -> None:
        scheme = self._scheme
        self.start_button.setIcon(icon("start", scheme.accent_text))
        for button in self.header_buttons():
            name = button.property("iconName")
            if isinstance(name, str):
                button.setIcon(icon(name))

    # -- routines ------------------------------------------------------------------------

    def set_routines(self, routines: Sequence[tuple[Routine, bool]], select: str = "") -> None:
        """Show ``routines`` as (routine, is built-in) pairs; select the one named ``select``
        (else keep the selection, else the first)."""
        keep = select or self.selected_name()
        self._entries = list(routines)
        self._read_last_done()
        self.routine_list.blockSignals(True)
        self.routine_list.clear()
        for routine, builtin in self._entries:
            summary = routine_summary(self._as_run(routine, builtin), builtin)
            name = display_name(shown(routine.name))
            item = QListWidgetItem(f"{name}\n    {summary}")
            item.setData(ROUTINE_ROLE, routine)
            item.setData(NAME_ROLE, name)
            item.setData(META_ROLE, summary)
            item.setData(LAST_DONE_ROLE, self._last_done_text(routine))
            first = routine.exercises[0].illustration if routine.exercises else None
            item.setData(PICTURE_ROLE, first)
            item.setToolTip(shown(routine.description))
            self.routine_list.addItem(item)
        self.routine_list.blockSignals(False)
        self.routine_list.relayout()
        if not self.select(keep):
            self._show_details()

    def refresh(self) -> None:
        """Show the durations and "last done" again (after a workout or a setting change)."""
        if self._entries:
            self.set_routines(self._entries)

    def _read_last_done(self) -> None:
        source = self._last_done_source
        if source is None:
            return
        try:
            self._last_done = dict(source())
        except Exception:  # the history may be unavailable: cards then say nothing new
            self._last_done = {}

    def _last_done_text(self, routine: Routine) -> str:
        day = self._last_done.get(name_key(routine.name))
        if day is None:
            return last_done_text(None, None)
        if self._today is None:
            from datetime import date

            return last_done_text(day, date.today())
        return last_done_text(day, self._today())

    def _as_run(self, routine: Routine, builtin: bool) -> Routine:
        return routine if self._run_rule is None else self._run_rule(routine, builtin)

    def select(self, name: str) -> bool:
        """Select the routine called ``name`` (case-insensitive); the first one otherwise."""
        key = name_key(name)
        for row in range(self.routine_list.count()):
            routine = self.routine_list.item(row).data(ROUTINE_ROLE)
            if name_key(routine.name) == key:
                self.routine_list.setCurrentRow(row)
                return True
        if self.routine_list.count() and self.routine_list.currentRow() < 0:
            self.routine_list.setCurrentRow(0)
        return False

    def routines(self) -> list[Routine]:
        """The routines listed, in order."""
        return [
            self.routine_list.item(row).data(ROUTINE_ROLE)
            for row in range(self.routine_list.count())
        ]

    def selected(self) -> Routine | None:
        """The selected routine."""
        item = self.routine_list.currentItem()
        if item is None:
            return None
        routine: Routine = item.data(ROUTINE_ROLE)
        return routine

    def selected_name(self) -> str:
        """The selected routine's name, or ""."""
        routine = self.selected()
        return "" if routine is None else routine.name

    def set_status(self, text: str) -> None:
        """A line at the bottom (sound or database notices)."""
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def focus_routines(self) -> None:
        """Give the keyboard to the cards (Enter then starts the selection)."""
        self.routine_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_details(self, *_args: object) -> None:
        item = self.routine_list.currentItem()
        routine = self.selected()
        if routine is None or item is None:
            self.details.show_routine(None)
        else:
            meta = translate("StartScreen", "{summary} · last done {when}").format(
                summary=item.data(META_ROLE), when=item.data(LAST_DONE_ROLE)
            )
            self.details.show_routine(routine, meta)
        self.start_button.setEnabled(routine is not None)
        self._fit_start_text()
        self.selection_changed.emit("" if routine is None else routine.name)

    def _start_selected(self) -> None:
        routine = self.selected()
        if routine is not None:
            self.start_requested.emit(routine)

    # -- sizing --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()
        self._fit_start_text()

    def _fit_start_text(self) -> None:
        """ "Start Wall push" where it fits, else "Start"."""
        routine = self.selected()
        button = self.start_button
        short = translate("StartScreen", "Start")
        text = short
        if routine is not None:
            name = display_name(shown(routine.name))
            text = translate("StartScreen", "Start {routine}").format(routine=name)
        room = button.width() - button.iconSize().width() - space(6)
        if button.fontMetrics().horizontalAdvance(text) > room:
            text = short
        button.setText(text)

    def _fit_header(self) -> None:
        """Icons only in the header when the words would not fit (narrow window, big text)."""
        buttons = [b for b in self.header_buttons() if not b.isHidden()]
        for button in buttons:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        needed = sum(b.sizeHint().width() for b in buttons) + space(1) * len(buttons)
        title = self._header_row.itemAt(0)
        title_width = title.sizeHint().width() if title is not None else 0
        if needed + title_width + space(6) > self.width():
            for button in buttons:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
