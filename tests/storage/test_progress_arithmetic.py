"""The progress page's arithmetic on synthetic weeks and scores with known answers."""

from __future__ import annotations

from datetime import date, timedelta

from glute_timer.storage.history_records import (
    WeeklySideTotal,
    score_trend,
    side_balance,
    spread_in_days,
    week_count,
)

MONDAY = date(2026, 3, 2)


def weeks(*pairs: tuple[float, float]) -> list[WeeklySideTotal]:
    return [
        WeeklySideTotal(MONDAY + timedelta(weeks=i), left, right, 0.0)
        for i, (left, right) in enumerate(pairs)
    ]


def test_balance_names_the_weaker_side_and_its_share() -> None:
    # right: 60 + 80 + 90 + 110 = 340 of left's 100 * 4 = 400 -> 85 %
    balance = side_balance(weeks((100, 60), (100, 80), (100, 90), (100, 110)))
    assert balance is not None
    assert (balance.weaker, balance.stronger, balance.percent, balance.weeks) == (
        "right",
        "left",
        85,
        4,
    )
    # first two weeks 140 / 200 = 70 %, last two 200 / 200 = 100 %: catching up
    assert (balance.early, balance.late) == (70, 100)
    assert balance.catching_up is True


def test_balance_when_left_is_weaker_and_falling_behind() -> None:
    balance = side_balance(weeks((90, 100), (50, 100)))
    assert balance is not None
    assert (balance.weaker, balance.percent, balance.early, balance.late) == ("left", 70, 90, 50)
    assert balance.catching_up is False


def test_balance_without_holds_or_with_one_side_only() -> None:
    assert side_balance([]) is None
    assert side_balance(weeks((0, 0))) is None
    only_left = side_balance(weeks((30, 0)))
    assert only_left is not None and (only_left.weaker, only_left.percent) == ("right", 0)
    assert only_left.early is None and only_left.catching_up is None


def test_score_trend_compares_older_and_newer_halves() -> None:
    trend = score_trend([6, None, 5, 4, 2])  # older 6, 5; newer 4, 2
    assert trend is not None
    assert (trend.early, trend.late, trend.change) == (5.5, 3.0, -2.5)
    assert score_trend([None, 3]) is None


def test_points_of_one_day_are_spread_not_stacked() -> None:
    day = date(1970, 1, 11)
    places = spread_in_days([date(1970, 1, 10), day, day, day])
    assert places == [9.5, 10.25, 10.5, 10.75]


def test_week_count_counts_from_monday_to_today() -> None:
    wednesday = MONDAY + timedelta(days=2)
    days = [MONDAY - timedelta(days=1), MONDAY, MONDAY, wednesday, wednesday + timedelta(days=1)]
    assert week_count(days, wednesday) == 3
