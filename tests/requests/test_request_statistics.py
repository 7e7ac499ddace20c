"""The annual service statistics (docs/law.md) from cases built through their transitions at backdated times:
counts by channel, unit and outcome, Pasal 17 grounds, working days to the notice, objections and disputes;
the public page with its year filter.

September 2026 has no holiday: from Tuesday 1 September, the 10th working day is the 15th.
"""

from __future__ import annotations

import json

import pytest
from ckan.plugins import toolkit as tk
from ckan.tests import helpers
from filing_cast import NIK
from queue_case_builder import record, send_notice, take, user

pytestmark = pytest.mark.usefixtures("with_plugins")


@pytest.fixture
def year_2026(cast) -> None:
    officer, admin, utama, atasan = (
        user(cast, who) for who in ("unit_officer", "unit_admin", "utama_admin", "atasan")
    )
    granted = record(cast, "2026-09-01", channel="langsung")
    refused = record(cast, "2026-09-01", channel="email")
    partly = record(cast, "2026-09-01", applicant_type="kelompok_orang")
    referred = record(cast, "2026-09-01", unit="dishub")
    withdrawn = record(cast, "2026-09-02")
    unanswered = record(
        cast,
        "2026-09-07",
        applicant_type="badan_hukum",
        nik=None,
        legal_entity_decree="AHU-0012345.AH.01.04.2020",
    )
    record(cast, "2025-10-06")  # another year

    send_notice(cast, granted, "2026-09-09", "dikabulkan_seluruhnya")  # 6 working days
    send_notice(cast, refused, "2026-09-15", "ditolak_dikecualikan", "17.h.2")  # 10: on the last day
    take(partly, "perpanjang", admin, "ppid_pelaksana", "2026-09-10", reasons="Dokumen di gudang arsip")
    send_notice(cast, partly, "2026-09-21", "dikabulkan_sebagian", "17.h.2", "17.a.2")  # 14: in the extension
    take(referred, "rujuk", utama, "ppid_utama", "2026-09-17", holder="Badan Pertanahan Nasional")  # 12: late
    take(withdrawn, "batalkan", officer, "petugas_layanan", "2026-09-03", reasons="Surat pemohon")

    on_refusal = take(
        refused, "ajukan_keberatan", officer, "petugas_layanan", "2026-09-16", grounds=["a_penolakan_ps17"]
    )
    take(
        on_refusal, "tanggapi", atasan, "atasan_ppid", "2026-09-22", decision="menguatkan", reasons="Ps 17 h"
    )
    dispute = take(
        on_refusal, "ajukan_sengketa", officer, "petugas_layanan", "2026-09-24", forum="ki_provinsi"
    )
    take(dispute, "mulai_ajudikasi", utama, "ppid_utama", "2026-10-05")
    take(dispute, "catat_putusan", utama, "ppid_utama", "2026-10-20", result="penolakan_dikuatkan")
    take(
        unanswered,
        "ajukan_keberatan",
        officer,
        "petugas_layanan",
        "2026-09-22",
        grounds=["c_tidak_ditanggapi"],
    )
    on_referral = take(
        referred, "ajukan_keberatan", officer, "petugas_layanan", "2026-09-18", grounds=["e_tidak_dipenuhi"]
    )
    take(on_referral, "cabut", officer, "petugas_layanan", "2026-09-25", reasons="Pemohon mencabut")


def _stats(**filters) -> dict:
    return helpers.call_action("ppid_request_statistics", {"user": "", "ignore_auth": False}, **filters)


def _counts(rows: list[dict]) -> dict[str, int]:
    return {row.get("code") or row["name"]: row["count"] for row in rows if row["count"]}


