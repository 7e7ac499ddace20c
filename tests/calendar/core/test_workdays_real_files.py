"""The holidays package against the real SKB 3 Menteri files (../shared/data/holidays), and overrides.

Skipped, with the reason, where that folder is absent.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from holiday_files import read_national_days, source_from

from ckanext.ppid.calendar.core.workdays import Calendar, Override, package_holidays


def _kinds(days):
    return {day: entry.kind for day, entry in days.items()}


@pytest.mark.parametrize("year", [2025, 2026])
def test_package_matches_the_skb(shared_holidays, year):
    skb = read_national_days(shared_holidays / f"holidays_id_{year}_skb_ahrulsyamil.json")
    assert _kinds(package_holidays(year)) == _kinds(skb)


def test_2024_file_lacks_only_the_election_days_declared_by_keppres(shared_holidays):
    listed = read_national_days(shared_holidays / "holidays_id_2024_kalenote.json")
    package = package_holidays(2024)
    assert _kinds(listed).items() <= _kinds(package).items()
    extra = {day: package[day].name for day in package.keys() - listed.keys()}
    assert extra == {
        dt.date(2024, 2, 14): "Hari Pemilihan Umum",
        dt.date(2024, 11, 27): "Hari Pemilihan Kepala Daerah",
    }


def test_a_revision_decree_entered_as_an_override(shared_holidays):
    """The 2025 SKB was revised to add cuti bersama on 18 August; an admin enters it with its decree."""
    data = json.loads((shared_holidays / "holidays_id_2025_skb_ahrulsyamil.json").read_text(encoding="utf-8"))
    revision = next(source for source in data["sources"] if source["type"] == "revision")
    added = dt.date(2025, 8, 18)
    original = {
        day: entry
        for day, entry in read_national_days(
            shared_holidays / "holidays_id_2025_skb_ahrulsyamil.json"
        ).items()
        if day != added
    }
    before = Calendar(national=source_from(original))
    assert before.is_working_day(added)

    decree = f"SKB {revision['number']}"
    after = Calendar(
        overrides=(Override(added, "holiday", "Cuti Bersama Hari Kemerdekaan", decree),),
        national=source_from(original),
    )
    off = after.non_working_reason(added)
    assert (off.kind, off.decree) == ("penetapan", "SKB 933 Tahun 2025, 1 Tahun 2025, 3 Tahun 2025")
    # With the override, every 2025 day is a working day exactly when the package says so.
    day = dt.date(2025, 1, 1)
    while day.year == 2025:
        assert after.is_working_day(day) == Calendar().is_working_day(day), day
        day += dt.timedelta(days=1)
    # A request received on Friday 15 August 2025 is due one working day later than before the revision.
    assert before.add_working_days(dt.date(2025, 8, 15), 10).due == dt.date(2025, 8, 29)
    assert after.add_working_days(dt.date(2025, 8, 15), 10).due == dt.date(2025, 9, 1)
