"""HistoryRepository: lists, detail, charts data, calendar, edits; plain dataclasses out."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from glute_timer.storage.database import Database
from glute_timer.storage.history_repository import HistoryRepository, Streaks
from tests.storage.history_helpers import T0, add_session, small_plan

TOKYO = timezone(timedelta(hours=9))


@pytest.fixture
def repository(database: Database) -> HistoryRepository:
    return HistoryRepository(database, local_zone=UTC, now=lambda: T0 + timedelta(days=10))


def test_sessions_newest_first_paged_and_filtered(
    database: Database, repository: HistoryRepository
) -> None:
    ids = [
        add_session(database, started_at=T0 + timedelta(days=d), routine="AB"[d % 2])
        for d in range(5)
    ]
    page = repository.list_sessions(offset=0, limit=2)
    assert [s.id for s in page] == [ids[4], ids[3]]
    assert [s.id for s in repository.list_sessions(offset=4, limit=2)] == [ids[0]]
    assert [s.id for s in repository.list_sessions(routine="B")] == [ids[3], ids[1]]
    assert repository.count_sessions() == 5
    assert repository.count_sessions("A") == 3
    assert repository.routine_names() == ["A", "B"]
    # Plain dataclasses, not ORM objects.
    assert dataclasses.is_dataclass(page[0])


def test_summary_figures(database: Database, repository: HistoryRepository) -> None:
    _, plan = small_plan()
    done = [s for s in plan.steps[:4]]  # prepare, hold L, switch, hold R
    sid = add_session(database, steps=done, status="stopped")
    [summary] = repository.list_sessions()
    assert summary.id == sid
    assert summary.work_planned == 4
    assert summary.work_done == 2
    assert summary.completion == 0.5
    assert summary.active_seconds == sum(s.seconds for s in done)
    assert summary.skipped == 0


def test_detail_has_planned_against_actual_skips_and_the_unreached_steps(
    database: Database, repository: HistoryRepository
) -> None:
    _, plan = small_plan()
    sid = add_session(database, steps=list(plan.steps[:3]), outcome="skipped", status="stopped")
    detail = repository.session_detail(sid)
    assert detail is not None
    assert [s.plan_index for s in detail.steps] == [0, 1, 2]
    assert {s.outcome for s in detail.steps} == {"skipped"}
    assert detail.summary.skipped == 3
    assert [p.plan_index for p in detail.not_reached] == [3, 4, 5, 6, 7]
    assert detail.not_reached[0].kind == "hold"
    assert repository.session_detail(9999) is None


def test_weekly_hold_seconds_per_side(database: Database, repository: HistoryRepository) -> None:
    # T0 is a Monday; a session each on Monday and Sunday of week 1, one in week 3.
    for offset in (0, 6, 14):
        add_session(database, started_at=T0 + timedelta(days=offset))
    weeks = repository.weekly_side_totals()
    assert [w.week_start for w in weeks] == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    # Each session holds 30 s left and 20 s right, twice (two sets).
    assert (weeks[0].left_seconds, weeks[0].right_seconds) == (120.0, 80.0)
    assert (weeks[1].left_seconds, weeks[1].right_seconds) == (0.0, 0.0)
    assert (weeks[2].left_seconds, weeks[2].right_seconds) == (60.0, 40.0)
    later = repository.weekly_side_totals(since=date(2026, 3, 10))
    assert later[-1].left_seconds == 60.0 and later[0].week_start == date(2026, 3, 9)


def test_weeks_and_days_follow_local_time(database: Database) -> None:
    # 20:00 UTC on Sunday is already Monday morning in Tokyo.
    sunday_evening = datetime(2026, 3, 8, 20, 0, tzinfo=UTC)
    add_session(database, started_at=sunday_evening)
    utc_repo = HistoryRepository(database, local_zone=UTC)
    tokyo_repo = HistoryRepository(database, local_zone=TOKYO)
    assert utc_repo.weekly_side_totals()[0].week_start == date(2026, 3, 2)
    assert tokyo_repo.weekly_side_totals()[0].week_start == date(2026, 3, 9)
    assert tokyo_repo.day_counts(date(2026, 3, 1), date(2026, 3, 31)) == {date(2026, 3, 9): 1}


def test_rating_series_and_set_rating(database: Database, repository: HistoryRepository) -> None:
    a = add_session(database, started_at=T0, effort=5, pain=2)
    b = add_session(database, started_at=T0 + timedelta(days=1))
    assert [(p.session_id, p.effort, p.pain) for p in repository.rating_series()] == [(a, 5, 2)]
    assert repository.set_rating(b, 7, None, "  fine ")
    series = repository.rating_series()
    assert [(p.session_id, p.effort, p.pain) for p in series] == [(a, 5, 2), (b, 7, None)]
    assert repository.list_sessions()[0].notes == "fine"
    with pytest.raises(ValueError, match="effort"):
        repository.set_rating(b, 11, 0, "")
    assert not repository.set_rating(9999, 1, 1, "")


def test_day_counts_and_streaks(database: Database) -> None:
    for offset in (0, 1, 2, 5, 6, 6):
        add_session(database, started_at=T0 + timedelta(days=offset))
    repository = HistoryRepository(database, local_zone=UTC)
    counts = repository.day_counts(date(2026, 3, 1), date(2026, 3, 31))
    assert counts == {
        date(2026, 3, 2): 1,
        date(2026, 3, 3): 1,
        date(2026, 3, 4): 1,
        date(2026, 3, 7): 1,
        date(2026, 3, 8): 2,
    }
    assert repository.streaks(today=date(2026, 3, 8)) == Streaks(2, 3, 5)
    assert repository.streaks(today=date(2026, 3, 9)) == Streaks(2, 3, 5)  # today not yet done
    assert repository.streaks(today=date(2026, 3, 10)) == Streaks(0, 3, 5)


def test_delete_hides_and_restore_brings_back(
    database: Database, repository: HistoryRepository
) -> None:
    sid = add_session(database)
    assert repository.delete_session(sid)
    assert not repository.delete_session(sid)
    assert repository.count_sessions() == 0
    assert repository.session_detail(sid) is None
    assert repository.weekly_side_totals() == []
    assert repository.restore_session(sid)
    assert not repository.restore_session(sid)
    detail = repository.session_detail(sid)
    assert detail is not None and len(detail.steps) == 8
    repository.delete_session(sid)
    assert repository.purge_deleted() == 1
    assert not repository.restore_session(sid)


def test_export_from_the_repository(
    database: Database, repository: HistoryRepository, tmp_path: Path
) -> None:
    add_session(database, routine="A")
    add_session(database, routine="B")
    target = tmp_path / "out.json"
    assert repository.export(target, "json", routine="B") == 1
    assert '"routine": "B"' in target.read_text()
    assert repository.export(tmp_path / "out.csv", "csv") == 2
    with pytest.raises(ValueError, match="format"):
        repository.export(tmp_path / "x", "xml")


def test_no_unreached_steps_are_guessed_when_the_plan_does_not_match(
    database: Database, repository: HistoryRepository
) -> None:
    _, plan = small_plan()
    # Recorded steps that do not follow the snapshot's plan (hold where it has prepare).
    sid = add_session(database, steps=[plan.steps[1], plan.steps[3]], status="stopped")
    with database.session() as session, session.begin():
        from sqlalchemy import update

        from glute_timer.storage.models import StepResultRow

        session.execute(update(StepResultRow).values(plan_index=0))
    detail = repository.session_detail(sid)
    assert detail is not None
    assert len(detail.steps) == 2
    assert detail.not_reached == ()
