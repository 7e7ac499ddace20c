"""The whole way of an objection: a request left unanswered, the applicant objects, the objection is
registered with its number, the Atasan PPID decides (with reasons when upholding), the letter is read back,
the dispute is taken to the Information Commission in time, mediated and settled."""

from __future__ import annotations

import ckan.plugins.toolkit as tk
import pytest
from ckan.tests import helpers
from filing_cast import as_user
from objection_cast import C, filed_ago, objected, pdf_text, row

from ckanext.ppid.requests.model.event import RequestEvent

pytestmark = pytest.mark.usefixtures("with_plugins")


def test_an_unanswered_request_goes_through_objection_and_dispute(app, cast, smtp_server, job_worker):
    # Filed 15 working days ago and never answered: the 10 working days for the notice have passed.
    case = filed_ago(cast, 15)
    job_worker()
    grounds = helpers.call_action("ppid_objection_grounds", as_user(cast.applicant), request_id=case["id"])
    # Ground b (periodic information) is a continuing failure, always open; c opened when the deadline passed.
    assert grounds["available"] == ["b_berkala_tidak_disediakan", C]
    assert grounds["may_object"] is True
    ground_c = next(entry for entry in grounds["grounds"] if entry["code"] == C)
    assert ground_c["letter"] == "c" and ground_c["window"]["legal_basis"] == "UU 14/2008 Ps 36(1)"

    objection = objected(cast, case, C, statement="Sudah lewat 10 hari kerja tanpa jawaban")

    assert objection["status"] == "diregistrasi"
    assert objection["number"].startswith("0001/KEB/PPID-D1/")
    assert [ground["letter"] for ground in objection["grounds"]] == ["c"]
    [due] = [entry for entry in objection["clock"] if entry["key"] == "tanggapan_atasan"]
    assert due["legal_basis"] == "UU 14/2008 Ps 36(2)" and due["working_days"] == 30
    transitions = [(e.machine, e.transition, e.actor_role) for e in RequestEvent.of_request(case["id"])]
    assert ("keberatan", "registrasi", "sistem") in transitions

    # The Atasan PPID and the applicant hear of it.
    job_worker()
    assert any(objection["number"] in mail.subject for mail in smtp_server.to("atasan@lembahhijau.example"))
    assert any(objection["number"] in mail.subject for mail in smtp_server.to("siti@warga.example"))

    # Upholding without written reasons is refused (Ps 36(3)) and changes nothing.
    with pytest.raises(tk.ValidationError) as refused:
        helpers.call_action(
            "ppid_objection_decide",
            as_user(cast.atasan),
            id=objection["id"],
            decision="menguatkan",
            reasons=" ",
        )
    assert "reasons" in refused.value.error_dict
    shown = helpers.call_action("ppid_objection_show", as_user(cast.applicant), id=objection["id"])
    assert shown["status"] == "diregistrasi" and shown["decision_number"] is None

    reasons = "Permohonan sedang dijawab; keterlambatan karena arsip dipindahkan"
    decided = helpers.call_action(
        "ppid_objection_decide",
        as_user(cast.atasan),
        id=objection["id"],
        decision="menguatkan",
        reasons=reasons,
    )
    assert decided["status"] == "ditanggapi"
    assert decided["decision_number"].startswith("0001/PUT-KEB/")
    assert decided["decided_by"]["name"] == "atasan"

    # The letter is built in the background; the applicant downloads it and it says what the law requires.
    job_worker()
    response = app.get(f"/ppid/keberatan/{objection['id']}/putusan.pdf", headers=cast.token("applicant"))
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    text = pdf_text(response.data)
    for expected in (decided["decision_number"], objection["number"], case["registration_number"], reasons):
        assert expected in text
    assert "Siti Rahmawati" in text
    assert "Ps 37(2)" in text
    assert any(decided["decision_number"] in mail.body for mail in smtp_server.to("siti@warga.example"))

    # Within 14 working days of the decision, the applicant takes the dispute to the Commission.
    dispute = helpers.call_action(
        "ppid_dispute_create",
        as_user(cast.applicant),
        objection_id=objection["id"],
        forum="ki_provinsi",
        case_number="012/REG-PSI/XI/2026",
    )
    assert (dispute["status"], dispute["forum"], dispute["case_number"]) == (
        "didaftarkan",
        "ki_provinsi",
        "012/REG-PSI/XI/2026",
    )
    assert row(case).objections[0].status == "sengketa"

    mediated = helpers.call_action(
        "ppid_dispute_update", as_user(cast.applicant), id=dispute["id"], transition="mulai_mediasi"
    )
    assert mediated["status"] == "mediasi"
    settled = helpers.call_action(
        "ppid_dispute_update",
        as_user(cast.utama_admin),
        id=dispute["id"],
        transition="catat_kesepakatan",
        decision_reference="05/KI-PROV/MED/2026",
    )
    assert (settled["status"], settled["result"], settled["decision_reference"]) == (
        "selesai",
        "kesepakatan_mediasi",
        "05/KI-PROV/MED/2026",
    )
    history = [(e.machine, e.transition) for e in RequestEvent.of_request(case["id"])]
    assert ("sengketa", "mulai_mediasi") in history and ("sengketa", "catat_kesepakatan") in history


