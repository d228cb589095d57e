"""The 0-10 rating scale, declared once."""

from __future__ import annotations

import pytest

from glute_timer.domain.rating import RATING_MAX, RATING_MIN, check_rating


def test_the_scale_runs_from_zero_to_ten() -> None:
    assert (RATING_MIN, RATING_MAX) == (0, 10)


@pytest.mark.parametrize("value", [None, RATING_MIN, RATING_MAX])
def test_values_on_the_scale_pass(value: int | None) -> None:
    check_rating("effort", value)


@pytest.mark.parametrize("value", [RATING_MIN - 1, RATING_MAX + 1])
def test_values_off_the_scale_name_the_field(value: int) -> None:
    with pytest.raises(ValueError, match=f"pain must be between 0 and 10, not {value}"):
        check_rating("pain", value)
