"""Disputes at the Information Commission: the 14 working days to take one there, its stages, and a result
that orders the information given opening the exempted register item the refusal rested on, for everyone."""

from __future__ import annotations

import ckan.plugins.toolkit as tk
import pytest
import sqlalchemy as sa
from ckan import model
from ckan.tests import helpers
from filing_cast import as_user
from freezegun import freeze_time
from objection_cast import (
    SECRET,
    A,
    C,
    decided,
    exempted_item,
    filed_ago,
    objected,
    refused,
    working_days_ago,
)

from ckanext.ppid.audit.model import audit_event
from ckanext.ppid.requests.model.dispute import Dispute

pytestmark = pytest.mark.usefixtures("with_plugins")


def _public_view(app, item: dict) -> dict:
    response = app.get("/api/3/action/package_show", params={"id": item["id"]})
    return response.json["result"]


def _refused_and_objected(cast) -> tuple[dict, dict]:
    item = exempted_item(cast)
    case = filed_ago(cast, 3)
    refused(cast, case, item)
    return item, objected(cast, case, A, statement="Yang diminta hanya data agregat")


def _disputed(cast, objection: dict) -> dict:
    return helpers.call_action(
        "ppid_dispute_create",
        as_user(cast.applicant),
        objection_id=objection["id"],
        forum="ki_kabupaten_kota",
        case_number="007/REG-PSI/2026",
    )


def _update(cast, dispute: dict, transition: str, **params) -> dict:
    return helpers.call_action(
        "ppid_dispute_update", as_user(cast.applicant), id=dispute["id"], transition=transition, **params
    )


def test_a_commission_decision_to_give_the_information_opens_the_register_item(
    app, cast, smtp_server, job_worker
):
    item, objection = _refused_and_objected(cast)
    before = _public_view(app, item)
    assert before["resources"] == [] and SECRET not in str(before)
    decided(cast, objection, "menguatkan", "Rekam medis dikecualikan berdasarkan Pasal 17 huruf h")
    dispute = _disputed(cast, objection)

    # A refusal on exemption (ground a) cannot be mediated: adjudication at once (UU 14/2008 Ps 40(2), 42).
    with pytest.raises(tk.ValidationError) as not_mediable:
        _update(cast, dispute, "mulai_mediasi")
    assert "Ps 40(2)" in str(not_mediable.value.error_dict)
    _update(cast, dispute, "mulai_ajudikasi")
    _update(cast, dispute, "catat_putusan", result="dibuka_seluruhnya", decision_reference="019/KI-KAB/2026")
    job_worker()

    after = _public_view(app, item)
    assert after["status_pengecualian"] == "dibuka_putusan"
    assert SECRET in after["resources"][0]["url"]
    resource = app.get("/api/3/action/resource_show", params={"id": after["resources"][0]["id"]})
    assert resource.status_code == 200
    assert model.Session.get(Dispute, dispute["id"]).opened_item_id == item["id"]
    query = sa.select(audit_event).where(
        audit_event.c.object_id == item["id"], audit_event.c.action.like("register.exemption.%")
    )
    with model.ensure_engine().connect() as connection:
        events = {found["action"]: found for found in connection.execute(query).mappings()}
    assert events["register.exemption.opened_by_decision"]["details"]["reference"] == "019/KI-KAB/2026"
    assert "register.exemption.status" in events


def test_the_atasan_ordering_the_information_given_opens_the_item(app, cast, smtp_server, job_worker):
    item, objection = _refused_and_objected(cast)
    decided(cast, objection, "membatalkan_perintah_memberikan", "Data agregat tidak mengungkap pasien")
    job_worker()
    assert _public_view(app, item)["status_pengecualian"] == "dibuka_putusan"
    # The unit holding the item is told, in the site's language, why it opened.
    told = [mail for mail in smtp_server.deliveries if item["title"] in mail.subject]
    assert told and all("Kini terbuka untuk publik" in mail.subject for mail in told)
    assert "Komisi Informasi" in told[0].body


