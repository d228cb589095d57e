"""The app's name is declared once, in ``glute_timer.APP_NAME``; nothing else spells it."""

from __future__ import annotations

from pathlib import Path

import glute_timer

PACKAGE = Path(glute_timer.__file__).resolve().parent


def test_app_name_is_spelled_only_in_the_package_root() -> None:
    spelled = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "__init__.py" or path.parent != PACKAGE
        if glute_timer.APP_NAME in path.read_text(encoding="utf-8")
    ]
    assert spelled == []
