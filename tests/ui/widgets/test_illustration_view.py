"""IllustrationView: fits, mirrors, survives missing files, stays sharp at any pixel ratio."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from pytestqt.qtbot import QtBot

from glute_timer.domain.library import EXERCISES
from glute_timer.ui.widgets.illustration_view import IllustrationView, swap_sides

ILLUSTRATIONS = Path(__file__).resolve().parents[3] / "assets" / "illustrations"
WALL_PUSH = ILLUSTRATIONS / "wall-push.svg"
BACKGROUND = QColor("#ffffff")


def make_view(qtbot: QtBot, size: QSize, path: Path | None = WALL_PUSH) -> IllustrationView:
    view = IllustrationView()
    qtbot.addWidget(view)
    # Fixed colours and font: other tests may switch the app's colour scheme or font.
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    view.setPalette(palette)
    view.setFont(QFont("DejaVu Sans", 10))
    view.setAutoFillBackground(True)
    view.resize(size)
    view.set_illustration(path)
    return view


def grab(view: IllustrationView) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def flipped(image: QImage) -> QImage:
    return image.flipped(Qt.Orientation.Horizontal)


def differing_fraction(a: QImage, b: QImage, tolerance: int = 40) -> float:
    """Share of pixels whose colour differs by more than ``tolerance`` in any channel."""
    assert a.size() == b.size()
    differing = 0
    step = 2  # every other pixel in each direction: plenty, and four times faster
    total = 0
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += 1
            if (
                abs(pa.red() - pb.red()) > tolerance
                or abs(pa.green() - pb.green()) > tolerance
                or abs(pa.blue() - pb.blue()) > tolerance
            ):
                differing += 1
    return differing / total


def painted_fraction(image: QImage) -> float:
    """Share of pixels that are not the background."""
    blank = QImage(image.size(), image.format())
    blank.fill(BACKGROUND)
    return differing_fraction(image, blank, tolerance=10)


@pytest.mark.parametrize("size", [QSize(400, 300), QSize(401, 250), QSize(260, 333)])
def test_mirrored_picture_is_the_horizontal_mirror_image(qtbot: QtBot, size: QSize) -> None:
    view = make_view(qtbot, size)
    plain = grab(view)
    view.set_mirrored(True)
    mirrored = grab(view)

    assert view.is_mirrored()
    # The picture is not symmetric, so a mirror that did nothing would fail here ...
    assert differing_fraction(plain, mirrored) > 0.02
    # ... and the mirrored picture matches the plain one flipped, up to anti-aliasing.
    assert differing_fraction(flipped(plain), mirrored) < 0.002


def test_mirroring_back_restores_the_picture(qtbot: QtBot) -> None:
    view = make_view(qtbot, QSize(300, 225))
    plain = grab(view)
    view.set_mirrored(True)
    view.set_mirrored(False)
    assert differing_fraction(plain, grab(view), tolerance=0) == 0


def test_picture_keeps_its_aspect_ratio_and_is_centred(qtbot: QtBot) -> None:
    view = make_view(qtbot, QSize(800, 300))
    rect = view.picture_rect()
    assert rect.width() / rect.height() == pytest.approx(400 / 300)
    assert rect.height() == pytest.approx(300)
    assert rect.center().x() == pytest.approx(400)
    image = grab(view)
    # Nothing is painted in the empty bands either side of the picture.
    band = image.copy(0, 0, int(rect.left()) - 1, 300)
    assert painted_fraction(band) == 0
    assert painted_fraction(image) > 0.1


def test_missing_file_shows_a_placeholder_and_logs_once(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    missing = tmp_path / "no-such-picture.svg"
    with caplog.at_level(logging.WARNING, logger="glute_timer.ui.widgets.illustration_view"):
        view = make_view(qtbot, QSize(300, 200), missing)
        view.set_illustration(None)
        view.set_illustration(missing)
        make_view(qtbot, QSize(300, 200), missing)  # another view, same file

    assert not view.has_illustration()
    assert view.illustration() == missing
    assert len(caplog.records) == 1
    assert "no-such-picture.svg" in caplog.records[0].getMessage()
    image = grab(view)
    # The placeholder draws something (a dashed frame and a word), but only a little.
    assert 0 < painted_fraction(image) < 0.2
    assert view.accessibleDescription() == "No picture"
    view.set_mirrored(True)
    assert 0 < painted_fraction(grab(view)) < 0.2


@pytest.mark.parametrize("content", [b"", b"this is not svg", b"<svg><g></svg>"])
def test_broken_file_shows_a_placeholder(qtbot: QtBot, tmp_path: Path, content: bytes) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_bytes(content)
    view = make_view(qtbot, QSize(300, 200), broken)
    assert not view.has_illustration()
    assert 0 < painted_fraction(grab(view)) < 0.2


def test_no_illustration_then_a_real_one(qtbot: QtBot) -> None:
    view = make_view(qtbot, QSize(300, 225), None)
    assert not view.has_illustration()
    empty = painted_fraction(grab(view))
    assert view.set_illustration(WALL_PUSH)
    assert view.has_illustration()
    assert painted_fraction(grab(view)) > empty + 0.05


def test_renders_at_its_minimum_size(qtbot: QtBot) -> None:
    view = make_view(qtbot, QSize(1, 1))
    view.resize(view.minimumSizeHint())
    image = grab(view)
    assert image.size() == view.minimumSizeHint()
    assert painted_fraction(image) > 0.1


def test_renders_large(qtbot: QtBot) -> None:
    view = make_view(qtbot, QSize(2400, 1800))
    image = grab(view)
    assert image.size() == QSize(2400, 1800)
    # The accent arrow of the wall push is drawn at full size: sample where it must be.
    rect = view.picture_rect()
    arrow = QPoint(round(rect.left() + rect.width() * 157 / 400), round(rect.height() * 174 / 300))
    colour = image.pixelColor(arrow)
    assert (colour.red(), colour.green(), colour.blue()) == (0xF0, 0x8A, 0x24)


def test_high_pixel_ratio_paints_vectors_not_an_upscaled_bitmap(qtbot: QtBot) -> None:
    view = make_view(qtbot, QSize(200, 150))
    sharp = QImage(400, 300, QImage.Format.Format_RGB32)
    sharp.setDevicePixelRatio(2.0)
    sharp.fill(BACKGROUND)
    view.render(sharp)

    big = make_view(qtbot, QSize(400, 300))
    reference = grab(big)
    small = grab(view).scaled(400, 300, mode=Qt.TransformationMode.SmoothTransformation)

    sharp.setDevicePixelRatio(1.0)
    # At ratio 2 the picture matches one drawn at twice the size, not a blown-up small one.
    assert differing_fraction(sharp, reference) < 0.002
    assert differing_fraction(small, reference) > differing_fraction(sharp, reference)


def test_accessible_texts_follow_the_picture_and_the_side(qtbot: QtBot) -> None:
    view = make_view(qtbot, QSize(200, 150))
    assert view.accessibleName() == "Wall push"
    assert "left knee" in view.accessibleDescription()
    view.set_mirrored(True)
    assert "right knee" in view.accessibleDescription()
    assert "left" not in view.accessibleDescription().lower()


def test_swap_sides_keeps_capitals() -> None:
    assert swap_sides("Left leg, right arm; LEFT") == "Right leg, left arm; RIGHT"
    assert swap_sides("leftover rights") == "leftover rights"


@pytest.mark.parametrize("svg", sorted(ILLUSTRATIONS.glob("*.svg")), ids=lambda p: p.stem)
def test_every_bundled_illustration_loads_and_draws(qtbot: QtBot, svg: Path) -> None:
    view = make_view(qtbot, QSize(200, 150), svg)
    assert view.has_illustration()
    assert view.accessibleName() != "Exercise illustration"
    assert view.accessibleDescription()
    assert painted_fraction(grab(view)) > 0.05


def test_every_builtin_exercise_has_its_illustration() -> None:
    missing = [e.name for e in EXERCISES if not (ILLUSTRATIONS / f"{e.illustration}.svg").is_file()]
    assert missing == []
    assert (ILLUSTRATIONS / "generic.svg").is_file()


def test_changing_pictures_keeps_one_renderer(qtbot: QtBot) -> None:
    from PySide6.QtSvg import QSvgRenderer

    view = make_view(qtbot, QSize(200, 150))
    for svg in sorted(ILLUSTRATIONS.glob("*.svg")) * 2:
        assert view.set_illustration(svg)
    qtbot.waitUntil(lambda: len(view.findChildren(QSvgRenderer)) == 1)
    assert view.illustration() == sorted(ILLUSTRATIONS.glob("*.svg"))[-1]


@pytest.mark.parametrize(("window", "text"), [("#ffffff", "#000000"), ("#1e1e1e", "#ffffff")])
def test_placeholder_is_visible_in_light_and_dark_themes(
    qtbot: QtBot, window: str, text: str
) -> None:
    view = IllustrationView()
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    view.setPalette(palette)
    view.setAutoFillBackground(True)
    view.resize(300, 200)
    image = grab(view)
    blank = QImage(image.size(), image.format())
    blank.fill(QColor(window))
    # The dashed frame and the words stand out by more than a faint tint.
    assert differing_fraction(image, blank, tolerance=60) > 0.003
