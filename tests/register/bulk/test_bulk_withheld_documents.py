"""Documents uploaded in bulk with an exempted row are withheld like every exempted document."""

from __future__ import annotations

import pytest
from bulk_pages import location, log_in, post_documents, post_import, register_items, uploaded
from bulk_samples import csv_sheet, pdf
from register_cast import headers_for

pytestmark = pytest.mark.usefixtures("with_plugins")

MARKER = "isi-rahasia-pasien-5r2"
DIK_HEADER = [
    "Judul Informasi",
    "Ringkasan",
    "Dasar Pengecualian",
    "Dasar Undang-Undang",
    "Konsekuensi",
    "Pertimbangan Kepentingan Publik",
    "Jangka Waktu Pengecualian",
    "Berkas",
]
DIK_ROW = [
    "Hasil Laboratorium Pasien",
    "Hasil pemeriksaan laboratorium pasien",
    "Pasal 17 huruf h angka 2",
    "UU 36/2009 tentang Kesehatan Pasal 57",
    "Membuka riwayat kesehatan pasien",
    "Melindungi rahasia pribadi pasien lebih besar manfaatnya",
    "Selama diperlukan",
    "hasil-lab.pdf",
]
DECREE = {
    "kategori": "dikecualikan",
    "nomor_sk_ppid": "188/20/PPID/2025",
    "tanggal_penetapan": "2025-04-01",
    "persetujuan_pimpinan": "Bupati Lembah Hijau",
}


@pytest.fixture
def exempted_document(app, cast, storage):
    """An exempted item imported from a DIK sheet with its document; its id and the document's id."""
    log_in(app, cast.unit_editor)
    sheet = csv_sheet(DIK_HEADER, [DIK_ROW])
    app.post(location(post_import(app, sheet, {"hasil-lab.pdf": pdf(MARKER)}, **DECREE)))
    log_in(app, None)
    package = register_items()["Hasil Laboratorium Pasien"]
    assert package.extras["kategori"] == "dikecualikan"
    return package.id, uploaded(package)["hasil-lab.pdf"].id


def download(app, cast, who, item_id, resource_id):
    url = f"/dataset/{item_id}/resource/{resource_id}/download/hasil-lab.pdf"
    return app.get(url, headers=headers_for(cast, who))


def resource_show(app, cast, who, resource_id):
    return app.get(f"/api/3/action/resource_show?id={resource_id}", headers=headers_for(cast, who))


@pytest.mark.parametrize("who", ("anonymous", "other_unit_editor"))
def test_the_public_and_other_units_cannot_download_it(app, cast, exempted_document, who):
    item_id, resource_id = exempted_document

    refused = download(app, cast, who, item_id, resource_id)
    shown = resource_show(app, cast, who, resource_id)

    assert refused.status_code in (403, 404) and MARKER not in refused.get_data(as_text=True)
    assert shown.status_code == 403 and "hasil-lab.pdf" not in shown.body


def test_the_owning_unit_downloads_it(app, cast, exempted_document):
    item_id, resource_id = exempted_document

    assert MARKER in download(app, cast, "unit_editor", item_id, resource_id).get_data(as_text=True)
    shown = resource_show(app, cast, "unit_editor", resource_id).json["result"]
    assert shown["url_type"] == "upload" and shown["url"].endswith("hasil-lab.pdf")


@pytest.mark.parametrize("who", ("anonymous", "other_unit_editor"))
def test_documents_added_to_an_exempted_item_are_withheld_too(app, cast, storage, who):
    log_in(app, cast.unit_editor)
    app.post(location(post_documents(app, cast.item["name"], {"hasil-lab.pdf": pdf(MARKER)})))
    log_in(app, None)
    (resource,) = uploaded(register_items()["Rekam Medis Pasien"]).values()

    assert MARKER not in download(app, cast, who, cast.item["id"], resource.id).get_data(as_text=True)
    assert resource_show(app, cast, who, resource.id).status_code == 403
    assert MARKER in download(app, cast, "unit_editor", cast.item["id"], resource.id).get_data(as_text=True)
