"""The receipt: built by a background job after filing, a PDF that says what the law requires, with a QR
code whose URL verifies publicly (no personal data there), and served only to those who may read it."""

from __future__ import annotations

import io
import re

import ckan.plugins.toolkit as tk
import pytest
from ckan import model
from ckan.tests import helpers
from filing_cast import as_user, file_on_web
from pypdf import PdfReader

from ckanext.ppid.requests.filing import receipt as request_receipt
from ckanext.ppid.requests.model.information_request import InformationRequest

pytestmark = pytest.mark.usefixtures("with_plugins")


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_receipt_is_built_in_the_background_and_verifies(app, cast, smtp_server, job_worker):
    case = file_on_web(cast)
    assert case["receipt_ready"] is False
    headers = cast.token("applicant")
    assert app.get(f"/ppid/permohonan/{case['id']}/tanda-bukti", headers=headers).status_code == 404

    job_worker()

    shown = helpers.call_action("ppid_request_show", as_user(cast.applicant), id=case["id"])
    assert shown["receipt_ready"] is True
    response = app.get(f"/ppid/permohonan/{case['id']}/tanda-bukti", headers=headers)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    pdf = response.data
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    # Lines wrap wherever the (Indonesian) text falls: compare with runs of white space made one space.
    text = " ".join(_text(pdf).split())
    flat = re.sub(r"\s+", "", text)
    assert case["registration_number"] in text
    assert "Siti Rahmawati" in text
    assert "Daftar puskesmas" in text
    assert "UU 14/2008 Ps 22(7)" in text
    assert tk.config["ckanext.ppid.body_name"].upper() in text.upper()

    token = request_receipt.token_for(model.Session.get(InformationRequest, case["id"]))
    assert f"/ppid/tanda-bukti/{token}" in flat
    payload = request_receipt.verify(token)
    assert payload["n"] == case["registration_number"]
    assert "Siti" not in str(payload)

    page = app.get(f"/ppid/tanda-bukti/{token}")
    assert page.status_code == 200
    assert case["registration_number"] in page.body
    assert "Dinas Kesehatan" in page.body
    for personal in ("Siti", "3201014501900001", "Melati", "0812"):
        assert personal not in page.body


def test_a_changed_or_foreign_token_is_not_genuine(app, cast, smtp_server, job_worker):
    case = file_on_web(cast)
    job_worker()
    token = request_receipt.token_for(model.Session.get(InformationRequest, case["id"]))
    body, signature = token.split(".")
    forged = body[:-2] + ("AA" if body[-2:] != "AA" else "BB") + "." + signature
    assert app.get(f"/ppid/tanda-bukti/{forged}").status_code == 404
    assert app.get("/ppid/tanda-bukti/bukan-token").status_code == 404


def test_a_retried_job_does_not_build_a_second_receipt(cast, smtp_server, job_worker):
    case = file_on_web(cast)
    job_worker()
    first = request_receipt.build_receipt(case["id"])
    assert request_receipt.build_receipt(case["id"]) == first


@pytest.mark.parametrize("who", ["anonymous", "other_applicant", "other_unit_editor", "assessor", "atasan"])
def test_nobody_else_gets_the_receipt(app, cast, smtp_server, job_worker, who):
    case = file_on_web(cast)
    job_worker()
    assert app.get(f"/ppid/permohonan/{case['id']}/tanda-bukti", headers=cast.token(who)).status_code == 403
