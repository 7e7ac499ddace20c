"""What the law and the privacy rules allow around objections: which grounds open when, the 30 working days,
who decides, who sees what, and that every read of personal data is recorded."""

from __future__ import annotations

import datetime as dt

import ckan.plugins.toolkit as tk
import pytest
import sqlalchemy as sa
from ckan import model
from ckan.tests import helpers
from filing_cast import NIK, as_user
from objection_cast import A, C, decided, exempted_item, filed_ago, objected, refused, row

from ckanext.ppid.audit.model import audit_event
from ckanext.ppid.documents.dates import format_date
from ckanext.ppid.requests.filing.store import clock_settings

pytestmark = pytest.mark.usefixtures("with_plugins")


def _grounds(cast, case) -> dict[str, dict]:
    found = helpers.call_action("ppid_objection_grounds", as_user(cast.applicant), request_id=case["id"])
    return {entry["code"]: entry for entry in found["grounds"]}


def _audit(action: str, object_id: str) -> list[dict]:
    query = sa.select(audit_event).where(audit_event.c.action == action, audit_event.c.object_id == object_id)
    with model.ensure_engine().connect() as connection:
        return [dict(found) for found in connection.execute(query).mappings()]


def test_ground_a_opens_only_once_the_request_is_refused(cast):
    case = filed_ago(cast, 3)
    assert _grounds(cast, case)[A]["state"] == "belum_berlaku"
    with pytest.raises(tk.ValidationError) as too_early:
        objected(cast, case, A)
    assert "grounds" in too_early.value.error_dict
    assert row(case).objections == []

    refused(cast, case, exempted_item(cast))

    ground = _grounds(cast, case)[A]
    assert ground["state"] == "terbuka" and ground["due"]
    objection = objected(cast, case, A, statement="Rekam medis agregat bukan data pribadi")
    assert objection["status"] == "diregistrasi"
    # A ground raised once is not raised again.
    assert _grounds(cast, case)[A]["state"] == "sudah_diajukan"


def _written(iso_day: str) -> str:
    """A date as the messages write it (actions called from tests answer in English)."""
    return format_date(dt.date.fromisoformat(iso_day), "en")


def test_ground_c_waits_for_the_notice_deadline(cast):
    case = filed_ago(cast, 3)
    ground = _grounds(cast, case)[C]
    assert ground["state"] == "belum_berlaku"
    assert _written(row(case).due_dates["pemberitahuan_tertulis"]) in ground["reason"]
    with pytest.raises(tk.ValidationError):
        objected(cast, case, C)


def test_an_objection_after_its_30_working_days_is_refused(cast):
    # The notice was due 10 working days after filing, 50 working days ago: the 30 days to object are over.
    case = filed_ago(cast, 60)
    ground = _grounds(cast, case)[C]
    assert ground["state"] == "lewat_waktu"
    with pytest.raises(tk.ValidationError) as late:
        objected(cast, case, C)
    [message] = late.value.error_dict["grounds"]
    assert message.startswith("c. ") and _written(ground["due"]) in message
    assert row(case).objections == []


@pytest.mark.parametrize(
    "who", ["applicant", "unit_admin", "unit_officer", "utama_admin", "assessor", "sysadmin"]
)
def test_only_the_atasan_decides(cast, who):
    objection = objected(cast, filed_ago(cast, 15), C)
    with pytest.raises(tk.NotAuthorized):
        helpers.call_action(
            "ppid_objection_decide",
            as_user(cast.person(who)),
            id=objection["id"],
            decision="membatalkan_perintah_memberikan",
        )
    model.Session.expire_all()
    assert row({"id": objection["request_id"]}).objections[0].decision is None


def test_another_applicant_can_neither_see_nor_object(app, cast):
    case = filed_ago(cast, 15)
    other = as_user(cast.other_applicant)
    with pytest.raises(tk.NotAuthorized):
        helpers.call_action("ppid_objection_grounds", other, request_id=case["id"])
    with pytest.raises(tk.NotAuthorized):
        helpers.call_action(
            "ppid_objection_create", other, request_id=case["id"], grounds=[C], statement="Saya juga"
        )
    objection = objected(cast, case, C)
    with pytest.raises(tk.NotAuthorized):
        helpers.call_action("ppid_objection_show", other, id=objection["id"])
    headers = cast.token("other_applicant")
    assert app.get(f"/ppid/keberatan/{objection['id']}", headers=headers).status_code == 403
    assert app.get(f"/ppid/keberatan/baru/{case['id']}", headers=headers).status_code == 403


