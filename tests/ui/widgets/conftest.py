"""Fixtures for the plan widgets (a database, a clock the test moves, a plan service) and
a stand-in catalogue (``bracketed``)."""

from tests.ui.bracketed_catalogue import bracketed  # noqa: F401
from tests.ui.plan_fixtures import clock, database, service  # noqa: F401
