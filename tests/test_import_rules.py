"""The boundary checks in `make lint` really bite: ruff's banned imports per folder and
import-linter's contracts each refuse a module written to break them.

`make lint` proves the tree obeys the rules; these tests prove the rules are not empty (a
mistyped folder in a ruff.toml or a contract that names no module would pass any tree).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "glute_timer"
BIN = Path(sys.executable).parent


def _tool(name: str) -> Path:
    path = BIN / name
    if not path.is_file():
        pytest.skip(f"{name} is not installed in this venv (make test installs it)")
    return path


def ruff_codes(relative_path: str, source: str) -> list[tuple[int, str]]:
    """(line, code) of every TID finding ruff reports for ``source`` as if it lived at
    ``relative_path``: the nested ruff.toml of that folder applies."""
    result = subprocess.run(
        [
            _tool("ruff"),
            "check",
            "--no-cache",
            "--select",
            "TID",
            "--output-format",
            "json",
            "--stdin-filename",
            relative_path,
            "-",
        ],
        input=source,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return sorted((f["location"]["row"], f["code"]) for f in json.loads(result.stdout))


WIDGETS_AND_DATABASE = """\
import sqlalchemy
from PySide6 import QtWidgets
from PySide6.QtCharts import QChart
from PySide6.QtMultimedia import QSoundEffect
from PySide6.QtStateMachine import QState

print(sqlalchemy, QtWidgets, QChart, QSoundEffect, QState)
"""


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        # Each home may import its own library at the top, and nothing else on the list.
        ("engine", [(1, "TID253"), (2, "TID251"), (3, "TID253"), (4, "TID253")]),
        ("storage", [(2, "TID251"), (3, "TID253"), (4, "TID253"), (5, "TID253")]),
        ("audio", [(1, "TID253"), (2, "TID251"), (3, "TID253"), (5, "TID253")]),
        (
            "domain",
            [(1, "TID253"), (2, "TID251"), (3, "TID253"), (4, "TID253"), (5, "TID253")],
        ),
        # ui/ shows widgets, and imports every lazy library inside functions.
        ("ui/start", [(1, "TID253"), (3, "TID253"), (4, "TID253"), (5, "TID253")]),
    ],
)
def test_ruff_bans_widgets_and_module_level_heavy_imports_per_folder(
    folder: str, expected: list[tuple[int, str]]
) -> None:
    assert ruff_codes(f"src/glute_timer/{folder}/probe.py", WIDGETS_AND_DATABASE) == expected


def test_ruff_allows_heavy_imports_inside_functions_and_for_type_checking() -> None:
    source = """\
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine


def engine() -> "Engine":
    from sqlalchemy import create_engine

    return create_engine("sqlite://")
"""
    assert ruff_codes("src/glute_timer/ui/history/probe.py", source) == []


def test_ruff_lets_only_the_charts_module_import_qtcharts_at_the_top() -> None:
    source = "from PySide6.QtCharts import QChart\n\nprint(QChart)\n"
    assert ruff_codes("src/glute_timer/ui/history/charts.py", source) == []
    assert ruff_codes("src/glute_timer/ui/history/view.py", source) == [(1, "TID253")]


PROBES = {
    # A lower layer importing a higher one.
    "domain/probe_layers.py": "from glute_timer.engine import clock\n\nprint(clock)\n",
    # domain stays free of Qt, reached through no other module either.
    "domain/probe_qt.py": "import PySide6\n\nprint(PySide6)\n",
    # A new top-level module must be given a layer (the contract is exhaustive).
    "unplaced.py": "VALUE = 1\n",
    # ui must not reach SQLAlchemy even inside a function.
    "ui/probe_database.py": "def f() -> None:\n    import sqlalchemy\n\n    print(sqlalchemy)\n",
}


@pytest.mark.slow
def test_import_linter_contracts_each_refuse_a_breaking_module(tmp_path: Path) -> None:
    lint_imports = _tool("lint-imports")
    copy = tmp_path / "src" / "glute_timer"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    for name, source in PROBES.items():
        (copy / name).write_text(source)
    result = subprocess.run(
        [lint_imports, "--config", ROOT / "pyproject.toml", "--no-cache"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "src"), "PATH": str(BIN), "NO_COLOR": "1"},
        check=False,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Contracts: 0 kept, 3 broken." in output, output
    assert "glute_timer.domain.probe_layers -> glute_timer.engine" in output
    assert "not listed as layers:\n\n- glute_timer.unplaced\n" in output
    assert "glute_timer.domain.probe_qt -> PySide6" in output
    assert "glute_timer.ui.probe_database -> sqlalchemy" in output