def test_a_decision_upholding_the_refusal_keeps_the_item_withheld(app, cast, smtp_server, job_worker):
    item, objection = _refused_and_objected(cast)
    decided(cast, objection, "menguatkan", "Rekam medis dikecualikan")
    dispute = _disputed(cast, objection)
    _update(cast, dispute, "mulai_ajudikasi")
    _update(cast, dispute, "catat_putusan", result="penolakan_dikuatkan")
    job_worker()
    shown = _public_view(app, item)
    assert shown["resources"] == [] and shown.get("status_pengecualian", "berlaku") == "berlaku"
    assert model.Session.get(Dispute, dispute["id"]).opened_item_id is None


def test_a_dispute_after_the_14_working_days_is_refused(cast):
    case = filed_ago(cast, 60)
    with freeze_time(working_days_ago(45)):
        objection = objected(cast, case, C)
    with freeze_time(working_days_ago(44)):
        decided(cast, objection)
    with pytest.raises(tk.ValidationError) as late:
        _disputed(cast, objection)
    assert "14" in late.value.error_dict["message"][0]
    assert model.Session.query(Dispute).count() == 0

    # Recorded as filed with the Commission on a day inside the window, it is accepted.
    in_time = helpers.call_action(
        "ppid_dispute_create",
        as_user(cast.unit_officer),
        objection_id=objection["id"],
        forum="ki_provinsi",
        filed_on=working_days_ago(40).date().isoformat(),
    )
    assert in_time["status"] == "didaftarkan"


def test_the_applicant_records_the_dispute_and_its_stages_on_the_objection_page(app, cast, smtp_server):
    objection = objected(cast, filed_ago(cast, 15), C)
    decided(cast, objection)
    headers = cast.token("applicant")
    page = app.get(f"/ppid/keberatan/{objection['id']}", headers=headers)
    assert f"/ppid/keberatan/{objection['id']}/sengketa" in page.body

    missing = app.post(f"/ppid/keberatan/{objection['id']}/sengketa", data={"forum": ""}, headers=headers)
    assert missing.status_code == 400
    response = app.post(
        f"/ppid/keberatan/{objection['id']}/sengketa",
        data={"forum": "ki_provinsi", "case_number": "031/REG-PSI/2026"},
        headers=headers,
        follow_redirects=False,
    )
    assert response.status_code == 302
    page = app.get(f"/ppid/keberatan/{objection['id']}", headers=headers)
    assert "031/REG-PSI/2026" in page.body
    assert 'value="mulai_mediasi"' in page.body
    dispute = model.Session.query(Dispute).one()
    stage = app.post(
        f"/ppid/keberatan/{objection['id']}/sengketa/{dispute.id}",
        data={"transition": "mulai_mediasi"},
        headers=headers,
        follow_redirects=False,
    )
    assert stage.status_code == 302
    model.Session.expire_all()
    assert model.Session.get(Dispute, dispute.id).status == "mediasi"
    outsider = app.post(
        f"/ppid/keberatan/{objection['id']}/sengketa/{dispute.id}",
        data={"transition": "mulai_ajudikasi"},
        headers=cast.token("other_applicant"),
    )
    assert outsider.status_code == 403


def test_the_window_counts_from_when_the_applicant_received_the_decision(cast):
    case = filed_ago(cast, 60)
    with freeze_time(working_days_ago(45)):
        objection = objected(cast, case, C)
    with freeze_time(working_days_ago(44)):
        decided(cast, objection)
    officer = as_user(cast.unit_officer)
    with pytest.raises(tk.ValidationError) as before_decision:
        helpers.call_action(
            "ppid_objection_decision_received",
            officer,
            id=objection["id"],
            received_at=working_days_ago(50).date().isoformat(),
        )
    assert "received_at" in before_decision.value.error_dict

    # The letter reached the applicant by post only 5 working days ago: 14 working days count from then.
    received = working_days_ago(5).date()
    shown = helpers.call_action(
        "ppid_objection_decision_received", officer, id=objection["id"], received_at=received.isoformat()
    )
    [window] = [entry for entry in shown["clock"] if entry["key"] == "pengajuan_sengketa"]
    assert window["start"] == received.isoformat() and window["working_days"] == 14
    assert _disputed(cast, objection)["status"] == "didaftarkan"
