"""Calendars for the working-day tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from holiday_files import FIXTURES, SHARED_HOLIDAYS, read_national_days, source_from


@pytest.fixture
def fixture_source():
    return source_from(read_national_days(FIXTURES / "skb_2026_maret_april.json"))


@pytest.fixture
def shared_holidays() -> Path:
    if not SHARED_HOLIDAYS.is_dir():
        pytest.skip(f"real holiday files not found at {SHARED_HOLIDAYS} (../shared/data is absent)")
    return SHARED_HOLIDAYS
