"""The schema revision this code reads and writes (the newest Alembic migration).

Kept as a constant so that opening an up-to-date database needs no Alembic import (about
16 MB and 60 ms); a test checks it against the migration scripts.
"""

from typing import Final

SCHEMA_REVISION: Final = "0006"

# The tables each revision has: how a database this app made before it stamped
# ``application_id`` is recognised (its tables and its Alembic revision). A new migration adds
# its revision here; a test checks the keys against the migration scripts.
_ROUTINES = frozenset({"custom_routines"})
_HISTORY = _ROUTINES | {"sessions", "step_results"}
_PLAN = _HISTORY | {"plan_entries", "rest_days", "dismissed_suggestions"}
REVISION_TABLES: Final[dict[str, frozenset[str]]] = {
    "0001": _ROUTINES,
    "0002": _HISTORY,
    "0003": _HISTORY,  # sessions.uid
    "0004": _PLAN,
    "0005": _PLAN,  # step_results.reps_done
    "0006": _PLAN,  # wall push sides name the working side (data only)
}

# Columns a migration adds to a table an older revision already has. A file at an older
# revision is checked without them (it gets them when it is migrated, after the check).
REVISION_ADDED_COLUMNS: Final[dict[str, dict[str, frozenset[str]]]] = {
    "0003": {"sessions": frozenset({"uid"})},
    "0005": {"step_results": frozenset({"reps_done"})},
}


def columns_added_after(revision: str) -> dict[str, frozenset[str]]:
    """The columns that revisions newer than ``revision`` add, by table."""
    added: dict[str, set[str]] = {}
    for later, tables in REVISION_ADDED_COLUMNS.items():
        if later > revision:
            for table, columns in tables.items():
                added.setdefault(table, set()).update(columns)
    return {table: frozenset(columns) for table, columns in added.items()}
