"""The team's size rule, checked: no class over 450 lines and no module over 600 in src/."""

from __future__ import annotations

import ast
from pathlib import Path

import glute_timer

PACKAGE = Path(glute_timer.__file__).resolve().parent
MAX_MODULE_LINES = 600
MAX_CLASS_LINES = 450


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_is_over_600_lines() -> None:
    too_long = {
        str(path.relative_to(PACKAGE)): lines
        for path in _modules()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert too_long == {}


def test_no_class_is_over_450_lines() -> None:
    too_long: dict[str, int] = {}
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_CLASS_LINES:
                    too_long[f"{path.relative_to(PACKAGE)}:{node.name}"] = lines
    assert too_long == {}


def test_the_check_sees_the_package() -> None:
    # A wrong path would find nothing and pass: the package has dozens of modules.
    assert len(_modules()) > 50
