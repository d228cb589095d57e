"""Alembic environment: always run from code with a connection handed in.

Unlike Alembic's template this does not call logging.config.fileConfig(), which would silence
the app's own loggers.
"""

from __future__ import annotations

from alembic import context

from glute_timer.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only from glute_timer.storage.database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
