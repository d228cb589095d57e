"""A stable unique id per session (``uid``), so history can move between computers.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels = None
depends_on = None

# A random UUID4 in its text form, computed by SQLite, one per row.
UUID4_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || "
    "lower(hex(randomblob(6)))"
)


def upgrade() -> None:
    # A plain ADD COLUMN: rebuilding "sessions" (batch mode) with foreign keys on would
    # cascade-delete every step result.
    op.execute("ALTER TABLE sessions ADD COLUMN uid VARCHAR(36)")
    op.execute(f"UPDATE sessions SET uid = {UUID4_SQL} WHERE uid IS NULL")
    op.create_index("ix_sessions_uid", "sessions", ["uid"], unique=True)
    # Rows written without a uid (older code, bulk SQL) still get one.
    op.execute(
        "CREATE TRIGGER trg_sessions_uid AFTER INSERT ON sessions WHEN NEW.uid IS NULL "
        f"BEGIN UPDATE sessions SET uid = {UUID4_SQL} WHERE id = NEW.id; END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS trg_sessions_uid")
    op.drop_index("ix_sessions_uid", table_name="sessions")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("uid")
