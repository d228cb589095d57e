"""The reps reached in a paced reps step (``step_results.reps_done``; NULL: not counted).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision: str | None = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, like 0003's: old rows (no tempo, nothing counted) keep NULL.
    op.execute("ALTER TABLE step_results ADD COLUMN reps_done INTEGER")


def downgrade() -> None:
    with op.batch_alter_table("step_results") as batch:
        batch.drop_column("reps_done")
