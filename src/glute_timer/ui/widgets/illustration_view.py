"""A widget that paints one exercise illustration, mirrored for the other side."""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.ui.widgets.illustration_texts import shown_description, shown_title

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

_SVG_NS = "{http://www.w3.org/2000/svg}"
_SIDE_WORDS = re.compile(r"\b(left|right)\b", re.IGNORECASE)
DEFAULT_ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("IllustrationView", "Exercise illustration")
PLACEHOLDER_TEXT = QT_TRANSLATE_NOOP("IllustrationView", "No picture")


def swap_sides(text: str) -> str:
    """``text`` with the words left and right exchanged, keeping their capitals."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        other = "right" if word.lower() == "left" else "left"
        if word.isupper():
            return other.upper()
        if word[0].isupper():
            return other.capitalize()
        return other

    return _SIDE_WORDS.sub(swap, text)


def _title_and_description(data: bytes) -> tuple[str, str]:
    """The SVG's ``<title>`` and ``<desc>`` texts (empty when absent)."""
    root = ET.fromstring(data)
    title = root.findtext(f"{_SVG_NS}title") or root.findtext("title") or ""
    desc = root.findtext(f"{_SVG_NS}desc") or root.findtext("desc") or ""
    return " ".join(title.split()), " ".join(desc.split())


class IllustrationView(QWidget):
    """Paints one SVG scaled to fit with its aspect ratio kept, optionally mirrored.

    The vectors are painted on every paint event, so the picture is sharp at any size and
    device pixel ratio. Mirroring is a horizontal flip about the widget's centre, so the
    right-side picture is exactly the mirror image of the left-side one. A missing or
    unreadable file shows a quiet placeholder and is logged once per file.

    The accessible name is the illustration's ``<title>``; the accessible description
    is its ``<desc>``, with "left" and "right" exchanged while mirrored; both in the
    person's language (:mod:`glute_timer.ui.widgets.illustration_texts`).
    """

    # Paths already reported as unusable, shared by every view: one log line per file.
    _reported: ClassVar[set[Path]] = set()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        self._path: Path | None = None
        self._mirrored = False
        self._title = ""
        self._description = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._update_accessibility()

    # -- public API -------------------------------------------------------------------

    def set_illustration(self, svg_path: Path | None) -> bool:
        """Show the SVG at ``svg_path`` (None for none); True when it could be loaded."""
        if svg_path is not None and svg_path == self._path and self._renderer is not None:
            return True
        self._path = svg_path
        if self._renderer is not None:
            self._renderer.deleteLater()
            self._renderer = None
        self._title = ""
        self._description = ""
        if svg_path is not None:
            self._renderer = self._load(svg_path)
        self._update_accessibility()
        self.update()
        return self._renderer is not None

    def set_mirrored(self, mirrored: bool) -> None:
        """Draw the mirror image (for the other side of the body) when ``mirrored``."""
        if mirrored == self._mirrored:
            return
        self._mirrored = mirrored
        self._update_accessibility()
        self.update()

    def illustration(self) -> Path | None:
        """The path last given to :meth:`set_illustration`."""
        return self._path

    def is_mirrored(self) -> bool:
        """Whether the picture is drawn mirrored."""
        return self._mirrored

    def has_illustration(self) -> bool:
        """Whether a picture (not the placeholder) is shown."""
        return self._renderer is not None

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: the largest rectangle of its aspect ratio that fits."""
        area = QRectF(self.contentsRect())
        if self._renderer is None:
            return area
        box = self._renderer.viewBoxF()
        if box.width() <= 0 or box.height() <= 0 or area.isEmpty():
            return area
        scale = min(area.width() / box.width(), area.height() / box.height())
        size = box.size() * scale
        return QRectF(
            area.center().x() - size.width() / 2,
            area.center().y() - size.height() / 2,
            size.width(),
            size.height(),
        )

    # -- QWidget ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 60)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        base = painter.transform()
        if self._mirrored:
            # x -> (left + right) - x: a flip about the vertical centre line.
            span = self.contentsRect().x() * 2 + self.contentsRect().width()
            painter.setTransform(QTransform(-1, 0, 0, 1, span, 0), combine=True)
        if self._renderer is not None:
            self._renderer.render(painter, self.picture_rect())
        else:
            self._paint_placeholder(painter, base)
        painter.end()

    # -- internals ----------------------------------------------------------------------

    def _load(self, path: Path) -> QSvgRenderer | None:
        # Read and parse the file ourselves first: QtSvg reports a missing or broken file
        # as a Qt warning, which says nothing useful to the person and fails strict tests.
        try:
            data = path.read_bytes()
            title, description = _title_and_description(data)
        except OSError as error:
            self._report(path, f"cannot read it: {error.strerror or error}")
            return None
        except ET.ParseError as error:
            self._report(path, f"it is not well-formed SVG: {error}")
            return None
        from PySide6.QtSvg import QSvgRenderer  # loaded on first use, after start-up

        renderer = QSvgRenderer(self)
        if not renderer.load(QByteArray(data)) or not renderer.isValid():
            self._report(path, "QtSvg cannot draw it")
            renderer.deleteLater()
            return None
        self._title = title
        self._description = description
        return renderer

    def _report(self, path: Path, problem: str) -> None:
        if path not in self._reported:
            self._reported.add(path)
            log.warning("Illustration %s not shown: %s; showing a placeholder.", path, problem)

    def _paint_placeholder(self, painter: QPainter, unmirrored: QTransform) -> None:
        # The window's text colour, softened: it contrasts with the window in light and dark
        # themes alike (PlaceholderText is meant for input fields, on Base, not Window).
        colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        colour.setAlphaF(0.55)
        area = QRectF(self.contentsRect()).adjusted(4, 4, -4, -4)
        pen = QPen(colour, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(area, 12, 12)
        painter.setTransform(unmirrored)  # text stays readable when mirrored
        placeholder = translate("IllustrationView", PLACEHOLDER_TEXT)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, placeholder)

    def _update_accessibility(self) -> None:
        if self._title:
            self.setAccessibleName(shown_title(self._title))
        else:
            self.setAccessibleName(translate("IllustrationView", DEFAULT_ACCESSIBLE_NAME))
        if self._renderer is None:
            self.setAccessibleDescription(translate("IllustrationView", PLACEHOLDER_TEXT))
        elif self._mirrored:
            self.setAccessibleDescription(shown_description(swap_sides(self._description)))
        else:
            self.setAccessibleDescription(shown_description(self._description))
