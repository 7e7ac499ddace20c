"""When exemptions end (PP 61/2010 Ps 11): flagged 30 working days before, opened at the end."""

from __future__ import annotations

import datetime as dt

import pytest

from ckanext.ppid.calendar.core.workdays import Calendar
from ckanext.ppid.register.core import expiry

D = dt.date
ITEM = {
    "name": "berkas-penyidikan",
    "kategori": "dikecualikan",
    "dasar_pengecualian": "17.a.1",
    "tanggal_penetapan": "2021-04-30",
    "tanggal_berakhir": "2026-04-30",
    "status_pengecualian": "berlaku",
}


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (D(2026, 3, 10), "berlaku"),
        (D(2026, 3, 11), "akan_berakhir"),
        (D(2026, 4, 29), "akan_berakhir"),
        (D(2026, 4, 30), "berakhir"),
        (D(2027, 1, 1), "berakhir"),
    ],
)
def test_status_through_the_period(today, status):
    state = expiry.exemption_status(ITEM, today, Calendar())
    assert state.status == status
    assert (state.ends_on, state.flag_from) == (D(2026, 4, 30), D(2026, 3, 11))


def test_the_flag_date_explains_the_days_it_skipped():
    state = expiry.exemption_status(ITEM, D(2026, 3, 1), Calendar())
    skipped = {off.day for off in state.flag_explained.skipped}
    # Counting back 30 working days crosses Good Friday, the Idul Fitri leave and Nyepi.
    assert {D(2026, 4, 3), D(2026, 3, 24), D(2026, 3, 19), D(2026, 3, 18)} <= skipped
    assert len(state.flag_explained.counted) == 30


def test_where_cuti_bersama_counts_the_flag_comes_later():
    state = expiry.exemption_status(ITEM, D(2026, 3, 12), Calendar(cuti_bersama_is_holiday=False))
    assert (state.flag_from, state.status) == (D(2026, 3, 17), "berlaku")


def test_a_period_in_years_ends_that_many_years_after_the_decree():
    item = {
        **ITEM,
        "tanggal_berakhir": "",
        "jangka_waktu_pengecualian": "5",
        "tanggal_penetapan": "2021-05-03",
    }
    assert expiry.exemption_status(item, D(2026, 5, 3), Calendar()).status == "berakhir"
    assert expiry.exemption_status(item, D(2026, 5, 3), Calendar()).ends_on == D(2026, 5, 3)


def test_as_long_as_needed_stays_in_force():
    item = {
        **ITEM,
        "dasar_pengecualian": "17.h.2",
        "tanggal_berakhir": "",
        "jangka_waktu_pengecualian": "selama_diperlukan",
    }
    state = expiry.exemption_status(item, D(2060, 1, 1), Calendar())
    assert (state.status, state.ends_on, state.flag_from, state.flag_explained) == (
        "berlaku",
        None,
        None,
        None,
    )


def test_consent_opens_17_h_at_once():
    item = {**ITEM, "dasar_pengecualian": "17.h.2", "persetujuan_tertulis": "Surat persetujuan 2 Mei 2025"}
    assert expiry.exemption_status(item, D(2025, 5, 2), Calendar()).status == "dibuka_persetujuan"


@pytest.mark.parametrize("final", ["dibuka_putusan", "dibuka_persetujuan", "berakhir"])
def test_opened_items_stay_opened(final):
    assert (
        expiry.exemption_status({**ITEM, "status_pengecualian": final}, D(2025, 1, 1), Calendar()).status
        == final
    )


def test_what_the_scheduled_command_changes():
    calendar = Calendar()
    ending = {**ITEM, "name": "ending"}
    flagged = {**ITEM, "name": "flagged", "status_pengecualian": "akan_berakhir"}
    ended = {**ITEM, "name": "ended", "tanggal_berakhir": "2026-03-31"}
    consented = {**ITEM, "name": "consented", "dasar_pengecualian": "17.h.1", "jabatan_publik": "true"}
    already_open = {
        **ITEM,
        "name": "already-open",
        "tanggal_berakhir": "2026-01-01",
        "status_pengecualian": "berakhir",
    }
    far = {**ITEM, "name": "far", "tanggal_berakhir": "2030-01-01"}
    public = {**ITEM, "name": "public", "kategori": "berkala"}
    items = [ending, flagged, ended, consented, already_open, far, public]
    today = D(2026, 4, 1)

    opening = expiry.due_for_opening(items, today, calendar)
    assert [(change.item["name"], change.state.status) for change in opening] == [
        ("ended", "berakhir"),
        ("consented", "dibuka_persetujuan"),
    ]
    assert [change.item["name"] for change in expiry.due_for_flagging(items, today, calendar)] == ["ending"]
