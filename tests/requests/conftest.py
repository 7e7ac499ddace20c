"""Fixtures of the information-request tests: units, staff of every kind, applicants."""

from __future__ import annotations

import pytest
from filing_cast import Cast, build_cast


@pytest.fixture
def cast(clean_db, clean_index, clean_redis) -> Cast:
    return build_cast()
