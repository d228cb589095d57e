"""The big countdown: digits sized to the widget, inside a ring that empties as the step runs."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from glute_timer.domain.i18n import PLURAL, translate
from glute_timer.formatting import dial_text
from glute_timer.ui.theme import LIGHT, Scheme

# The ring is redrawn when it has moved by this many degrees (or the digits changed): a 30 s
# hold then repaints four times a second, smooth from across the room. Each repaint costs
# about as much in Qt's paint-and-flush machinery as in drawing, so their number matters.
RING_STEP_DEGREES = 3.0
URGENT_SECONDS = 3
# Ring moves up to this fraction of a turn repaint only the strip around the ring's end.
ARC_STRIP_MAX_FRACTION = 0.05

# What the caption says, for the words a screen reader hears.
PLAIN, SECONDS, REP = "plain", "seconds", "rep"


def rep_caption(number: int, count: int) -> str:
    """The caption of a paced reps step: "rep 3 of 10"."""
    return translate("CountdownDial", "rep {number} of {count}").format(number=number, count=count)


def time_left_words(text: str) -> str:
    """The dial's digits as words: "10 seconds left", "1:30 left"."""
    if ":" in text or not text.isdigit():
        return translate("CountdownDial", "{time} left").format(time=text)
    seconds = int(text)
    return translate("CountdownDial", "%n second(s) left", None, PLURAL, seconds)


