"""No screen pulls in the database layer: importing every ``ui`` module leaves SQLAlchemy out."""

from __future__ import annotations

import os
import subprocess
import sys

_CHECK = """
import importlib, pkgutil, sys
import glute_timer.ui as ui
names = [m.name for m in pkgutil.walk_packages(ui.__path__, "glute_timer.ui.")]
for name in names:
    importlib.import_module(name)
    if "sqlalchemy" in sys.modules or "alembic" in sys.modules:
        print("loaded by", name)
        break
else:
    print("clean", len(names))
"""


def test_importing_every_ui_module_loads_no_sqlalchemy() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", _CHECK], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    verdict, count = out.stdout.split()[0], out.stdout.split()[-1]
    assert verdict == "clean", out.stdout
    assert int(count) > 20  # the walk found the screens, not an empty package
