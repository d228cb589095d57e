"""The follow-along screen: what to do, which side, how long is left and what comes next."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.plan import Plan, Step, StepKind
from glute_timer.ui.text_scale import text_scale_factor
from glute_timer.ui.theme import (
    LIGHT,
    Scheme,
    icon,
    kind_colour,
    set_role,
    side_colour,
    space,
)
from glute_timer.ui.workout import step_text
from glute_timer.ui.workout.countdown_dial import CountdownDial

# Passed to show_paused by the window; translated there (context "WorkoutView").
SLEPT_MESSAGE = QT_TRANSLATE_NOOP("WorkoutView", "Paused: the computer was asleep")
# The secondary lines' size as a share of the screen's unit (min(height, 0.62 × width)): at
# 1280x800 the smallest of them is 31 px, readable from the mat; times the text-size setting.
LINE_FACTORS = {"set": 0.05, "how": 0.04, "next": 0.04, "overall": 0.04}


class IllustrationLike(Protocol):
    """What the workout view needs of an illustration widget."""

    def set_illustration(self, path: Path | None) -> object: ...
    def set_mirrored(self, mirrored: bool) -> None: ...


class _PlaceholderIllustration(QLabel):
    """Stands in when no illustration widget is available: says which exercise it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setWordWrap(True)
        self.mirrored = False

    def set_illustration(self, path: Path | None) -> object:
        self.setText("")
        return path is not None

    def set_mirrored(self, mirrored: bool) -> None:
        self.mirrored = mirrored


def _make_illustration(parent: QWidget) -> QWidget:
    try:
        from glute_timer.ui.widgets.illustration_view import IllustrationView
    except ImportError:
        return _PlaceholderIllustration(parent)
    widget: QWidget = IllustrationView(parent)
    return widget


def _illustration_file(illustration: str | None) -> Path | None:
    from glute_timer.resources import illustration_path

    return illustration_path(illustration)


class Badge(QLabel):
    """A word on a filled, coloured background (a step kind or a side)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._colour = QColor("#000000")

    def show_word(self, word: str, colour: QColor) -> None:
        """Show ``word`` in white on ``colour``; hide when ``word`` is empty."""
        self.setVisible(bool(word))
        self.setText(word)
        self._colour = QColor(colour)
        self._restyle()

    @property
    def colour(self) -> QColor:
        """The fill colour."""
        return QColor(self._colour)

    def _restyle(self) -> None:
        pad = max(4, self.font().pixelSize() // 3)
        self.setStyleSheet(
            f"QLabel {{ background: {self._colour.name()}; color: white; font-weight: bold;"
            f" border-radius: {pad}px; padding: {pad // 2}px {pad}px; }}"
        )

    def set_pixel_size(self, size: int) -> None:
        """Scale the badge's text."""
        font = QFont(self.font())
        font.setPixelSize(size)
        self.setFont(font)
        self._restyle()


