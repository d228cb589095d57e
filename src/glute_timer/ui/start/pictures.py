"""Exercise pictures as pixmaps, rendered once per size from the bundled SVGs.

The SVG image plugin draws them (through QImageReader): no Python QtSvg import on the start
screen's path.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QImageReader, QPixmap


@lru_cache(maxsize=128)
def picture(illustration: str | None, width: int, height: int) -> QPixmap:
    """The exercise's picture fitted inside ``width`` x ``height`` (aspect kept); a null
    pixmap when it cannot be read."""
    from glute_timer.resources import illustration_path

    if width <= 0 or height <= 0:
        return QPixmap()
    reader = QImageReader(str(illustration_path(illustration)))
    natural = reader.size()
    if natural.isValid() and natural.width() > 0 and natural.height() > 0:
        scale = min(width / natural.width(), height / natural.height())
        reader.setScaledSize(
            QSize(max(1, int(natural.width() * scale)), max(1, int(natural.height() * scale)))
        )
    image = reader.read()
    return QPixmap() if image.isNull() else QPixmap.fromImage(image)
