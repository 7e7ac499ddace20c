"""Filing a request: the applicant on the web, staff at the desk; the number, the clock, the history, and
nothing kept when the form is wrong or the filing fails half-way."""

from __future__ import annotations

import ckan.plugins.toolkit as tk
import pytest
import sqlalchemy as sa
from ckan import model
from ckan.exceptions import CkanConfigurationException
from ckan.tests import helpers
from filing_cast import NIK, as_user, desk_form, file_on_web, web_form

from ckanext.ppid.requests.core import registration_number
from ckanext.ppid.requests.filing import store
from ckanext.ppid.requests.model.information_request import InformationRequest, RequestApplicant
from ckanext.ppid.requests.plugin import PpidRequestsPlugin
from ckanext.ppid.shell import settings

pytestmark = pytest.mark.usefixtures("with_plugins")


def _count(table) -> int:
    return model.Session.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def test_an_applicant_files_on_the_web_and_gets_a_number_and_a_due_date(cast):
    case = file_on_web(cast)

    parsed = registration_number.parse(settings.request_number_format(), case["registration_number"])
    assert (parsed.seq, parsed.unit) == (1, "D1")
    assert case["status"] == "diterima"
    assert case["channel"] == "web"
    assert case["unit"]["name"] == "dinkes"
    assert case["copy_format"] == "softcopy"
    notice = case["clock"][0]
    assert notice["key"] == "pemberitahuan_tertulis"
    assert notice["legal_basis"] == "UU 14/2008 Ps 22(7)"
    assert notice["working_days"] == 10
    assert case["next_due"] == notice["due"] == case["due_dates"]["pemberitahuan_tertulis"]
    assert [event["transition"] for event in case["timeline"]] == ["ajukan_permohonan"]
    assert case["timeline"][0]["actor"] == "warga"
    assert case["timeline"][0]["due_date_changes"] == [
        {"key": "pemberitahuan_tertulis", "old": None, "new": notice["due"], "label": notice["label"]}
    ]
    assert case["applicant"]["nik"] == NIK
    assert case["applicant"]["user"] == "warga"
    assert case["applicant"]["has_identity_document"] is True

    second = file_on_web(cast, information="Anggaran Dinas Kesehatan 2026")
    assert registration_number.parse(settings.request_number_format(), second["registration_number"]).seq == 2


def test_staff_record_a_letter_received_on_a_saturday(cast):
    case = helpers.call_action(
        "ppid_request_create",
        as_user(cast.unit_officer),
        **desk_form(
            received_at="2026-06-13 10:00",
            applicant_type="badan_hukum",
            nik=None,
            legal_entity_decree="AHU-0012345.AH.01.04.2020",
        ),
    )

    assert case["channel"] == "surat"
    assert case["received_day"] == "2026-06-15"
    assert "next working day" in case["received_reason"] or "hari kerja berikutnya" in case["received_reason"]
    # Ten working days from Monday 15 June skip Tahun Baru Islam on 16 June.
    notice = case["clock"][0]
    assert notice["due"] == "2026-06-30"
    assert any(step["off"] and step["off"]["name"] == "Tahun Baru Islam" for step in notice["steps"])
    assert case["registration_number"].endswith("/PPID-D1/VI/2026")
    assert case["applicant"]["user"] is None
    assert case["timeline"][0]["actor_role"] == "petugas_layanan"


STAFF_ROLES = [("unit_admin", "ppid_pelaksana"), ("utama_admin", "ppid_utama"), ("sysadmin", "ppid_utama")]


@pytest.mark.parametrize(("who", "role"), STAFF_ROLES)
def test_every_kind_of_staff_records_in_their_role(cast, who, role):
    case = helpers.call_action("ppid_request_create", as_user(cast.person(who)), **desk_form(channel="lisan"))
    assert case["timeline"][0]["actor_role"] == role


@pytest.mark.parametrize("who", ["other_unit_editor", "unit_head", "applicant", "atasan"])
def test_only_the_units_staff_record_requests_for_it(cast, who):
    with pytest.raises(tk.NotAuthorized):
        helpers.call_action("ppid_request_create", as_user(cast.person(who)), **desk_form())
    assert _count(InformationRequest.__table__) == 0


def test_anonymous_visitors_cannot_file(app, cast):
    response = app.post("/api/3/action/ppid_request_create", json={"unit": "dinkes"}, status=403)
    assert response.json["success"] is False


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"nik": "1234567890123456"}, {"nik"}),
        ({"nik": None}, {"nik"}),
        ({"applicant_type": "badan_hukum", "nik": None}, {"legal_entity_decree"}),
        ({"phone": None, "email": None}, {"phone"}),
        ({"email": "bukan-alamat"}, {"email"}),
        ({"way_to_obtain": "fotokopi", "delivery_method": None}, {"way_to_obtain", "delivery_method"}),
        ({"unit": "tidak-ada", "information": "  "}, {"unit", "information"}),
        ({"identity_document": None}, {"identity_document"}),
        ({"information": "x" * 5001}, {"information"}),
    ],
)
def test_a_wrong_form_is_refused_field_by_field_and_nothing_is_kept(cast, changes, fields):
    with pytest.raises(tk.ValidationError) as refused:
        file_on_web(cast, **changes)

    assert set(refused.value.error_dict) == fields
    assert all(message for messages in refused.value.error_dict.values() for message in messages)
    assert _count(InformationRequest.__table__) == 0
    assert _count(RequestApplicant.__table__) == 0
    # The number was not used up.
    case = file_on_web(cast)
    assert registration_number.parse(settings.request_number_format(), case["registration_number"]).seq == 1


def test_errors_are_in_indonesian_through_the_api(app, cast):
    response = app.post(
        "/api/3/action/ppid_request_create",
        data={**web_form(identity_document=None), "nik": "123"},
        headers=cast.token("applicant"),
        status=409,
    )
    assert set(response.json["error"]) >= {"nik", "identity_document"}


def test_staff_cannot_date_a_request_in_the_future(cast):
    with pytest.raises(tk.ValidationError) as refused:
        helpers.call_action(
            "ppid_request_create", as_user(cast.unit_officer), **desk_form(received_at="2099-01-01 10:00")
        )
    assert set(refused.value.error_dict) == {"received_at"}


def test_a_filing_failing_half_way_keeps_nothing_and_gives_its_number_back(cast, monkeypatch):
    def broken(changes):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "due_date_changes", broken)
    with pytest.raises(RuntimeError):
        file_on_web(cast)
    monkeypatch.undo()

    assert _count(InformationRequest.__table__) == 0
    assert _count(RequestApplicant.__table__) == 0
    case = file_on_web(cast)
    assert registration_number.parse(settings.request_number_format(), case["registration_number"]).seq == 1


@pytest.mark.ckan_config("ckanext.ppid.requests.number_format", "{unit}/{yyyymmdd}/{seq:03d}")
def test_the_number_follows_the_configured_format(cast):
    case = helpers.call_action(
        "ppid_request_create", as_user(cast.unit_officer), **desk_form(received_at="2026-06-12 10:00")
    )
    assert case["registration_number"] == "D1/20260612/001"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("ckanext.ppid.requests.number_format", "{unit}{seq}"),
        ("ckanext.ppid.requests.number_format", "PPID/{year}"),
        ("ckanext.ppid.requests.receipt_secret", "pendek"),
    ],
)
def test_a_setting_that_cannot_work_stops_start_up(ckan_config, monkeypatch, key, value):
    monkeypatch.setitem(ckan_config, key, value)
    with pytest.raises(CkanConfigurationException, match=key):
        PpidRequestsPlugin().configure(ckan_config)
