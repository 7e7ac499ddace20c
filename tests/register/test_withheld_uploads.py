"""Uploaded documents: type checked by content, and an exempted item's file never downloaded by the public."""

from __future__ import annotations

import pytest
from ckan import logic
from ckan.tests import helpers
from pdf_samples import HTML_CALLED_PDF, JAVASCRIPT_ON_OPEN, LAUNCH_ON_OPEN, pypdf_document
from register_cast import headers_for

pytestmark = pytest.mark.usefixtures("with_plugins")
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def storage(ckan_config, monkeypatch, tmp_path):
    monkeypatch.setitem(ckan_config, "ckan.storage_path", str(tmp_path))
    return tmp_path


@pytest.fixture
def uploaded(cast, storage, create_with_upload):
    resource = create_with_upload(
        PDF, "sk-klasifikasi.pdf", package_id=cast.item["id"], url="sk-klasifikasi.pdf", name="SK"
    )
    return resource


@pytest.mark.parametrize("who", ("anonymous", "other_unit_editor", "assessor", "outsider"))
def test_public_cannot_download_an_exempted_upload(app, cast, uploaded, who):
    url = f"/dataset/{cast.item['id']}/resource/{uploaded['id']}/download/sk-klasifikasi.pdf"
    response = app.get(url, headers=headers_for(cast, who), expect_errors=True)
    assert response.status_code in (403, 404)
    assert "%PDF" not in response.body


@pytest.mark.parametrize("who", ("unit_editor", "utama_staff"))
def test_owning_unit_and_ppid_utama_download_it(app, cast, uploaded, who):
    url = f"/dataset/{cast.item['id']}/resource/{uploaded['id']}/download/sk-klasifikasi.pdf"
    response = app.get(url, headers=headers_for(cast, who))
    assert response.status_code == 200 and response.body.startswith("%PDF")


def test_executable_renamed_pdf_is_refused(cast, storage, create_with_upload):
    with pytest.raises(logic.ValidationError) as refused:
        create_with_upload(
            b"MZ\x90\x00" + b"\x00" * 200, "laporan.pdf", package_id=cast.open_item["id"], url="x"
        )
    assert "application/x-dosexec" in refused.value.error_dict["upload"][0]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (HTML_CALLED_PDF, "does not begin as a .pdf file"),
        (JAVASCRIPT_ON_OPEN, "(JavaScript)"),
        (LAUNCH_ON_OPEN, "(Launch)"),
    ],
)
def test_a_web_page_or_a_pdf_that_runs_code_is_refused(cast, storage, create_with_upload, content, reason):
    with pytest.raises(logic.ValidationError) as refused:
        create_with_upload(content, "laporan.pdf", package_id=cast.open_item["id"], url="x")
    assert reason in refused.value.error_dict["upload"][0]


def test_a_pdf_with_an_attached_file_is_published(cast, storage, create_with_upload):
    annexed = pypdf_document(attachment=b"PK\x03\x04 tabel")
    resource = create_with_upload(annexed, "laporan.pdf", package_id=cast.open_item["id"], url="laporan.pdf")
    assert resource["url_type"] == "upload"


def test_unknown_extension_is_refused(cast, storage, create_with_upload):
    with pytest.raises(logic.ValidationError) as refused:
        create_with_upload(b"echo hi", "skrip.sh", package_id=cast.open_item["id"], url="x")
    assert refused.value.error_dict["upload"]


def test_opened_exemption_serves_its_file(app, cast, uploaded):
    helpers.call_action(
        "package_patch", {"user": cast.sysadmin["name"]}, id=cast.item["id"], status_pengecualian="berakhir"
    )
    url = f"/dataset/{cast.item['id']}/resource/{uploaded['id']}/download/sk-klasifikasi.pdf"
    assert app.get(url).body.startswith("%PDF")
