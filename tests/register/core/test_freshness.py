"""Periodic items are provided again at least every six months (UU 14/2008 Ps 9(3))."""

from __future__ import annotations

import datetime as dt

import pytest

from ckanext.ppid.register.core import freshness

D = dt.date


@pytest.mark.parametrize(
    ("periodisitas", "due"),
    [
        ("bulanan", D(2025, 2, 15)),
        ("triwulanan", D(2025, 4, 15)),
        ("semesteran", D(2025, 7, 15)),
        # A yearly report is still provided again within six months: the Act caps the unit's schedule.
        ("tahunan", D(2025, 7, 15)),
        ("", D(2025, 7, 15)),
        ("mingguan", D(2025, 7, 15)),
    ],
)
def test_next_update_due(periodisitas, due):
    item = {"kategori": "berkala", "periodisitas": periodisitas, "tanggal_pemutakhiran": "2025-01-15"}
    assert freshness.next_update_due(item) == due
    assert not freshness.is_out_of_date(item, due)
    assert freshness.is_out_of_date(item, due + dt.timedelta(days=1))


def test_month_ends_are_kept():
    item = {"periodisitas": "semesteran", "tanggal_pemutakhiran": "2025-08-31"}
    assert freshness.next_update_due(item) == D(2026, 2, 28)
    assert freshness.add_months(D(2023, 8, 31), 6) == D(2024, 2, 29)
    assert freshness.add_months(D(2025, 12, 1), 1) == D(2026, 1, 1)


def test_the_last_modified_date_stands_in_for_a_missing_or_unreadable_update_date():
    modified = dt.datetime(2025, 3, 1, 10, 30)
    for item in ({"periodisitas": "bulanan"}, {"periodisitas": "bulanan", "tanggal_pemutakhiran": "Maret"}):
        assert freshness.next_update_due(item, last_modified=modified) == D(2025, 4, 1)
        assert freshness.is_out_of_date(item, D(2025, 4, 2), last_modified=modified)
    # The item's own date wins over the caller's.
    dated = {"periodisitas": "bulanan", "tanggal_pemutakhiran": "2025-05-01T00:00:00"}
    assert freshness.next_update_due(dated, last_modified=modified) == D(2025, 6, 1)


def test_an_item_never_dated_is_out_of_date():
    assert freshness.is_out_of_date({"periodisitas": "bulanan"}, D(2025, 1, 1))
    with pytest.raises(ValueError):
        freshness.next_update_due({"periodisitas": "bulanan"})
