"""Check the exercise illustrations and render them to PNG for looking at.

Every SVG in ``assets/illustrations/`` is parsed with QtSvg (the renderer the app uses),
checked for the shared viewBox and the required names, and drawn at a small and a large
width on a light and a dark background, unmirrored and mirrored. Every exercise drawing
must mark its working leg, and only that, in the accent colour, and the mark must be
visible; the generic figure has no working side and no accent. A contact sheet per size
puts them side by side. Exit status 0 when every check passes, 1 otherwise.

    .venv/bin/python tools/check_illustrations.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ILLUSTRATIONS = ROOT / "assets" / "illustrations"
GENERIC = "generic"
VIEW_BOX = (0.0, 0.0, 400.0, 300.0)
WIDTHS = (120, 800)
BACKGROUNDS = {"light": "#ffffff", "dark": "#1e1e1e"}
ACCENT = "#f5c518"
"""The colour of the working leg, the same in every exercise drawing."""
MIN_ACCENT_SHARE = 0.01
"""Least share of a large render the working leg must cover to count as visible."""


def _render(renderer: QSvgRenderer, width: int, background: str, mirrored: bool) -> QImage:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter, QTransform

    height = round(width * VIEW_BOX[3] / VIEW_BOX[2])
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored:
        painter.setTransform(QTransform(-1, 0, 0, 1, width, 0))
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def _contact_sheet(images: list[list[QImage]], width: int) -> QImage:
    from PySide6.QtGui import QColor, QImage, QPainter

    gap = 8
    height = round(width * VIEW_BOX[3] / VIEW_BOX[2])
    rows = len(images)
    cols = max(len(row) for row in images)
    sheet = QImage(
        cols * (width + gap) + gap, rows * (height + gap) + gap, QImage.Format.Format_ARGB32
    )
    sheet.fill(QColor("#808080"))
    painter = QPainter(sheet)
    for r, row in enumerate(images):
        for c, image in enumerate(row):
            painter.drawImage(gap + c * (width + gap), gap + r * (height + gap), image)
    painter.end()
    return sheet


def accent_elements(path: Path) -> list[str]:
    """The tags of the elements in ``path`` that paint with the accent colour."""
    found: list[str] = []
    for element in ET.parse(path).iter():
        painted = {element.get("stroke", ""), element.get("fill", "")}
        if ACCENT in {colour.strip().lower() for colour in painted}:
            found.append(element.tag.rsplit("}", 1)[-1])
    return found


def accent_share(image: QImage) -> float:
    """Share of ``image``'s pixels painted exactly in the accent colour."""
    from PySide6.QtGui import QColor

    accent = QColor(ACCENT).rgb()
    step = 2
    hits = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            hits += image.pixel(x, y) == accent
    return hits / total


def accent_problems(path: Path, large_render: QImage) -> list[str]:
    """What is wrong with how ``path`` marks its working leg (nothing when it is right)."""
    elements = accent_elements(path)
    if path.stem == GENERIC:
        if elements:
            return [f"{path.name}: the generic figure has no working side, but uses {ACCENT}"]
        return []
    if len(elements) != 1:
        return [
            f"{path.name}: {len(elements)} elements are drawn in the accent {ACCENT}; "
            "exactly one (the working leg) should be"
        ]
    share = accent_share(large_render)
    if share < MIN_ACCENT_SHARE:
        return [
            f"{path.name}: the working leg ({ACCENT}) covers {share:.2%} of the picture, "
            f"less than {MIN_ACCENT_SHARE:.1%}; is it hidden behind another limb?"
        ]
    return []


def required_ids() -> list[str]:
    """The illustration of every built-in exercise, and the generic figure."""
    sys.path.insert(0, str(ROOT / "src"))
    from glute_timer.domain.library import EXERCISES

    return sorted({exercise.illustration for exercise in EXERCISES} | {GENERIC})


def check(out_dir: Path) -> list[str]:
    """Render every illustration into ``out_dir``; return the problems found."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    problems: list[str] = []
    files = sorted(ILLUSTRATIONS.glob("*.svg"))
    names = {f.stem for f in files}
    problems += [
        f"{name}.svg is missing from {ILLUSTRATIONS}"
        for name in required_ids()
        if name not in names
    ]
    out_dir.mkdir(parents=True, exist_ok=True)
    sheets: dict[int, list[list[QImage]]] = {w: [] for w in WIDTHS}
    for path in files:
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            problems.append(f"{path.name}: QtSvg cannot parse it")
            continue
        box = renderer.viewBoxF()
        if (box.x(), box.y(), box.width(), box.height()) != VIEW_BOX:
            problems.append(f"{path.name}: viewBox is {box}, expected {VIEW_BOX}")
        for width in WIDTHS:
            row: list[QImage] = []
            for bg_name, colour in BACKGROUNDS.items():
                for mirrored in (False, True):
                    image = _render(renderer, width, colour, mirrored)
                    suffix = "-mirrored" if mirrored else ""
                    image.save(str(out_dir / f"{path.stem}-{width}-{bg_name}{suffix}.png"))
                    row.append(image)
            sheets[width].append(row)
        problems += accent_problems(path, sheets[max(WIDTHS)][-1][0])
    for width, rows in sheets.items():
        if rows:
            _contact_sheet(rows, width).save(str(out_dir / f"contact-{width}.png"))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(tempfile.gettempdir()) / "glute-timer-illustrations",
        help="directory for the PNGs (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    problems = check(args.out)
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    print(f"PNGs in {args.out} (contact-120.png and contact-800.png show them all)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
