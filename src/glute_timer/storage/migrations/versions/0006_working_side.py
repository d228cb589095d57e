"""Wall push sides name the working side: swap left and right in sessions stored before.

Until this revision a wall push step's side named the knee lifted against the wall; from it on,
the side whose gluteus medius works, the standing leg (docs/decisions.md, "Side means the
working side"). Every wall push step stored so far was recorded the old way, so its side is
swapped. A step is a wall push step when its session's routine snapshot draws that exercise
with the wall-push illustration; a session without a readable snapshot (an imported one has
none) goes by the built-in name, "Wall push". Downgrading swaps back every such step, since
the older code reads all of them the old way.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision: str | None = "0005"
branch_labels = None
depends_on = None

# Frozen here: a migration must not change when the app's library does.
WALL_PUSH_ILLUSTRATION = "wall-push"
WALL_PUSH_NAME = "Wall push"

_SWAP = sa.text(
    "UPDATE step_results SET side = CASE side WHEN 'left' THEN 'right' ELSE 'left' END "
    "WHERE session_id = :session_id AND exercise = :exercise AND side IN ('left', 'right')"
)


def wall_push_names(snapshot: str) -> set[str]:
    """The names of the exercises ``snapshot`` draws with the wall-push illustration.

    A snapshot that cannot be read as a routine (empty, damaged) gives the built-in name.
    """
    try:
        data = json.loads(snapshot)
        exercises = data["exercises"]
        return {
            str(exercise["name"])
            for exercise in exercises
            if isinstance(exercise, dict) and exercise.get("illustration") == WALL_PUSH_ILLUSTRATION
        }
    except (ValueError, TypeError, KeyError):
        return {WALL_PUSH_NAME}


def swap_wall_push_sides() -> None:
    """Swap left and right in every stored wall push step (the change is its own inverse)."""
    connection = op.get_bind()
    sessions = connection.execute(sa.text("SELECT id, routine_snapshot FROM sessions"))
    changes = [
        {"session_id": session_id, "exercise": name}
        for session_id, snapshot in sessions.fetchall()
        for name in sorted(wall_push_names(snapshot or ""))
    ]
    if changes:
        connection.execute(_SWAP, changes)


def upgrade() -> None:
    swap_wall_push_sides()


def downgrade() -> None:
    swap_wall_push_sides()
