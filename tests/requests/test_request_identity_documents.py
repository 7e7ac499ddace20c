"""Identity documents: only PDF, JPEG or PNG whose content says so, size-limited, kept outside public
storage, and served only to the applicant and the handling staff, every read audited."""

from __future__ import annotations

import os
from pathlib import Path

import ckan.plugins.toolkit as tk
import pytest
import sqlalchemy as sa
from ckan import model
from ckan.tests import helpers
from filing_cast import PDF_BYTES, as_user, desk_form, file_on_web, png_bytes, upload
from pdf_samples import HTML_CALLED_PDF, JAVASCRIPT_ON_OPEN, pypdf_document, scanned_ktp

from ckanext.ppid.audit.model import audit_event
from ckanext.ppid.requests import private_files
from ckanext.ppid.requests.filing import store as request_filing
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell import settings

pytestmark = pytest.mark.usefixtures("with_plugins")

ALLOWED = ["applicant", "unit_officer", "unit_admin", "utama_admin"]
REFUSED = ["anonymous", "other_applicant", "other_unit_editor", "unit_head", "atasan", "assessor"]


def _stored_name(case_id: str) -> str:
    return model.Session.get(InformationRequest, case_id).applicant.identity_document


def _private_dir() -> Path:
    return Path(settings.storage_path()) / private_files.ROOT / "identity"


def _document_reads(case_id: str) -> list[str]:
    query = sa.select(audit_event.c.actor_name).where(
        audit_event.c.object_id == case_id, audit_event.c.action == "request.identity_document.read"
    )
    with model.ensure_engine().connect() as connection:
        return list(connection.execute(query).scalars())


@pytest.mark.parametrize(
    ("filename", "content", "served_as"),
    [
        ("ktp.png", png_bytes(), "image/png"),
        ("ktp.PDF", PDF_BYTES, "application/pdf"),
        ("ktp-pindaian.pdf", scanned_ktp(size=(400, 250)), "application/pdf"),
    ],
)
def test_the_document_is_kept_privately_under_a_random_name(cast, filename, content, served_as):
    case = file_on_web(cast, identity_document=upload(content, filename))

    name = _stored_name(case["id"])
    stored = _private_dir() / name
    assert stored.read_bytes() == content
    assert "ktp" not in name
    assert oct(stored.stat().st_mode & 0o777) == "0o600"
    # Not inside CKAN's storage, which CKAN serves under /uploads.
    assert "storage" not in stored.relative_to(settings.storage_path()).parts
    assert case["applicant"]["identity_document_type"] == served_as
    assert name not in str(case)


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("ktp.exe", b"MZ\x90\x00" + b"\x00" * 100),
        ("ktp.pdf", b"MZ\x90\x00" + b"\x00" * 100),
        ("ktp.png", PDF_BYTES),
        ("ktp.docx", b"PK\x03\x04" + b"\x00" * 100),
        ("ktp.pdf", b""),
        ("ktp.pdf", HTML_CALLED_PDF),  # a web page libmagic takes for a PDF
        ("ktp.pdf", JAVASCRIPT_ON_OPEN),
        ("ktp.pdf", pypdf_document(attachment=b"MZ\x90\x00")),  # a scan carries no attachments
    ],
)
def test_other_files_are_refused_by_content_and_nothing_is_stored(cast, filename, content):
    before = set(os.listdir(_private_dir())) if _private_dir().exists() else set()
    with pytest.raises(tk.ValidationError) as refused:
        file_on_web(cast, identity_document=upload(content, filename))
    assert set(refused.value.error_dict) == {"identity_document"}
    assert model.Session.query(InformationRequest).count() == 0
    after = set(os.listdir(_private_dir())) if _private_dir().exists() else set()
    assert after == before


@pytest.mark.ckan_config("ckanext.ppid.requests.identity_max_mb", 1)
def test_a_document_over_the_limit_is_refused(cast):
    big = png_bytes() + b"\x00" * (1024 * 1024)
    with pytest.raises(tk.ValidationError) as refused:
        file_on_web(cast, identity_document=upload(big, "ktp.png"))
    assert "1 MB" in refused.value.error_dict["identity_document"][0]


def test_a_failed_filing_removes_its_document(cast, monkeypatch):
    before = set(os.listdir(_private_dir())) if _private_dir().exists() else set()
    monkeypatch.setattr(request_filing, "due_date_changes", lambda changes: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        file_on_web(cast)
    assert set(os.listdir(_private_dir())) == before


@pytest.mark.parametrize("who", ALLOWED)
def test_the_applicant_and_the_handling_staff_download_it_and_are_recorded(app, cast, who):
    case = file_on_web(cast)

    response = app.get(f"/ppid/permohonan/{case['id']}/identitas", headers=cast.token(who))

    assert response.status_code == 200
    assert response.data == png_bytes()
    assert response.headers["Content-Type"] == "image/png"
    assert "no-store" in response.headers["Cache-Control"]
    assert _document_reads(case["id"]) == [cast.person(who)["name"]]


@pytest.mark.parametrize("who", REFUSED)
def test_nobody_else_gets_it_by_any_route(app, cast, who):
    case = file_on_web(cast)
    name = _stored_name(case["id"])
    headers = cast.token(who)

    page = app.get(f"/ppid/permohonan/{case['id']}/identitas", headers=headers)
    assert page.status_code == 403
    action = app.get("/api/3/action/ppid_request_show", params={"id": case["id"]}, headers=headers)
    assert name not in action.body
    assert "Melati" not in action.body
    where = app.get(
        "/api/3/action/ppid_request_file_show",
        params={"id": case["id"], "file": "identitas"},
        headers=headers,
        expect_errors=True,
    )
    assert where.status_code == 403 and name not in where.body
    for guess in (
        f"/uploads/{name}",
        f"/uploads/ppid-private/identity/{name}",
        f"/ppid-private/identity/{name}",
        f"/ppid/permohonan/{name}/identitas",
        f"/ppid/permohonan/{case['id']}/identitas/{name}",
    ):
        assert app.get(guess, headers=headers).status_code == 404, guess
    assert _document_reads(case["id"]) == []


def test_the_action_behind_the_page_names_the_stored_file_to_the_applicant_and_records_the_read(cast):
    case = file_on_web(cast)

    found = helpers.call_action(
        "ppid_request_file_show", as_user(cast.person("applicant")), id=case["id"], file="identitas"
    )

    assert found == {
        "storage": "identity",
        "stored_name": _stored_name(case["id"]),
        "content_type": "image/png",
        "download_name": f"identitas-{case['id']}.png",
        "attachment": False,
    }
    assert _document_reads(case["id"]) == [cast.person("applicant")["name"]]
    with pytest.raises(tk.ValidationError) as unknown:
        helpers.call_action(
            "ppid_request_file_show", as_user(cast.person("applicant")), id=case["id"], file="ktp"
        )
    assert set(unknown.value.error_dict) == {"file"}


def test_an_unknown_request_has_no_document(app, cast):
    response = app.get("/ppid/permohonan/tidak-ada/identitas", headers=cast.token("utama_admin"))
    assert response.status_code == 404


def test_a_request_recorded_without_a_document_says_so(app, cast):
    case = helpers.call_action("ppid_request_create", as_user(cast.unit_officer), **desk_form())
    response = app.get(f"/ppid/permohonan/{case['id']}/identitas", headers=cast.token("unit_officer"))
    assert response.status_code == 404
