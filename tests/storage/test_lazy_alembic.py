"""An up-to-date database opens without importing Alembic (memory and start-up time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

OPEN = """
import sys
from pathlib import Path
from glute_timer.storage.database import open_database
open_database(Path(sys.argv[1])).close()
print("alembic" in sys.modules)
"""


def _open_reports_alembic(path: Path) -> bool:
    result = subprocess.run(
        [sys.executable, "-c", OPEN, str(path)], capture_output=True, text=True, check=True
    )
    return result.stdout.strip() == "True"


def test_alembic_loads_only_when_a_migration_is_due(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    assert _open_reports_alembic(path) is True  # new file: migrations run
    assert _open_reports_alembic(path) is False  # already at the newest revision
