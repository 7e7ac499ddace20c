"""Fixtures of the register's integration tests: PPID units, staff of every kind, register items."""

from __future__ import annotations

import pytest
from register_cast import Cast, build_cast


@pytest.fixture
def cast(clean_db, clean_index) -> Cast:
    return build_cast()
