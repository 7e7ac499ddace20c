"""Fixtures of the budget page tests: the cast with its published budgets (DataStore tables are dropped by
the budget tests' own fixture, tests/budget/conftest.py)."""

from __future__ import annotations

import pytest
from budget_page_cast import Cast


@pytest.fixture
def cast(clean_db, clean_index) -> Cast:
    return Cast()


@pytest.fixture
def published(cast, job_worker) -> Cast:
    """Every OPD's budget files published and imported."""
    cast.publish_all()
    job_worker()
    return cast
