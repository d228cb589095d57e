"""The illustrations' titles and descriptions are marked for translation and shown in the
person's language, mirrored descriptions included."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from glute_timer.domain.library import EXERCISES
from glute_timer.ui.widgets.illustration_texts import MARKED
from glute_timer.ui.widgets.illustration_view import (
    IllustrationView,
    _title_and_description,
    swap_sides,
)

ILLUSTRATIONS = Path(__file__).resolve().parents[3] / "assets" / "illustrations"
LIBRARY_NAMES = {exercise.name for exercise in EXERCISES}


@pytest.mark.parametrize("svg", sorted(ILLUSTRATIONS.glob("*.svg")), ids=lambda p: p.stem)
def test_every_bundled_text_is_marked(svg: Path) -> None:
    title, description = _title_and_description(svg.read_bytes())
    assert title in LIBRARY_NAMES or title in MARKED
    assert description in MARKED
    assert swap_sides(description) in MARKED


def test_the_view_shows_the_translation_for_each_side(qtbot: QtBot, bracketed: None) -> None:
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(QSize(200, 150))
    assert view.set_illustration(ILLUSTRATIONS / "wall-push.svg")
    assert view.accessibleName() == "[Library: Wall push]"
    left = view.accessibleDescription()
    assert left.startswith("[Illustrations: ") and "left knee" in left
    view.set_mirrored(True)
    right = view.accessibleDescription()
    assert right.startswith("[Illustrations: ") and "right knee" in right
    assert view.set_illustration(ILLUSTRATIONS / "generic.svg")
    assert view.accessibleName() == "[Illustrations: Exercise]"
    view.set_illustration(None)
    assert view.accessibleName() == "[IllustrationView: Exercise illustration]"
    assert view.accessibleDescription() == "[IllustrationView: No picture]"
