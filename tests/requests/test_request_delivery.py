"""Handing over granted information: files checked by content and size, kept privately and served only to
the applicant and the handling staff; register items linked only when public, never when withheld."""

from __future__ import annotations

import io

import ckan.plugins.toolkit as tk
import pytest
import sqlalchemy as sa
from ckan import model
from filing_cast import PDF_BYTES, png_bytes, upload
from handling_cast import GRANTED, act, exempted_item, open_item, processed, row
from pdf_samples import JAVASCRIPT_ON_OPEN

from ckanext.ppid.audit.model import audit_event
from ckanext.ppid.requests.model.delivery import RequestDelivery

pytestmark = pytest.mark.usefixtures("with_plugins")


def _granted(cast) -> dict:
    case = processed(cast)
    act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    return case


def _file_id(case: dict) -> str:
    [delivery] = [d for d in RequestDelivery.of_request(case["id"]) if d.kind == "file"]
    return delivery.id


@pytest.mark.parametrize(
    ("content", "name", "problem"),
    [
        (png_bytes(), "laporan.pdf", "image/png"),  # content and name disagree
        (b"MZ\x90\x00\x03\x00\x00\x00", "setup.exe", ".exe"),  # not a document type
        (b"", "kosong.csv", "kosong.csv"),  # empty
        (JAVASCRIPT_ON_OPEN, "salinan.pdf", "JavaScript"),  # runs when the applicant opens it
    ],
)
def test_a_file_is_checked_by_its_content(cast, content, name, problem):
    case = _granted(cast)
    with pytest.raises(tk.ValidationError) as refused:
        act("ppid_request_deliver", cast.unit_officer, case, files=upload(content, name))
    assert problem in refused.value.error_dict["files"][0]
    assert RequestDelivery.of_request(case["id"]) == []
    assert row(case).status == "pemberitahuan_dikirim"


def test_a_file_larger_than_the_limit_is_refused(cast, ckan_config, monkeypatch):
    monkeypatch.setitem(ckan_config, "ckanext.ppid.requests.delivery_max_mb", 1)
    case = _granted(cast)
    big = PDF_BYTES + b"%" + b"0" * (1024 * 1024)
    with pytest.raises(tk.ValidationError) as refused:
        act("ppid_request_deliver", cast.unit_officer, case, files=upload(big, "besar.pdf"))
    assert "1 MB" in refused.value.error_dict["files"][0]


def test_a_withheld_or_missing_register_item_is_never_handed_over(cast):
    withheld = exempted_item(cast)
    case = _granted(cast)
    for ref in (withheld["name"], withheld["id"], "tidak-ada"):
        with pytest.raises(tk.ValidationError) as refused:
            act("ppid_request_deliver", cast.unit_officer, case, items=ref)
        assert ref in refused.value.error_dict["items"][0]
    assert RequestDelivery.of_request(case["id"]) == []
    assert row(case).status == "pemberitahuan_dikirim"


def test_nothing_is_handed_over_without_files_or_items(cast):
    case = _granted(cast)
    with pytest.raises(tk.ValidationError) as refused:
        act("ppid_request_deliver", cast.unit_officer, case)
    assert "items" in refused.value.error_dict


def test_the_applicant_downloads_the_delivered_file_and_the_read_is_audited(app, cast):
    item = open_item(cast)
    case = _granted(cast)
    act(
        "ppid_request_deliver",
        cast.unit_officer,
        case,
        files=upload(PDF_BYTES, "Data Puskesmas.pdf"),
        items=item["id"],
    )

    response = app.get(
        f"/ppid/permohonan/{case['id']}/serahan/{_file_id(case)}", headers=cast.token("applicant")
    )
    assert response.status_code == 200
    assert response.data == PDF_BYTES
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert "Data_Puskesmas.pdf" in response.headers["Content-Disposition"]
    assert response.headers["Cache-Control"] == "private, no-store"
    query = sa.select(audit_event.c.actor_name).where(
        audit_event.c.object_id == case["id"], audit_event.c.action == "request.delivery.read"
    )
    with model.ensure_engine().connect() as connection:
        assert connection.execute(query).scalars().all() == ["warga"]

    page = app.get(f"/ppid/permohonan/{case['id']}", headers=cast.token("applicant")).body
    assert f"/ppid/permohonan/{case['id']}/serahan/{_file_id(case)}" in page
    assert "/informasi-publik/profil-dinkes" in page


@pytest.mark.parametrize("who", ["anonymous", "other_applicant", "other_unit_editor", "assessor", "atasan"])
def test_nobody_else_downloads_a_delivered_file(app, cast, who):
    case = _granted(cast)
    act("ppid_request_deliver", cast.unit_officer, case, files=upload(PDF_BYTES, "data.pdf"))
    url = f"/ppid/permohonan/{case['id']}/serahan/{_file_id(case)}"
    assert app.get(url, headers=cast.token(who)).status_code == 403


def test_an_unknown_or_foreign_delivery_is_404(app, cast):
    case, other = _granted(cast), _granted(cast)
    act("ppid_request_deliver", cast.unit_officer, other, files=upload(PDF_BYTES, "data.pdf"))
    headers = cast.token("unit_admin")
    assert app.get(f"/ppid/permohonan/{case['id']}/serahan/tidak-ada", headers=headers).status_code == 404
    assert (
        app.get(f"/ppid/permohonan/{case['id']}/serahan/{_file_id(other)}", headers=headers).status_code
        == 404
    )


def test_the_api_takes_an_uploaded_file_and_answers_refusals_with_409(app, cast):
    case = _granted(cast)
    url = "/api/3/action/ppid_request_deliver"
    headers = cast.token("unit_officer")
    refused = app.post(url, data={"id": case["id"], "items": "tidak-ada"}, headers=headers)
    assert refused.status_code == 409
    assert "tidak-ada" in refused.json["error"]["items"][0]

    done = app.post(
        url, data={"id": case["id"], "files": (io.BytesIO(PDF_BYTES), "data.pdf")}, headers=headers
    )
    assert done.status_code == 200
    assert done.json["result"]["status"] == "selesai"
    assert [d["title"] for d in done.json["result"]["deliveries"]] == ["data.pdf"]