def test_requests_of_the_year_by_channel_type_unit_status_and_outcome(year_2026):
    requests = _stats(year=2026)["requests"]

    assert requests["total"] == 6
    assert _counts(requests["by_channel"]) == {"langsung": 1, "email": 1, "surat": 4}
    assert _counts(requests["by_applicant_type"]) == {"perorangan": 4, "kelompok_orang": 1, "badan_hukum": 1}
    assert _counts(requests["by_unit"]) == {"dinkes": 5, "dishub": 1}
    assert _counts(requests["by_outcome"]) == {
        "dikabulkan_seluruhnya": 1,
        "dikabulkan_sebagian": 1,
        "ditolak_dikecualikan": 1,
        "tidak_dikuasai": 1,
        "dibatalkan_pemohon": 1,
        "dalam_proses": 1,
    }
    assert _counts(requests["by_status"]) == {"pemberitahuan_dikirim": 4, "selesai": 1, "diterima": 1}
    # Every outcome of the law is listed, those with none too.
    assert {row["code"] for row in requests["by_outcome"]} >= {"belum_didokumentasikan", "sudah_diumumkan"}


def test_refusals_count_their_article_17_grounds(year_2026):
    assert _counts(_stats(year=2026)["requests"]["exemption_grounds"]) == {"17.h.2": 2, "17.a.2": 1}


def test_working_days_to_the_written_notice_and_how_many_came_in_time(year_2026):
    stats = _stats(year=2026)
    timing = stats["timing"]

    assert (timing["answered"], timing["average_working_days"], timing["max_working_days"]) == (4, 10.5, 14)
    assert timing["within_deadline"] == {"count": 2, "share": 0.5}
    assert timing["within_extension"] == {"count": 1, "share": 0.25}
    assert timing["late"] == {"count": 1, "share": 0.25}
    assert (stats["requests"]["extended"], stats["requests"]["overdue_open"]) == (1, 1)


def test_objections_by_ground_and_decision_and_disputes_by_stage_and_result(year_2026):
    stats = _stats(year=2026)
    objections, disputes = stats["objections"], stats["disputes"]

    assert objections["total"] == 3
    assert _counts(objections["by_ground"]) == {
        "a_penolakan_ps17": 1,
        "c_tidak_ditanggapi": 1,
        "e_tidak_dipenuhi": 1,
    }
    assert _counts(objections["by_decision"]) == {"menguatkan": 1, "dicabut": 1, "belum_diputus": 1}
    assert disputes["total"] == 1
    assert _counts(disputes["by_stage"]) == {"putusan": 1}
    assert _counts(disputes["by_result"]) == {"penolakan_dikuatkan": 1}
    assert disputes["to_court"] == 0


def test_another_year_and_one_unit(year_2026):
    earlier = _stats(year=2025)
    assert earlier["requests"]["total"] == 1
    assert (earlier["objections"]["total"], earlier["disputes"]["total"], earlier["timing"]["answered"]) == (
        0,
        0,
        0,
    )
    assert earlier["timing"]["average_working_days"] is None
    dishub = _stats(year=2026, unit="dishub")
    assert (
        dishub["requests"]["total"],
        dishub["timing"]["late"]["count"],
        dishub["objections"]["total"],
    ) == (1, 1, 1)
    assert dishub["unit"]["name"] == "dishub"
    assert _stats()["years"] == [2026, 2025]


@pytest.mark.parametrize(("filters", "field"), [({"year": "1899"}, "year"), ({"unit": "tidak-ada"}, "unit")])
def test_a_bad_filter_is_refused_with_the_field_named(cast, filters, field):
    with pytest.raises(tk.ValidationError) as refused:
        _stats(**filters)
    assert field in refused.value.error_dict


def test_the_statistics_carry_no_personal_data(year_2026):
    shown = json.dumps(_stats(year=2026))
    for personal in ("Budi", "Santoso", NIK, "Melati", "Penelitian", "AHU-0012345"):
        assert personal not in shown


def test_the_page_shows_the_year_s_figures_to_anyone(app, year_2026):
    page = app.get("/ppid/statistik-permohonan?year=2026")

    assert page.status_code == 200
    assert 'data-figure="total">6<' in page.body
    assert 'data-figure="average">10,5<' in page.body
    assert 'data-figure="within-deadline">2 (50,0%)<' in page.body
    assert "17.h.2" in page.body
    assert "Budi Santoso" not in page.body
    other = app.get("/ppid/statistik-permohonan?year=2025")
    assert 'data-figure="total">1<' in other.body


def test_the_page_answers_a_bad_year_with_400(app, cast):
    assert app.get("/ppid/statistik-permohonan?year=duaribu").status_code == 400
