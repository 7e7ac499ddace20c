"""Read national days from files in the SKB 3 Menteri layout (the real ones and the committed fixtures)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path

from ckanext.ppid.calendar.core.workdays import NationalDay

FIXTURES = Path(__file__).parent / "calendar" / "core" / "fixtures"
# Real files copied from public repositories, next to the project: the national holidays and cuti bersama of
# 2025 and 2026 with their SKB 3 Menteri decree numbers, and the 2024 dates without them (docs/testing.md,
# Real files from public bodies).
SHARED_HOLIDAYS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "holidays"
KINDS = {
    "national_holiday": "libur_nasional",
    "joint_leave": "cuti_bersama",
    "libur": "libur_nasional",
    "cuti": "cuti_bersama",
}


def read_national_days(path: Path) -> dict[dt.date, NationalDay]:
    """The days of an SKB-layout file (``{"holidays": [...]}``) or a plain list of ``{date, name, type}``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data["holidays"] if isinstance(data, dict) else data
    return {dt.date.fromisoformat(row["date"]): NationalDay(row["name"], KINDS[row["type"]]) for row in rows}


def source_from(days: Mapping[dt.date, NationalDay]):
    """A national source (year -> days) serving only ``days``."""

    def national(year: int) -> Mapping[dt.date, NationalDay]:
        return {day: entry for day, entry in days.items() if day.year == year}

    return national
