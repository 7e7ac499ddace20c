"""Fixtures of the person's own page: the requests tests' cast of units, staff and applicants."""

from __future__ import annotations

import pytest
from filing_cast import Cast, build_cast


@pytest.fixture
def cast(clean_db, clean_index, clean_redis) -> Cast:
    return build_cast()
