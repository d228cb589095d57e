"""Session history: sessions and their step results.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("routine_name", sa.String(80), nullable=False),
        sa.Column("routine_snapshot", sa.Text(), nullable=False),
        sa.Column("planned_work_steps", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("planned_seconds", sa.Float(), nullable=False, server_default="0"),
        sa.Column("started_at", sa.BigInteger(), nullable=False),
        sa.Column("ended_at", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("effort", sa.Integer(), nullable=True),
        sa.Column("pain", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("owner_pid", sa.Integer(), nullable=True),
        sa.Column("owner_token", sa.String(40), nullable=True),
        sa.Column("deleted_at", sa.BigInteger(), nullable=True),
        sa.CheckConstraint("effort IS NULL OR effort BETWEEN 0 AND 10", name="ck_sessions_effort"),
        sa.CheckConstraint("pain IS NULL OR pain BETWEEN 0 AND 10", name="ck_sessions_pain"),
    )
    op.create_index("ix_sessions_started_at", "sessions", ["started_at"])
    op.create_index("ix_sessions_routine_started", "sessions", ["routine_name", "started_at"])
    op.create_index("ix_sessions_status", "sessions", ["status"])
    op.create_table(
        "step_results",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("plan_index", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("exercise", sa.String(80), nullable=True),
        sa.Column("side", sa.String(8), nullable=True),
        sa.Column("set_number", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("set_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("planned_seconds", sa.Float(), nullable=False),
        sa.Column("actual_seconds", sa.Float(), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("started_at", sa.BigInteger(), nullable=False),
        sa.Column("ended_at", sa.BigInteger(), nullable=False),
        sa.UniqueConstraint("session_id", "position", name="uq_step_results_session_position"),
    )
    op.create_index("ix_step_results_kind_started", "step_results", ["kind", "started_at"])


def downgrade() -> None:
    op.drop_index("ix_step_results_kind_started", table_name="step_results")
    op.drop_table("step_results")
    op.drop_index("ix_sessions_status", table_name="sessions")
    op.drop_index("ix_sessions_routine_started", table_name="sessions")
    op.drop_index("ix_sessions_started_at", table_name="sessions")
    op.drop_table("sessions")
