"""Fixtures for the plan widgets: a database, a clock the test moves, a plan service."""

from tests.ui.plan_fixtures import clock, database, service  # noqa: F401
