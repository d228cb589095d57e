"""domain/ must import neither Qt nor SQLAlchemy: prove it in a clean interpreter."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'sqlalchemy', 'alembic'):
            raise ImportError('blocked: ' + name)
        return None
sys.meta_path.insert(0, Block())
import glute_timer.domain.plan, glute_timer.domain.library, glute_timer.domain.routine_file
import glute_timer.domain.cues, glute_timer.domain.validation
import glute_timer.domain.schedule, glute_timer.domain.progression
from glute_timer.domain.plan import compile_plan
from glute_timer.domain.library import ROUTINES
print(len(compile_plan(ROUTINES[0])))
"""


def test_domain_imports_without_qt_or_sqlalchemy() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "9"