class CountdownDial(QWidget):
    """Paints the time left (or a rep count) as large as the widget allows, in a ring.

    The font is fitted on resize, not on every paint; paints happen only when what is shown
    changes (see :meth:`set_time`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAccessibleName(translate("CountdownDial", "Time left"))
        self.setAccessibleDescription("")
        self._scheme = LIGHT
        self._colour = QColor("#2b8a3e")
        self._text = ""
        self._caption = ""
        self._caption_kind = PLAIN
        self._rep = (0, 0)
        self._remaining_fraction = 1.0
        self._ring_visible = True
        self._urgent = False
        self._last_ring_step = -1
        self._digit_font = QFont(self.font())
        self._caption_font = QFont(self.font())
        self._fitted_for: tuple[int, int, int] | None = None
        self.paint_count = 0  # read by tests and the CPU benchmark
        self.last_paint_rect = QRect()  # the area the last paint covered (read by tests)

    # -- what is shown -------------------------------------------------------------------

    def set_scheme(self, scheme: Scheme) -> None:
        """Use ``scheme``'s colours."""
        self._scheme = scheme
        self.update()

    def set_colour(self, colour: QColor) -> None:
        """The ring's colour (the step kind's)."""
        self._colour = QColor(colour)
        self.update()

    def set_caption(self, caption: str, kind: str = PLAIN) -> None:
        """The small word under the digits ("reps"); ``kind`` says what it means."""
        if caption != self._caption or kind != self._caption_kind:
            self._caption = caption
            self._caption_kind = kind
            self._describe()
            self.update()

    def set_seconds_caption(self) -> None:
        """The digits count seconds: "seconds" under them."""
        self.set_caption(translate("CountdownDial", "seconds"), SECONDS)

    def set_rep(self, number: int, count: int) -> None:
        """Paced reps: the caption under the time left says which rep is under way."""
        self._rep = (number, count)
        self.set_caption(rep_caption(number, count), REP)

    def set_count(self, text: str, caption: str) -> None:
        """Show a fixed figure (a rep count) with a full ring."""
        self._urgent = False
        self._ring_visible = True
        self._remaining_fraction = 1.0
        self._last_ring_step = -1
        self._set_text(text)
        self.set_caption(caption)
        self.update()

    def set_time(self, seconds_left: float, fraction_done: float) -> bool:
        """Show ``seconds_left``; returns whether a repaint was scheduled."""
        text = dial_text(seconds_left)
        urgent = 0 < seconds_left <= URGENT_SECONDS
        remaining = min(1.0, max(0.0, 1.0 - fraction_done))
        ring_step = int(remaining * 360.0 / RING_STEP_DEGREES)
        digits_changed = text != self._text
        if not digits_changed and urgent == self._urgent and ring_step == self._last_ring_step:
            return False
        # The digits' size stays unless their number does: then their box is enough.
        same_font = len(text) == len(self._text)
        moved_from = self._remaining_fraction
        whole = urgent != self._urgent or (digits_changed and not same_font)
        self._urgent = urgent
        self._remaining_fraction = remaining
        self._last_ring_step = ring_step
        self._set_text(text)
        # Repaint (and send to the screen) only what changed: the strip around the ring's
        # moving end, and the digits once a second; a hold's repaints then cover a small
        # part of the dial.
        strip = None if whole else self.arc_end_rect(moved_from, remaining)
        if strip is None:
            self.update()
            return True
        if digits_changed:
            strip = strip.united(self._digits_box())
        self.update(strip)
        return True

    def _digits_box(self) -> QRect:
        margin = 4
        return self.digits_rect().toAlignedRect().adjusted(-margin, -margin, margin, margin)

    def arc_end_rect(self, before: float, after: float) -> QRect | None:
        """The box the ring's end sweeps moving from ``before`` to ``after`` (fractions left).

        None when the move is too large for a small box to be worth it.
        """
        if abs(before - after) > ARC_STRIP_MAX_FRACTION:
            return None
        ring = self.ring_rect()
        centre, radius = ring.center(), ring.width() / 2.0
        xs: list[float] = []
        ys: list[float] = []
        for fraction in (before, (before + after) / 2.0, after):
            # The arc starts at twelve o'clock and runs anticlockwise, as drawArc draws it.
            angle = math.radians(90.0 + 360.0 * fraction)
            xs.append(centre.x() + radius * math.cos(angle))
            ys.append(centre.y() - radius * math.sin(angle))
        # The pen's half width, the round cap and antialiasing all fit in one pen width.
        margin = self._ring_width() + 2.0
        box = QRectF(
            QPointF(min(xs) - margin, min(ys) - margin),
            QPointF(max(xs) + margin, max(ys) + margin),
        )
        return box.toAlignedRect()

    def _set_text(self, text: str) -> None:
        if text == self._text:
            return
        if len(text) != len(self._text):
            self._fitted_for = None
        self._text = text
        self._describe()

    def _describe(self) -> None:
        """Say what the digits mean, for screen readers: changes at most once a second."""
        if self._caption_kind == SECONDS:
            words = time_left_words(self._text)
        elif self._caption_kind == REP:
            number, count = self._rep
            words = translate("CountdownDial", "{time_left}, rep {number} of {count}").format(
                time_left=time_left_words(self._text), number=number, count=count
            )
        else:
            words = f"{self._text} {self._caption}".strip()
        # Qt tells the accessibility bridge of the change (a description-changed event); a
        # reader says it when asked or when the dial has focus, not on every second by itself.
        if words != self.accessibleDescription():
            self.setAccessibleDescription(words)

    @property
    def text(self) -> str:
        """The digits shown."""
        return self._text

    @property
    def is_urgent(self) -> bool:
        """Whether the last seconds are being counted down (digits in the urgent colour)."""
        return self._urgent

    # -- geometry ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def ring_rect(self) -> QRectF:
        """The square the ring is drawn in, centred in the widget."""
        side = min(self.width(), self.height())
        pen = self._ring_width()
        square = side - pen - 2
        return QRectF((self.width() - square) / 2.0, (self.height() - square) / 2.0, square, square)

    def _ring_width(self) -> float:
        return max(6.0, min(self.width(), self.height()) * 0.045)

    def digits_rect(self) -> QRectF:
        """Where the digits are painted: the largest box of their shape inside the ring."""
        self._fit_fonts()
        metrics = QFontMetricsF(self._digit_font)
        box = metrics.tightBoundingRect(self._sample_text())
        centre = self.ring_rect().center()
        offset = self._caption_offset()
        return QRectF(
            centre.x() - box.width() / 2.0,
            centre.y() - box.height() / 2.0 - offset,
            box.width(),
            box.height(),
        )

    def _sample_text(self) -> str:
        # Fit for the widest digits of this length so the size does not jump each second.
        return "".join(":" if c == ":" else "0" for c in (self._text or "00"))

    def _caption_offset(self) -> float:
        return self.ring_rect().height() * 0.06 if self._caption else 0.0

    def _fit_fonts(self) -> None:
        key = (self.width(), self.height(), len(self._text))
        if self._fitted_for == key:
            return
        self._fitted_for = key
        ring = self.ring_rect()
        inner_radius = ring.width() / 2.0 - self._ring_width() * 1.2
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(100)
        box = QFontMetricsF(font).tightBoundingRect(self._sample_text())
        aspect = box.width() / max(1.0, box.height())
        # The largest rectangle of this aspect inside a circle of radius r: its diagonal is 2r.
        height = 2.0 * inner_radius / math.sqrt(1.0 + aspect * aspect)
        if self._caption:
            height *= 0.86
        scale = height / max(1.0, box.height())
        font.setPixelSize(max(8, int(100 * scale)))
        self._digit_font = font
        caption = QFont(self.font())
        caption.setPixelSize(max(8, int(ring.height() * 0.07)))
        self._caption_font = caption

    def _caption_rect(self, digits: QRectF) -> QRectF:
        ring = self.ring_rect()
        top = digits.bottom() + ring.height() * 0.03
        return QRectF(ring.left(), top, ring.width(), ring.height() * 0.1)

    def _caption_box(self) -> QRect:
        if not self._caption:
            return QRect()
        return self._caption_rect(self.digits_rect()).toAlignedRect()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fitted_for = None
        super().resizeEvent(event)

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_count += 1
        self.last_paint_rect = event.rect()
        self._fit_fonts()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = self.ring_rect()
        width = self._ring_width()
        if self._ring_visible:
            painter.setPen(QPen(self._scheme.track, width, Qt.PenStyle.SolidLine))
            painter.drawEllipse(ring)
            colour = self._scheme.urgent if self._urgent else self._colour
            pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            span = round(self._remaining_fraction * 360 * 16)
            if span > 0:
                painter.drawArc(ring, 90 * 16, span)
        if not event.rect().intersects(self._digits_box().united(self._caption_box())):
            painter.end()  # only the ring's end moved: the digits are already on screen
            return
        digits = self.digits_rect()
        painter.setFont(self._digit_font)
        painter.setPen(self._scheme.urgent if self._urgent else self._scheme.text)
        metrics = QFontMetricsF(self._digit_font)
        text_width = metrics.horizontalAdvance(self._text)
        tight = metrics.tightBoundingRect(self._sample_text())
        baseline_y = digits.top() - tight.top()
        painter.drawText(QPointF(ring.center().x() - text_width / 2.0, baseline_y), self._text)
        if self._caption:
            painter.setFont(self._caption_font)
            painter.setPen(self._scheme.muted_text)
            caption_rect = self._caption_rect(digits)
            painter.drawText(
                caption_rect,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                self._caption,
            )
        painter.end()
