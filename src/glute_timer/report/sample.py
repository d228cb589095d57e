"""A realistic synthetic history in the ``history --json`` form, for screenshots and benchmarks.

Eight weeks (or any number of days) of a person with a weaker right side that catches up:
most days one wall-push session, some days clamshell reps too, effort and pain easing, a few
skipped or shortened holds, an accidental start and some notes.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

_NOTES = (
    "Right hip tight at the start.",
    "Felt easier today; held the last right set fully.",
    "Stopped early: knee complained on the right.",
    "Good session, no pain afterwards.",
    "Did it after a walk, more tired than usual.",
)


def _instant(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _step(
    kind: str,
    exercise: str | None,
    side: str | None,
    number: int,
    planned: float,
    actual: float,
    outcome: str = "completed",
) -> dict[str, Any]:
    return {
        "kind": kind,
        "exercise": exercise,
        "side": side,
        "set": number,
        "planned_seconds": planned,
        "actual_seconds": round(actual, 3),
        "outcome": outcome,
    }


def sample_history(
    days: int = 56, end: datetime | None = None, seed: int = 17
) -> list[dict[str, Any]]:
    """Sessions newest first, as ``history --json`` writes them."""
    rng = random.Random(seed)
    last = end or datetime(2026, 4, 26, 18, 0, tzinfo=UTC)
    first = last - timedelta(days=days - 1)
    sessions: list[dict[str, Any]] = []
    for day in range(days):
        progress = day / max(1, days - 1)
        base = first.replace(hour=7) + timedelta(days=day, minutes=rng.randint(0, 660))
        if rng.random() < 0.22:
            continue
        plans = [("Wall push", base)]
        if day % 3 == 0:
            plans.append(("Clamshell reps", base + timedelta(hours=rng.randint(3, 6))))
        for routine, began in plans:
            steps = [_step("prepare", None, None, 0, 5, 5)]
            if routine == "Wall push":
                for number in (1, 2, 3):
                    for side in ("left", "right"):
                        planned = 30.0
                        actual = planned - rng.uniform(0.1, 0.4)
                        outcome = "completed"
                        # The weak right side gives up early less and less often.
                        if side == "right" and rng.random() < 0.55 - 0.5 * progress:
                            actual = rng.uniform(12, 26) + 4 * progress
                            outcome = "skipped"
                        elif rng.random() < 0.02:
                            outcome, actual = "skipped", rng.uniform(0, 4)
                        steps.append(
                            _step("hold", "Wall push", side, number, planned, actual, outcome)
                        )
                        steps.append(_step("switch", "Wall push", side, number, 5, 5))
                steps.pop()
            else:
                for number in (1, 2):
                    for side in ("left", "right"):
                        outcome = "completed" if rng.random() > 0.06 else "skipped"
                        steps.append(
                            _step(
                                "reps",
                                "Clamshell",
                                side,
                                number,
                                36,
                                rng.uniform(30, 45) if outcome == "completed" else 2,
                                outcome,
                            )
                        )
                        steps.append(_step("rest", None, None, number, 15, 15))
                steps.pop()
            stopped = rng.random() < 0.05
            if stopped:
                del steps[len(steps) // 2 :]
                steps[-1]["outcome"] = "stopped"
                steps[-1]["actual_seconds"] = round(steps[-1]["actual_seconds"] / 2, 3)
            moment = began
            total = sum(s["actual_seconds"] for s in steps)
            rated = rng.random() < 0.85
            sessions.append(
                {
                    "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "routine": routine,
                    "started_at": _instant(moment),
                    "ended_at": _instant(moment + timedelta(seconds=total)),
                    "status": "stopped" if stopped else "completed",
                    "effort": max(0, min(10, round(6.5 - 2.5 * progress + rng.uniform(-1, 1))))
                    if rated
                    else None,
                    "pain": max(0, min(10, round(5 - 3.5 * progress + rng.uniform(-1, 1))))
                    if rated
                    else None,
                    "notes": rng.choice(_NOTES) if rng.random() < 0.12 else "",
                    "steps": steps,
                }
            )
    accidental = first + timedelta(days=days // 2, hours=9)
    sessions.append(
        {
            "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "routine": "Wall push",
            "started_at": _instant(accidental),
            "ended_at": _instant(accidental + timedelta(seconds=2)),
            "status": "stopped",
            "effort": None,
            "pain": None,
            "notes": "",
            "steps": [_step("prepare", None, None, 0, 5, 2, "stopped")],
        }
    )
    sessions.sort(key=lambda s: s["started_at"], reverse=True)
    for number, session in enumerate(reversed(sessions), start=1):
        session["id"] = number
    return [{"id": s.pop("id"), **s} for s in sessions]