class WorkoutView(QWidget):
    """Shows a running plan; knows nothing of the engine, only what it is told.

    The main window connects the engine's signals to :meth:`show_step`, :meth:`show_time`,
    :meth:`show_paused` and :meth:`show_resumed`, and the view's request signals to the
    engine's slots.

    Signals:
        pause_requested(): the Pause/Resume button was pressed.
        back_requested(), skip_requested(), done_requested(), stop_requested(): buttons.
    """

    pause_requested = Signal()
    back_requested = Signal()
    skip_requested = Signal()
    done_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("WorkoutView", "Workout"))
        self._plan: Plan | None = None
        self._step: Step | None = None
        self._scheme = LIGHT
        self._last_whole_second: int | None = None
        self._paused = False

        # The labels keep no accessible name of their own, so Qt gives screen readers the
        # text shown ("HOLD", "LEFT", "Set 1 of 2"), and tells them when it changes; the
        # description says what the text is.
        self.kind_badge = Badge(self)
        self.kind_badge.setAccessibleDescription(translate("WorkoutView", "Step kind"))
        self.title_label = QLabel(self)
        self.title_label.setAccessibleDescription(translate("WorkoutView", "Exercise"))
        self.title_label.setWordWrap(True)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.overall_label = QLabel(self)
        self.overall_label.setAccessibleDescription(translate("WorkoutView", "Overall progress"))
        self.overall_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.overall_bar = QProgressBar(self)
        self.overall_bar.setAccessibleName(translate("WorkoutView", "Workout progress"))
        self.overall_bar.setRange(0, 1000)
        self.overall_bar.setTextVisible(False)
        self.overall_bar.setFixedHeight(8)

        self.illustration = _make_illustration(self)
        self.illustration.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.illustration.setMinimumSize(100, 80)
        self.side_badge = Badge(self)
        self.side_badge.setAccessibleDescription(translate("WorkoutView", "Side"))
        self.set_label = QLabel(self)
        self.set_label.setAccessibleDescription(translate("WorkoutView", "Set"))
        self.how_label = QLabel(self)
        self.how_label.setAccessibleDescription(translate("WorkoutView", "How to do it"))
        self.how_label.setWordWrap(True)
        self.how_label.hide()
        self.next_label = QLabel(self)
        self.next_label.setAccessibleDescription(translate("WorkoutView", "Next step"))
        self.next_label.setWordWrap(True)
        self.dial = CountdownDial(self)

        self.back_button = self._button(
            translate("WorkoutView", "Back"),
            translate("WorkoutView", "Go back to the previous step (Left, B)"),
        )
        self.pause_button = self._button(
            translate("WorkoutView", "Pause"), translate("WorkoutView", "Pause or resume (Space)")
        )
        self.skip_button = self._button(
            translate("WorkoutView", "Skip"), translate("WorkoutView", "Skip this step (Right, N)")
        )
        self.done_button = self._button(
            translate("WorkoutView", "Done"),
            translate("WorkoutView", "I have done the reps (Enter)"),
        )
        self.stop_button = self._button(
            translate("WorkoutView", "Stop"), translate("WorkoutView", "Stop the workout (Esc)")
        )
        self._icons = {
            self.back_button: "back",
            self.pause_button: "pause",
            self.skip_button: "skip",
            self.done_button: "done",
            self.stop_button: "stop",
        }
        set_role(self.pause_button, "primary")
        set_role(self.stop_button, "destructive")
        # The muted sign stays while muted; the keep-awake notice for the whole workout.
        self.muted_label = QLabel(translate("WorkoutView", "Sound off"), self)
        self.muted_label.setObjectName("mutedIndicator")
        self.muted_label.setAccessibleName(translate("WorkoutView", "Sound is off"))
        self.muted_label.hide()
        self.muted_icon = QLabel(self)
        self.muted_icon.hide()
        self.awake_notice = QLabel(self)
        self.awake_notice.setObjectName("keepAwakeNotice")
        self.awake_notice.setWordWrap(True)
        self.awake_notice.setProperty("textStyle", "notice")
        self.awake_notice.hide()
        self.dimmer = QWidget(self)
        self.dimmer.setObjectName("pausedDimmer")
        self.dimmer.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.dimmer.hide()
        self.back_button.clicked.connect(self.back_requested)
        self.pause_button.clicked.connect(self.pause_requested)
        self.skip_button.clicked.connect(self.skip_requested)
        self.done_button.clicked.connect(self.done_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.done_button.hide()

        self.notice = QLabel(self)
        self.notice.setAccessibleDescription(translate("WorkoutView", "Notice"))
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.notice.hide()

        top = QHBoxLayout()
        top.addWidget(self.kind_badge)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.muted_icon)
        top.addWidget(self.muted_label)
        top.addSpacing(space(2))
        top.addWidget(self.overall_label)

        left = QVBoxLayout()
        left.addWidget(self.illustration, 1)
        side_row = QHBoxLayout()
        side_row.addWidget(self.side_badge)
        side_row.addWidget(self.set_label, 1)
        left.addLayout(side_row)
        left.addWidget(self.how_label)
        left.addWidget(self.next_label)

        middle = QHBoxLayout()
        middle.addLayout(left, 5)
        middle.addWidget(self.dial, 6)

        buttons = QHBoxLayout()
        buttons.setSpacing(space(2))
        buttons.addWidget(self.back_button, 2)
        buttons.addWidget(self.pause_button, 3)
        buttons.addWidget(self.skip_button, 2)
        buttons.addWidget(self.done_button, 3)
        # Stop is secondary: narrower, set apart at the end, outlined in the warning colour.
        buttons.addSpacing(space(4))
        buttons.addWidget(self.stop_button, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.awake_notice)
        layout.addLayout(top)
        layout.addWidget(self.overall_bar)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        self._layout = layout
        self._buttons_row = buttons
        self._rescale()

    def _button(self, text: str, help_text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setAccessibleDescription(help_text)
        button.setToolTip(help_text)
        button.setMinimumHeight(48)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    # -- driven by the main window -------------------------------------------------------

    def set_scheme(self, scheme: Scheme) -> None:
        """Repaint in ``scheme``'s colours (light or dark)."""
        self._scheme = scheme
        self.dial.set_scheme(scheme)
        self._style_notice()
        self._paint_icons()

    def _paint_icons(self) -> None:
        scheme = self._scheme
        for button, name in self._icons.items():
            if button is self.pause_button:
                colour = scheme.accent_text
                name = "resume" if self._paused else "pause"
            elif button is self.stop_button:
                colour = scheme.destructive
            elif button is self.done_button:
                colour = QColor("white")
            else:
                colour = scheme.text
            button.setIcon(icon(name, colour))
        self.muted_icon.setPixmap(icon("sound-off", scheme.text).pixmap(QSize(28, 28)))

    def set_muted(self, muted: bool) -> None:
        """Show (or hide) the lasting "Sound off" sign."""
        self.muted_label.setVisible(muted)
        self.muted_icon.setVisible(muted)

    def show_keep_awake_problem(self, reason: str) -> None:
        """Say, for this workout, that the screen may go dark (``reason``: why)."""
        self.awake_notice.setText(
            translate(
                "WorkoutView",
                "The screen may go dark during this workout: it cannot be kept awake"
                " ({reason}). Move the mouse now and then, or turn off the screen saver.",
            ).format(reason=reason)
        )
        self.awake_notice.show()

    def show_plan(self, plan: Plan) -> None:
        """Start showing ``plan`` (before its first step starts)."""
        self._plan = plan
        self._step = None
        self._paused = False
        self.notice.hide()
        self.dimmer.hide()
        self.awake_notice.hide()
        self.pause_button.setText(translate("WorkoutView", "Pause"))
        self._paint_icons()

    @property
    def plan(self) -> Plan | None:
        """The plan shown."""
        return self._plan

    @property
    def step(self) -> Step | None:
        """The step shown."""
        return self._step

    def show_step(self, step: Step) -> None:
        """A step started: redraw everything but the time."""
        self._step = step
        self._last_whole_second = None
        # Get-ready, switch and rest steps show the exercise, side and set they lead to.
        coming = self._plan.coming(step) if self._plan else step
        colour = kind_colour(step.kind)
        self.kind_badge.show_word(step_text.kind_word(step.kind), colour)
        self.title_label.setText(step_text.headline(coming))
        if coming.side is not None and step.kind is not StepKind.FINISH:
            self.side_badge.show_word(step_text.side_text(coming), side_colour(coming.side))
        else:
            self.side_badge.show_word("", colour)
        self.set_label.setText(step_text.set_text(coming))
        how = step_text.how_line(self._plan, step) if self._plan else ""
        self.how_label.setText(how)
        self.how_label.setVisible(bool(how))
        self.next_label.setText(step_text.next_text(self._plan, step) if self._plan else "")
        self.dial.set_colour(colour)
        is_reps = step.kind is StepKind.REPS
        self.done_button.setVisible(is_reps)
        self.done_button.setStyleSheet(
            f"QPushButton {{ background: {colour.name()}; color: white;"
            f" border-color: {colour.name()}; }}"
            if is_reps
            else ""
        )
        if is_reps and not step.is_paced:
            self.dial.set_count(str(step.reps or 0), translate("WorkoutView", "reps"))
            self._update_overall(step.seconds)
        elif step.is_paced:
            self.dial.set_rep(1, step.reps or 0)
            self.show_time(step.seconds, 0.0)
        else:
            if step.is_timed:
                self.dial.set_seconds_caption()
            else:
                self.dial.set_caption("")
            self.show_time(step.seconds, 0.0)
        if coming.illustration is not None and step.kind is not StepKind.FINISH:
            self._illustration().set_illustration(_illustration_file(coming.illustration))
        # The drawings face the left side; the right side is their mirror image.
        self._illustration().set_mirrored(coming.side is not None and coming.side.value == "right")
        self.pause_button.setEnabled(step.kind is not StepKind.FINISH)

    def _illustration(self) -> IllustrationLike:
        return self.illustration  # type: ignore[return-value]

    def show_time(self, seconds_left: float, fraction_done: float) -> None:
        """A display tick: repaint only what changed since the last one."""
        step = self._step
        if step is None or (step.kind is StepKind.REPS and not step.is_paced):
            return
        if step.is_paced:
            self.dial.set_rep(step.rep_at(step.seconds - seconds_left), step.reps or 0)
        self.dial.set_time(seconds_left, fraction_done)
        whole = max(0, math.ceil(seconds_left - 1e-6))
        if whole != self._last_whole_second:
            # Screen readers and the overall line change once a second, not per tick.
            self._last_whole_second = whole
            self._update_overall(seconds_left)

    def _update_overall(self, seconds_left: float) -> None:
        if self._plan is None or self._step is None:
            return
        self.overall_label.setText(step_text.overall_text(self._plan, self._step, seconds_left))
        fraction = step_text.overall_fraction(self._plan, self._step, seconds_left)
        self.overall_bar.setValue(round(fraction * 1000))

    def show_paused(self, reason: str | None = None) -> None:
        """Show the pause notice (``reason`` replaces the plain "Paused")."""
        self._paused = True
        resume = translate("WorkoutView", "Resume")
        self.pause_button.setText(resume)
        self.pause_button.setAccessibleName(resume)
        if reason:
            # The window passes SLEPT_MESSAGE untranslated; other reasons come translated.
            reason = translate("WorkoutView", reason)
            self.notice.setText(
                translate("WorkoutView", "{reason}\nSpace to continue").format(reason=reason)
            )
            described = translate("WorkoutView", "{reason}. Space to continue").format(
                reason=reason
            )
        else:
            self.notice.setText(translate("WorkoutView", "Paused — Space to continue"))
            described = translate("WorkoutView", "Paused. Space to continue")
        self.notice.setAccessibleDescription(described)
        self._paint_icons()
        self.dimmer.show()
        self.notice.show()
        self.dimmer.raise_()
        self.notice.raise_()
        self._place_notice()

    def show_resumed(self) -> None:
        """Hide the pause notice."""
        self._paused = False
        pause = translate("WorkoutView", "Pause")
        self.pause_button.setText(pause)
        self.pause_button.setAccessibleName(pause)
        self.notice.hide()
        self.dimmer.hide()
        self._paint_icons()

    @property
    def is_paused(self) -> bool:
        """Whether the pause notice is up."""
        return self._paused

    # -- sizing --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._rescale()  # the text-size setting changed

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()
        self._place_notice()

    def _rescale(self) -> None:
        """Text sizes follow the window so the screen reads the same from across the room."""
        height = max(300, self.height())
        unit = min(height, int(self.width() * 0.62))
        title = QFont(self.title_label.font())
        title.setPixelSize(max(16, int(unit * 0.06)))
        title.setBold(True)
        self.title_label.setFont(title)
        self.kind_badge.set_pixel_size(max(14, int(unit * 0.045)))
        self.side_badge.set_pixel_size(max(18, int(unit * 0.07)))
        text = text_scale_factor()
        for label, factor in (
            (self.set_label, LINE_FACTORS["set"]),
            (self.how_label, LINE_FACTORS["how"]),
            (self.next_label, LINE_FACTORS["next"]),
            (self.overall_label, LINE_FACTORS["overall"]),
            (self.muted_label, LINE_FACTORS["overall"]),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(14, int(unit * factor * text)))
            label.setFont(font)
        side = self.muted_label.font().pixelSize()
        self.muted_icon.setFixedSize(side, side)
        self.muted_icon.setScaledContents(True)
        awake = QFont(self.awake_notice.font())
        awake.setPixelSize(max(13, int(unit * 0.026 * text)))
        self.awake_notice.setFont(awake)
        button_font = QFont(self.pause_button.font())
        button_font.setPixelSize(max(14, int(unit * 0.036 * text)))
        button_height = max(48, int(unit * 0.11))
        for button in (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.done_button,
            self.stop_button,
        ):
            button.setFont(button_font)
            button.setMinimumHeight(button_height)
            button.setIconSize(QSize(button_font.pixelSize(), button_font.pixelSize()))
        notice = QFont(self.notice.font())
        notice.setPixelSize(max(18, int(unit * 0.075)))
        notice.setBold(True)
        self.notice.setFont(notice)
        self._style_notice()

    def _style_notice(self) -> None:
        overlay = self._scheme.paused_overlay
        text = self._scheme.text.name()
        rgba = f"{overlay.red()}, {overlay.green()}, {overlay.blue()}, {overlay.alpha()}"
        self.dimmer.setStyleSheet(f"QWidget#pausedDimmer {{ background: rgba({rgba}); }}")
        self.notice.setStyleSheet(
            f"QLabel {{ background: {self._scheme.card.name()}; color: {text};"
            f" border: 3px solid {self._scheme.accent.name()}; border-radius: 12px;"
            " padding: 18px; }"
        )

    def _place_notice(self) -> None:
        """Paused: everything but the buttons dimmed, the message over the picture (the
        digits stay readable through the dimming, nothing is drawn on them)."""
        if not self.notice.isVisible():
            return
        buttons_top = min(
            b.mapTo(self, b.rect().topLeft()).y() for b in self._icons if b.isVisible()
        )
        self.dimmer.setGeometry(0, 0, self.width(), max(0, buttons_top - space(1)))
        picture = self.illustration.geometry()
        dial_left = self.dial.geometry().left()
        width = max(200, min(dial_left - space(2), self.width() - 2 * space(2)))
        self.notice.setFixedWidth(width)
        self.notice.setFixedHeight(self.notice.heightForWidth(width))
        top = picture.top() + max(0, (picture.height() - self.notice.height()) // 2)
        self.notice.move(space(2), top)
