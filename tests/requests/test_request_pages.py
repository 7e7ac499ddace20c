"""The pages: an applicant files through the form and lands on the case page with the number, the due date
explained and the receipt; staff record a request; others are kept out."""

from __future__ import annotations

import io
import re

import pytest
from ckan.tests import factories
from filing_cast import file_on_web, png_bytes, web_form

# A link to the receipt (the waiting place carries its address as data-href, not href).
RECEIPT_LINK = re.compile(r'\shref="[^"]*/tanda-bukti"')

pytestmark = pytest.mark.usefixtures("with_plugins")


def _form(**changes) -> dict:
    form = web_form(**changes)
    form["identity_document"] = (io.BytesIO(png_bytes()), "ktp.png")
    return form


def test_an_applicant_files_through_the_form_and_sees_the_case(app, cast, smtp_server, job_worker):
    headers = cast.token("applicant")
    assert app.get("/ppid/permohonan/baru", headers=headers).status_code == 200

    response = app.post("/ppid/permohonan/baru", data=_form(), headers=headers, follow_redirects=False)
    assert response.status_code == 302
    case_url = response.headers["Location"]
    page = app.get(case_url, headers=headers)
    assert page.status_code == 200
    assert "/PPID-D1/" in page.body
    assert "UU 14/2008 Ps 22(7)" in page.body
    # The receipt is still being prepared: no link to it yet, only the place its link will appear in.
    assert not RECEIPT_LINK.search(page.body)
    assert "Surat sedang disiapkan" in page.body

    job_worker()
    page = app.get(case_url, headers=headers)
    assert RECEIPT_LINK.search(page.body)
    assert "3201014501900001" in page.body

    mine = app.get("/ppid/permohonan/saya", headers=headers)
    assert case_url.split("/")[-1] in mine.body


def test_a_wrong_form_comes_back_with_its_errors_and_400(app, cast):
    response = app.post("/ppid/permohonan/baru", data=_form(nik="123"), headers=cast.token("applicant"))
    assert response.status_code == 400
    assert "is-invalid" in response.body
    assert 'value="Siti Rahmawati"' in response.body


def test_staff_record_a_request_on_their_page(app, cast):
    headers = cast.token("unit_officer")
    assert app.get("/ppid/permohonan/catat", headers=headers).status_code == 200
    form = {**web_form(identity_document=None), "channel": "langsung", "received_at": "2026-06-12T09:30"}
    response = app.post("/ppid/permohonan/catat", data=form, headers=headers, follow_redirects=False)
    assert response.status_code == 302
    # When it came, in the body's zone and written as letters write it (not CKAN's "June 12, 2026").
    case_path = response.headers["Location"].split("test.ckan.net")[-1]
    assert "12 Juni 2026 09.30 WIB" in app.get(case_path, headers=headers).body
    assert "12 June 2026 09:30 WIB" in app.get("/en" + case_path, headers=headers).body


@pytest.mark.parametrize("who", ["applicant", "unit_head", "assessor"])
def test_only_staff_open_the_recording_page(app, cast, who):
    assert app.get("/ppid/permohonan/catat", headers=cast.token(who)).status_code == 403


def test_an_anonymous_visitor_who_logs_in_is_brought_back_to_the_form(app, cast):
    response = app.get("/ppid/permohonan/baru")
    assert response.status_code == 200
    login = "/user/login?next=/ppid/permohonan/baru"
    assert login in response.body  # or sign up, or file without an account (test_request_guest_filing)
    visitor = factories.User(password="Sandi-Pemohon-2026")
    back = app.post(
        login, data={"login": visitor["name"], "password": "Sandi-Pemohon-2026"}, follow_redirects=False
    )
    assert back.status_code == 302 and back.headers["Location"].endswith("/ppid/permohonan/baru")


@pytest.mark.parametrize("who", ["anonymous", "other_applicant", "other_unit_editor"])
def test_others_do_not_see_the_case_page(app, cast, who):
    case = file_on_web(cast)
    response = app.get(f"/ppid/permohonan/{case['id']}", headers=cast.token(who))
    assert response.status_code == 403
    assert "Melati" not in response.body
