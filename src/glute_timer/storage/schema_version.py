"""The schema revision this code reads and writes (the newest Alembic migration).

Kept as a constant so that opening an up-to-date database needs no Alembic import (about
16 MB and 60 ms); a test checks it against the migration scripts.
"""

from typing import Final

SCHEMA_REVISION: Final = "0004"
