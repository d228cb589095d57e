"""engine/ may import QtCore and QtStateMachine, never widgets, audio, storage or databases."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import importlib.abc, sys
BLOCKED = ('PySide6.QtWidgets', 'PySide6.QtMultimedia', 'PySide6.QtSql', 'sqlalchemy',
           'alembic', 'simpleaudio', 'glute_timer.ui', 'glute_timer.audio',
           'glute_timer.storage')
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == b or name.startswith(b + '.') for b in BLOCKED):
            raise ImportError('blocked: ' + name)
        return None
sys.meta_path.insert(0, Block())
import glute_timer.engine
from glute_timer.engine import WorkoutEngine, SystemClock, QtTimerFactory
print('ok')
"""


def test_engine_imports_only_qtcore_and_qtstatemachine() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
