"""The plan: planned routines, rest days and dismissed progression suggestions.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("routine_name", sa.String(80), nullable=False),
        sa.Column("routine_key", sa.String(80), nullable=False, unique=True),
        sa.Column("frequency", sa.String(16), nullable=False),
        sa.Column("per_week", sa.Integer(), nullable=True),
        sa.Column("weekdays", sa.String(16), nullable=False, server_default=""),
        sa.Column("remind_at", sa.String(5), nullable=True),
        sa.Column("since", sa.String(10), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "frequency IN ('daily', 'per-week', 'weekdays')", name="ck_plan_entries_frequency"
        ),
        sa.CheckConstraint(
            "per_week IS NULL OR per_week BETWEEN 1 AND 7", name="ck_plan_entries_per_week"
        ),
    )
    op.create_table(
        "rest_days",
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("kind IN ('rest', 'sick', 'flare-up')", name="ck_rest_days_kind"),
    )
    op.create_table(
        "dismissed_suggestions",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("dismissed_at", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("dismissed_suggestions")
    op.drop_table("rest_days")
    op.drop_table("plan_entries")
