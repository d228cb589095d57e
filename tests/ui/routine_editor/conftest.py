"""Fixtures for the routine editor's tests."""

from __future__ import annotations

import pytest

from glute_timer.storage.database import Database
from glute_timer.storage.routine_repository import RoutineRepository


@pytest.fixture
def repository(database: Database) -> RoutineRepository:
    return RoutineRepository(database)