def test_staff_record_an_objection_that_came_on_paper_on_the_day_it_came(cast):
    case = filed_ago(cast, 15)
    due = dt.date.fromisoformat(row(case).due_dates["pemberitahuan_tertulis"])
    officer = as_user(cast.unit_officer)
    paper = {"request_id": case["id"], "grounds": C, "statement": "Surat keberatan diantar ke meja layanan"}

    # Handed in on the notice's due day, the objection came too early: the ground opens the day after.
    with pytest.raises(tk.ValidationError):
        helpers.call_action("ppid_objection_create", officer, received_at=f"{due} 09:00", **paper)
    next_day = clock_settings().calendar.next_working_day(due)
    objection = helpers.call_action(
        "ppid_objection_create", officer, received_at=f"{next_day} 09:00", **paper
    )

    assert (objection["filer_role"], objection["received_day"]) == ("petugas_layanan", next_day.isoformat())
    assert objection["status"] == "diregistrasi"
    with pytest.raises(tk.ValidationError) as future:
        helpers.call_action("ppid_objection_create", officer, received_at="2099-01-05 09:00", **paper)
    assert "received_at" in future.value.error_dict


@pytest.mark.parametrize("who", ["anonymous", "other_applicant", "assessor", "other_unit_editor"])
def test_the_decision_letter_goes_to_nobody_else(app, cast, smtp_server, job_worker, who):
    objection = objected(cast, filed_ago(cast, 15), C)
    decided(cast, objection)
    job_worker()
    url = f"/ppid/keberatan/{objection['id']}/putusan.pdf"
    assert app.get(url, headers=cast.token("applicant")).status_code == 200
    assert app.get(url, headers=cast.token(who)).status_code == 403
    reads = _audit("objection.decision_letter.read", objection["request_id"])
    assert [read["actor_name"] for read in reads] == ["warga"]


def test_the_atasan_sees_personal_data_only_of_requests_with_an_objection(cast):
    without = filed_ago(cast, 15)
    with_objection = filed_ago(cast, 15)
    objected(cast, with_objection, C)
    atasan = as_user(cast.atasan)

    plain = helpers.call_action("ppid_request_show", atasan, id=without["id"])
    assert "applicant" not in plain and NIK not in str(plain)
    assert _audit("request.personal_data.read", without["id"]) == []

    shown = helpers.call_action("ppid_request_show", atasan, id=with_objection["id"])
    assert shown["applicant"]["nik"] == NIK
    [read] = _audit("request.personal_data.read", with_objection["id"])
    assert (read["actor_name"], read["details"]["role"]) == ("atasan", "atasan_ppid")


def test_the_assessor_reads_objections_without_personal_data(cast):
    objection = objected(cast, filed_ago(cast, 15), C)
    assessor = as_user(cast.assessor)
    shown = helpers.call_action("ppid_objection_show", assessor, id=objection["id"])
    assert shown["number"] == objection["number"]
    case = helpers.call_action("ppid_request_show", assessor, id=objection["request_id"])
    assert "applicant" not in case
    register = helpers.call_action("ppid_objection_list", assessor)
    [entry] = register["results"]
    assert register["public"] is False and "applicant" not in entry
    assert entry["information"].startswith("Daftar puskesmas")
    assert _audit("objection.register.personal_data.read", objection["request_id"]) == []


def test_the_register_shows_each_reader_what_they_may_see(app, cast):
    objection = objected(cast, filed_ago(cast, 15), C)

    public = helpers.call_action("ppid_objection_list", {"user": "", "ignore_auth": False})
    [entry] = public["results"]
    assert public["public"] is True
    assert entry["number"] == objection["number"] and entry["grounds"][0]["letter"] == "c"
    assert {"applicant", "information", "purpose"}.isdisjoint(entry)
    assert "Siti" not in str(public)

    staff = helpers.call_action("ppid_objection_list", as_user(cast.unit_admin))
    [entry] = staff["results"]
    assert entry["applicant"]["name"] == "Siti Rahmawati"
    [read] = _audit("objection.register.personal_data.read", objection["request_id"])
    assert read["actor_name"] == "dinkes-admin"

    elsewhere = helpers.call_action("ppid_objection_list", as_user(cast.other_unit_editor))
    assert "applicant" not in elsewhere["results"][0]
