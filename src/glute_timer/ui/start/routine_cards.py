"""The routines as cards (picture, name, stage and time, last done) in a grid that fills the
space it is given; arrow keys move between cards, Enter starts one."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QStyledItemDelegate,
    QWidget,
)

from glute_timer.domain.i18n import translate
from glute_timer.ui.start.last_done import last_done_text
from glute_timer.ui.theme import LIGHT, TYPE_SCALE, Scheme, space

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

ROUTINE_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2
LAST_DONE_ROLE = Qt.ItemDataRole.UserRole + 3
PICTURE_ROLE = Qt.ItemDataRole.UserRole + 4

MIN_CARD_WIDTH = 300
MIN_LIST_WIDTH = 300
MAX_CARD_HEIGHT = 320

_Index = QModelIndex | QPersistentModelIndex


def _fonts(base: QFont, grow: float = 1.0) -> tuple[QFont, QFont]:
    name = QFont(base)
    name.setPointSizeF(base.pointSizeF() * TYPE_SCALE["heading"] * grow)
    name.setBold(True)
    small = QFont(base)
    small.setPointSizeF(base.pointSizeF() * TYPE_SCALE["large"] * grow)
    return name, small


def card_min_height(base: QFont) -> int:
    """The shortest card that shows its three lines at this font."""
    name, small = _fonts(base)
    lines = QFontMetrics(name).height() + 2 * QFontMetrics(small).height()
    return lines + space(5)


def _last_done_line(when: object) -> str:
    """ "Last done: 3 days ago" ("never" when nothing is known)."""
    words = str(when) if when else last_done_text(None, None)
    return translate("RoutineCards", "Last done: {when}").format(when=words)


class CardDelegate(QStyledItemDelegate):
    """Paints one routine card."""

    def __init__(self, view: RoutineCards) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return self._view.card_size()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # Imported here: their classes' enums cost start-up time before the first frame.
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyle

        from glute_timer.ui.start.pictures import picture

        view = self._view
        scheme = view.scheme
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = space(1)
        rect = QRect(option.rect).adjusted(gap, gap, -gap, -gap)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = selected and self._view.hasFocus()
        width = 4 if focused else 2 if selected else 1
        painter.setPen(QPen(scheme.accent if selected else scheme.border, width))
        painter.setBrush(scheme.card)
        painter.drawRoundedRect(rect, space(2), space(2))

        inner = rect.adjusted(space(2), space(2), -space(2), -space(2))
        # Narrow cards give the words more of the room.
        side = min(inner.height(), inner.width() // (3 if inner.width() > 360 else 4))
        pixmap = picture(index.data(PICTURE_ROLE), side, side) if view.pictures_shown else None
        if pixmap is not None and not pixmap.isNull():
            x = inner.left() + (side - pixmap.width()) // 2
            y = inner.top() + (inner.height() - pixmap.height()) // 2
            painter.drawPixmap(x, y, pixmap)
        text_rect = inner.adjusted(side + space(2), 0, 0, 0)
        # Tall cards (a large window) get larger words, up to 1.4 times.
        shortest = card_min_height(option.font)
        grow = max(1.0, min(1.4, rect.height() / max(1, shortest) / 1.3))
        # Smaller words before cut-off names (the same size on every card: the longest name
        # decides): the card's grown size, then the heading size, then down to 0.6 of it.
        longest = self._view.longest_name()
        for factor in (grow, 1.0, 0.8, 0.7, 0.6):
            name_font, small_font = _fonts(option.font, factor)
            if QFontMetrics(name_font).horizontalAdvance(longest) <= text_rect.width():
                break
        name_height = QFontMetrics(name_font).height()
        small_height = QFontMetrics(small_font).height()
        block = name_height + 2 * small_height + space(1)
        top = text_rect.top() + max(0, (text_rect.height() - block) // 2)
        painter.setFont(name_font)
        painter.setPen(scheme.text)
        name = QFontMetrics(name_font).elidedText(
            str(index.data(NAME_ROLE) or ""), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            QRect(text_rect.left(), top, text_rect.width(), name_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        painter.setFont(small_font)
        metrics = QFontMetrics(small_font)
        for number, (text, colour) in enumerate(
            (
                (str(index.data(META_ROLE) or ""), scheme.text),
                (_last_done_line(index.data(LAST_DONE_ROLE)), scheme.muted_text),
            )
        ):
            painter.setPen(QColor(colour))
            y = top + name_height + space(1) + number * small_height
            painter.drawText(
                QRect(text_rect.left(), y, text_rect.width(), small_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
            )
        painter.restore()


class RoutineCards(QListWidget):
    """A QListWidget shown as a grid of cards sized to fill the view (one column while the
    cards fit, more when they would get too short); scrolls when even that is not enough."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Wrapping Qt's own viewport (a C++ object of a type PySide does not know) makes
        # PySide load every QtWidgets class and its enums to find the type: ~20 ms of
        # start-up. A viewport made here, set up as Qt sets up its own, is known already.
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        self.scheme: Scheme = LIGHT
        self.pictures_shown = False  # see show_pictures
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(0)
        self.setItemDelegate(CardDelegate(self))
        self._card = QSize(MIN_CARD_WIDTH, MAX_CARD_HEIGHT)
        self.setMinimumWidth(MIN_LIST_WIDTH)

    def set_scheme(self, scheme: Scheme) -> None:
        """Paint the cards in ``scheme``'s colours."""
        self.scheme = scheme
        self.viewport().update()

    def show_pictures(self) -> None:
        """Paint the cards' pictures from now on (called once the window is up: rendering
        them would delay its first frame; until then the cards keep their place)."""
        self.pictures_shown = True
        self.viewport().update()

    def longest_name(self) -> str:
        """The longest routine name shown (it sets the cards' type size)."""
        names = [str(self.item(row).data(NAME_ROLE) or "") for row in range(self.count())]
        return max(names, key=len, default="")

    def card_size(self) -> QSize:
        """The size every card has now."""
        return QSize(self._card)

    def relayout(self) -> None:
        """Fit the cards to the view: as few columns as keep them tall enough."""
        count = max(1, self.count())
        width = max(1, self.viewport().width())
        height = max(1, self.viewport().height())
        shortest = card_min_height(self.font())
        widest = max(1, width // MIN_CARD_WIDTH)
        columns = widest
        for candidate in range(1, widest + 1):
            if height // math.ceil(count / candidate) >= shortest:
                columns = candidate
                break
        rows = math.ceil(count / columns)
        card_height = max(shortest, min(MAX_CARD_HEIGHT, height // rows))
        size = QSize(width // columns, card_height)
        if size != self._card:
            self._card = size
            self.setGridSize(size)
            self.doItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def moveCursor(
        self,
        cursorAction: QAbstractItemView.CursorAction,  # noqa: N803 (Qt's name)
        modifiers: Qt.KeyboardModifier,
    ) -> QModelIndex:
        # In one column Left/Right would do nothing: let them move like Up/Down.
        action = QAbstractItemView.CursorAction
        move = cursorAction
        if self.gridSize().width() * 2 > self.viewport().width():
            if move is action.MoveLeft:
                move = action.MoveUp
            elif move is action.MoveRight:
                move = action.MoveDown
        return super().moveCursor(move, modifiers)
