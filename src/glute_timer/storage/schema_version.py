"""The schema revision this code reads and writes (the newest Alembic migration).

Kept as a constant so that opening an up-to-date database needs no Alembic import (about
16 MB and 60 ms); a test checks it against the migration scripts.
"""

from typing import Final

SCHEMA_REVISION: Final = "0002"

# The tables each revision has: how a database this app made before it stamped
# ``application_id`` is recognised (its tables and its Alembic revision). A new migration adds
# its revision here; a test checks the keys against the migration scripts.
REVISION_TABLES: Final[dict[str, frozenset[str]]] = {
    "0001": frozenset({"custom_routines"}),
    "0002": frozenset({"custom_routines", "sessions", "step_results"}),
}
