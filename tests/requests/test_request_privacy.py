"""Who reads a request and its applicant's personal data, and that every such read is in the audit log."""

from __future__ import annotations

import ckan.plugins.toolkit as tk
import pytest
import sqlalchemy as sa
from ckan import model
from ckan.tests import helpers
from filing_cast import NIK, as_user, desk_form, file_on_web

from ckanext.ppid.audit.model import audit_event
from ckanext.ppid.requests.model.information_request import InformationRequest

pytestmark = pytest.mark.usefixtures("with_plugins")

HANDLING = ["applicant", "unit_admin", "unit_officer", "utama_admin", "sysadmin"]
REVIEWING = ["atasan", "assessor"]
REFUSED = ["other_applicant", "other_unit_editor", "unit_head"]


def _reads(case_id: str) -> list[dict]:
    query = (
        sa.select(audit_event)
        .where(audit_event.c.object_id == case_id, audit_event.c.action == "request.personal_data.read")
        .order_by(audit_event.c.id)
    )
    with model.ensure_engine().connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]


@pytest.mark.parametrize("who", HANDLING)
def test_the_applicant_and_the_handling_staff_see_personal_data_and_are_recorded(cast, who):
    case = file_on_web(cast)
    reader = cast.person(who)

    shown = helpers.call_action("ppid_request_show", as_user(reader), id=case["id"])

    assert shown["applicant"]["nik"] == NIK
    assert shown["applicant"]["address"].startswith("Jl. Melati")
    [read] = _reads(case["id"])
    assert read["actor_name"] == reader["name"]
    assert read["details"]["registration_number"] == case["registration_number"]


@pytest.mark.parametrize("who", REVIEWING)
def test_the_atasan_and_the_assessor_see_the_case_without_personal_data(cast, who):
    case = file_on_web(cast)

    shown = helpers.call_action("ppid_request_show", as_user(cast.person(who)), id=case["id"])

    assert shown["registration_number"] == case["registration_number"]
    assert "applicant" not in shown
    assert NIK not in str(shown)
    assert _reads(case["id"]) == []


@pytest.mark.parametrize("who", REFUSED)
def test_everyone_else_is_refused(cast, who):
    case = file_on_web(cast)
    with pytest.raises(tk.NotAuthorized):
        helpers.call_action("ppid_request_show", as_user(cast.person(who)), id=case["id"])
    assert _reads(case["id"]) == []


@pytest.mark.parametrize("who", [*REFUSED, "anonymous"])
def test_the_api_refuses_them_with_403_and_no_personal_data(app, cast, who):
    case = file_on_web(cast)
    response = app.get(
        "/api/3/action/ppid_request_show", params={"id": case["id"]}, headers=cast.token(who), status=403
    )
    assert NIK not in response.body
    assert "Melati" not in response.body


def test_an_unknown_request_is_404(app, cast):
    headers = cast.token("sysadmin")
    app.get("/api/3/action/ppid_request_show", params={"id": "tidak-ada"}, headers=headers, status=404)


def test_a_case_forwarded_is_read_by_both_units(cast):
    case = file_on_web(cast)
    stored = model.Session.get(InformationRequest, case["id"])
    stored.current_unit_id = cast.other_unit["id"]
    model.Session.commit()

    for who in ("unit_officer", "other_unit_editor"):
        shown = helpers.call_action("ppid_request_show", as_user(cast.person(who)), id=case["id"])
        assert shown["applicant"]["nik"] == NIK


def test_applicants_list_only_their_own_requests(cast):
    mine = file_on_web(cast)
    helpers.call_action("ppid_request_create", as_user(cast.unit_officer), **desk_form())

    listed = helpers.call_action("ppid_request_list_mine", as_user(cast.applicant))
    assert listed["count"] == 1
    assert [item["registration_number"] for item in listed["results"]] == [mine["registration_number"]]
    assert "applicant" not in listed["results"][0]
    assert helpers.call_action("ppid_request_list_mine", as_user(cast.other_applicant))["count"] == 0