def test_the_pages_take_the_applicant_from_the_case_to_the_objection(app, cast, smtp_server):
    case = filed_ago(cast, 15)
    headers = cast.token("applicant")
    page = app.get(f"/ppid/permohonan/{case['id']}", headers=headers)
    assert f"/ppid/keberatan/baru/{case['id']}" in page.body

    form = app.get(f"/ppid/keberatan/baru/{case['id']}", headers=headers)
    assert form.status_code == 200
    assert 'value="c_tidak_ditanggapi"' in form.body
    # Grounds that do not apply (a: no refusal) are not offered.
    assert 'value="a_penolakan_ps17"' not in form.body
    assert "UU 14/2008 Ps 36(1)" in form.body  # the window to object, explained

    empty = app.post(f"/ppid/keberatan/baru/{case['id']}", data={"grounds": C}, headers=headers)
    assert empty.status_code == 400
    assert "is-invalid" in empty.body

    data = {"grounds": C, "statement": "Tidak ada jawaban"}
    response = app.post(
        f"/ppid/keberatan/baru/{case['id']}", data=data, headers=headers, follow_redirects=False
    )
    assert response.status_code == 302
    objection_page = app.get(response.headers["Location"], headers=headers)
    assert "/KEB/PPID-D1/" in objection_page.body
    assert "UU 14/2008 Ps 36(2)" in objection_page.body  # the Atasan's due date, explained

    # The Atasan decides on their form; the applicant sees the decision.
    objection_id = response.headers["Location"].rstrip("/").split("/")[-1]
    atasan = cast.token("atasan")
    assert app.get(f"/ppid/keberatan/{objection_id}/putusan", headers=atasan).status_code == 200
    refused = app.post(
        f"/ppid/keberatan/{objection_id}/putusan", data={"decision": "menguatkan"}, headers=atasan
    )
    assert refused.status_code == 400
    decided = app.post(
        f"/ppid/keberatan/{objection_id}/putusan",
        data={"decision": "memerintahkan_kewajiban", "reasons": "Jawab dalam 5 hari kerja"},
        headers=atasan,
        follow_redirects=False,
    )
    assert decided.status_code == 302
    assert RequestEvent.of_request(case["id"])[-1].transition == "tanggapi"
    assert "/PUT-KEB/" in app.get(f"/ppid/keberatan/{objection_id}", headers=headers).body

    register = app.get("/ppid/keberatan/register")
    assert register.status_code == 200
    assert "/KEB/PPID-D1/" in register.body
    assert "Siti" not in register.body and "Daftar puskesmas" not in register.body
    wrong_year = app.get("/ppid/keberatan/register?year=tahun-lalu")
    assert wrong_year.status_code == 400
    assert "ppid-objections-errors" in wrong_year.body and "/KEB/PPID-D1/" not in wrong_year.body
