"""The public request register (docs/personal-data.md): every request with what the domain allows, and tests
that look for the applicant's personal data in the API, the page and the CSV and must not find it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from ckan import model
from ckan.plugins import toolkit as tk
from ckan.tests import helpers
from filing_cast import NIK, file_on_web
from queue_case_builder import record, send_notice, take, user

from ckanext.ppid.requests.lists import views as list_views

pytestmark = pytest.mark.usefixtures("with_plugins")

OWN_DATA_IN_TEXT = (
    "Saya Siti Rahmawati, NIK 3201014501900001, minta daftar puskesmas dan jumlah tenaga kesehatan; "
    "hubungi 0812-3456-7890 atau siti@warga.example, alamat Jl. Melati No. 7"
)
# What must never reach the public: names (whole and in part), NIK, contact, address, purpose, documents.
PERSONAL = (
    "Siti",
    "Rahmawati",
    "Budi",
    "Santoso",
    NIK,
    "0812",
    "3456-7890",
    "siti@warga.example",
    "Melati",
    "Penelitian skripsi",
    "ktp",
    "Rahasia Keluarga",
)


@pytest.fixture
def register(cast) -> dict[str, str]:
    """Registration numbers of requests in several states, by what they show."""
    officer, atasan = user(cast, "unit_officer"), user(cast, "atasan")
    built = {
        "refused": record(cast, "2026-09-01", information="Rekam medis pasien Budi Santoso di RSUD"),
        "withdrawn": record(cast, "2026-09-02", information="Data Rahasia Keluarga Santoso"),
        "anonymised": record(cast, "2026-09-03", information="Surat Budi Santoso tentang bantuan sosial"),
        "dishub_open": record(cast, "2026-09-04", unit="dishub", information="Jadwal uji KIR kendaraan"),
        "last_year": record(cast, "2025-10-06", information="Anggaran dinas 2025"),
    }
    # Refused on 8 September, five working days after 1 September; objected, then taken to the KI.
    send_notice(cast, built["refused"], "2026-09-08", "ditolak_dikecualikan", "17.h.2")
    objection = take(
        built["refused"],
        "ajukan_keberatan",
        officer,
        "petugas_layanan",
        "2026-09-10",
        grounds=["a_penolakan_ps17"],
    )
    take(
        objection,
        "tanggapi",
        atasan,
        "atasan_ppid",
        "2026-09-17",
        decision="menguatkan",
        reasons="Pasal 17 h",
    )
    take(objection, "ajukan_sengketa", officer, "petugas_layanan", "2026-09-21", forum="ki_provinsi")
    take(built["withdrawn"], "batalkan", officer, "petugas_layanan", "2026-09-03", reasons="Surat pemohon")
    # The retention command removes the applicant's data and records when.
    anonymised = built["anonymised"]
    anonymised.anonymised_at = dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc)
    model.Session.commit()
    numbers = {role: case.registration_number for role, case in built.items()}
    numbers["own_data"] = file_on_web(cast, information=OWN_DATA_IN_TEXT)["registration_number"]
    return numbers


def _register(**filters) -> dict:
    return helpers.call_action("ppid_request_register_list", {"user": "", "ignore_auth": False}, **filters)


def _by_number(found: dict) -> dict[str, dict]:
    return {entry["registration_number"]: entry for entry in found["results"]}


def test_anyone_reads_every_request_newest_first(register):
    found = _register()

    assert found["count"] == 6
    received = [entry["received_date"] for entry in found["results"]]
    assert received == sorted(received, reverse=True)
    assert found["results"][0]["registration_number"] == register["own_data"]


def test_a_refusal_shows_its_ground_notice_date_working_days_and_what_followed(register):
    refused = _by_number(_register())[register["refused"]]

    assert (refused["status"], refused["outcome"]) == ("pemberitahuan_dikirim", "ditolak_dikecualikan")
    assert [ground["code"] for ground in refused["exemption_grounds"]] == ["17.h.2"]
    assert (refused["received_date"], refused["notice_date"], refused["working_days"]) == (
        "2026-09-01",
        "2026-09-08",
        5,
    )
    assert (refused["objection"], refused["dispute"]) == (True, True)
    assert (refused["applicant_type"], refused["channel"], refused["unit"]["title"]) == (
        "perorangan",
        "surat",
        "Dinas Kesehatan",
    )
    assert refused["subject"] == "Rekam medis pasien […] di RSUD"


def test_the_subject_loses_the_applicant_s_own_data_and_keeps_the_rest(register):
    own = _by_number(_register())[register["own_data"]]
    assert "daftar puskesmas dan jumlah tenaga kesehatan" in own["subject"]
    assert "[…]" in own["subject"]
    assert own["subject_withheld"] is None
    open_case = _by_number(_register())[register["dishub_open"]]
    assert open_case["subject"] == "Jadwal uji KIR kendaraan"
    assert (open_case["outcome"], open_case["notice_date"], open_case["working_days"]) == (None, None, None)


def test_withdrawn_and_anonymised_requests_keep_their_row_without_a_subject(register):
    entries = _by_number(_register())
    withdrawn, anonymised = entries[register["withdrawn"]], entries[register["anonymised"]]
    assert (withdrawn["subject"], withdrawn["subject_withheld"], withdrawn["outcome"]) == (
        "",
        "withdrawn",
        "dibatalkan_pemohon",
    )
    assert (anonymised["subject"], anonymised["subject_withheld"]) == ("", "anonymised")


def test_no_personal_data_in_the_api(register):
    shown = json.dumps(_register(limit=100))
    for personal in PERSONAL:
        assert personal.lower() not in shown.lower()


@pytest.mark.ckan_config("ckanext.ppid.requests.register_subject_chars", "0")
def test_a_body_may_show_no_subjects_at_all(register):
    assert {entry["subject"] for entry in _register()["results"]} == {""}


def test_filters_by_year_unit_outcome_status_and_number(register):
    assert _register(year=2025)["count"] == 1
    assert [e["registration_number"] for e in _register(unit="dishub")["results"]] == [
        register["dishub_open"]
    ]
    refused = _register(outcome="ditolak_dikecualikan")["results"]
    assert [e["registration_number"] for e in refused] == [register["refused"]]
    assert _register(status="selesai")["count"] == 1
    assert _register(q=register["anonymised"])["count"] == 1
    assert _register(limit=2, offset=2)["results"] == _register()["results"][2:4]


@pytest.mark.parametrize(
    ("filters", "field"),
    [({"year": "kemarin"}, "year"), ({"unit": "tidak-ada"}, "unit"), ({"outcome": "menang"}, "outcome")],
)
def test_a_bad_filter_is_refused_with_the_field_named(register, filters, field):
    with pytest.raises(tk.ValidationError) as refused:
        _register(**filters)
    assert field in refused.value.error_dict


def test_the_page_shows_the_register_to_anonymous_visitors_without_personal_data(app, register):
    page = app.get("/ppid/register-permohonan")

    assert page.status_code == 200
    for number in register.values():
        assert number in page.body
    assert "17.h.2" in page.body
    for personal in PERSONAL:
        assert personal.lower() not in page.body.lower()


def test_the_page_filters_and_answers_a_bad_filter_with_400(app, register):
    page = app.get("/ppid/register-permohonan?unit=dishub")
    assert register["dishub_open"] in page.body and register["refused"] not in page.body
    assert app.get("/ppid/register-permohonan?year=dua-ribu").status_code == 400


def _csv(app, query: str = "") -> list[list[str]]:
    response = app.get(f"/ppid/register-permohonan.csv{query}")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))


def test_the_csv_has_the_page_s_columns_for_every_request_and_no_personal_data(app, register):
    rows = _csv(app)

    header, entries = rows[0], rows[1:]
    assert len(header) == 13 and header[0] == "Nomor pendaftaran"
    assert sorted(entry[0] for entry in entries) == sorted(register.values())
    refused = next(entry for entry in entries if entry[0] == register["refused"])
    assert refused[1] == "2026-09-01" and refused[9] == "2026-09-08" and refused[10] == "5"
    assert "17.h.2" in refused[8]
    text = "\n".join(",".join(entry) for entry in rows).lower()
    for personal in PERSONAL:
        assert personal.lower() not in text


def test_the_csv_reads_the_register_a_page_at_a_time_newest_first(app, register, monkeypatch):
    monkeypatch.setattr(list_views, "CSV_PAGE_SIZE", 2)
    whole = [entry[0] for entry in _csv(app)[1:]]
    assert sorted(whole) == sorted(register.values())
    shown = tk.get_action("ppid_request_register_list")({"user": ""}, {"limit": 100})["results"]
    assert whole == [entry["registration_number"] for entry in shown]


def test_the_csv_follows_the_filters(app, register):
    rows = _csv(app, "?unit=dishub")
    assert [entry[0] for entry in rows[1:]] == [register["dishub_open"]]
    assert app.get("/ppid/register-permohonan.csv?outcome=menang").status_code == 400


def test_a_subject_that_looks_like_a_formula_is_defused_in_the_csv(app, cast):
    record(cast, "2026-09-07", information='=HYPERLINK("http://jahat.example","klik")')
    subject = _csv(app)[1][5]
    assert subject.startswith("'=HYPERLINK")
