from __future__ import annotations

import datetime as dt
import zoneinfo

from ckanext.ppid.law import units


def test_unit_types_and_roles():
    assert [u.code for u in units.UNIT_TYPES] == ["ppid_utama", "opd", "kecamatan", "kelurahan", "upt"]
    assert [r.code for r in units.ROLES] == [
        "pembina",
        "atasan_ppid",
        "tim_pertimbangan",
        "ppid_utama",
        "ppid_pelaksana",
        "petugas_layanan",
        "petugas_pdp",
    ]


def test_time_zones_match_their_offsets_all_year():
    assert [(z.code, z.tz) for z in units.TIME_ZONES] == [
        ("WIB", "Asia/Jakarta"),
        ("WITA", "Asia/Makassar"),
        ("WIT", "Asia/Jayapura"),
    ]
    for zone in units.TIME_ZONES:
        hours = int(zone.utc_offset[1:3])
        for month in (1, 7):  # no daylight saving
            offset = dt.datetime(2026, month, 1, tzinfo=zoneinfo.ZoneInfo(zone.tz)).utcoffset()
            assert offset == dt.timedelta(hours=hours)
