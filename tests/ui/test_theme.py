"""The design system: dark and light really change the window on a bare platform (offscreen,
no desktop theme), roles and icons exist, the focus ring is in the stylesheet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from glute_timer import resources
from glute_timer.ui import theme
from tests.ui.window_harness import build


@pytest.fixture
def restore_style(qapp: QApplication) -> Iterator[None]:
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    yield
    theme.apply_preference("system")
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def colours(window: QWidget) -> tuple[float, float]:
    QApplication.processEvents()  # the palette reaches existing widgets as an event
    palette = window.palette()
    return (
        theme.luminance(palette.color(QPalette.ColorRole.Window)),
        theme.luminance(palette.color(QPalette.ColorRole.WindowText)),
    )


@pytest.mark.usefixtures("restore_style")
def test_dark_and_light_change_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    h = build(tmp_path)
    qtbot.addWidget(h.window)
    theme.apply_preference("dark")
    window, text = colours(h.window)
    assert window < 0.2 and text > 0.6
    assert QApplication.instance().property(theme.STYLE_PROPERTY) == "Fusion"  # type: ignore[union-attr]
    theme.apply_preference("light")
    window, text = colours(h.window)
    assert window > 0.8 and text < 0.2


@pytest.mark.usefixtures("restore_style")
def test_the_setting_reaches_the_app_at_start_and_when_changed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from glute_timer.app import App

    (tmp_path / "settings.ini").write_text("[preferences]\ntheme=dark\n")
    app = App(tmp_path, "none", load_audio=False)
    qtbot.addWidget(app.window)
    assert colours(app.window)[0] < 0.2
    app.settings.preferences.theme = "light"
    assert colours(app.window)[0] > 0.8
    app.shutdown()


def test_contrast_of_text_and_accent() -> None:
    def ratio(a: float, b: float) -> float:
        light, dark = max(a, b), min(a, b)
        return (light + 0.05) / (dark + 0.05)

    for scheme in (theme.LIGHT, theme.DARK):
        window = theme.luminance(scheme.window)
        assert ratio(theme.luminance(scheme.text), window) >= 4.5
        assert ratio(theme.luminance(scheme.muted_text), window) >= 4.5
        assert ratio(theme.luminance(scheme.accent), window) >= 3.0
        assert ratio(theme.luminance(scheme.accent_text), theme.luminance(scheme.accent)) >= 4.5


def test_focus_ring_and_roles_are_in_the_stylesheet() -> None:
    sheet = theme.stylesheet_for(theme.LIGHT)
    for selector in ("QPushButton:focus", "QComboBox:focus", "QListView:focus", "QCheckBox:focus"):
        assert selector in sheet
    assert theme.LIGHT.accent.name() in sheet
    for role in ("primary", "destructive", "flat", "chip"):
        assert f'[role="{role}"]' in sheet


def test_every_icon_is_ours_and_draws(qapp: QApplication) -> None:
    for name in theme.ICON_NAMES:
        path = resources.assets_dir() / "icons" / f"{name}.svg"
        assert path.is_file(), path
        assert "currentColor" in path.read_text()
        assert not theme.icon(name).isNull(), name


def test_spacing_is_on_the_6_px_grid() -> None:
    assert [theme.space(n) for n in range(1, 5)] == [6, 12, 18, 24]
