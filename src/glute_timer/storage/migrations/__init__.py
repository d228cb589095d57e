"""Alembic migrations, run from code at start-up (see storage.database)."""
