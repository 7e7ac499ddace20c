"""Importing a sheet with its documents: the preview pairs rows with files, the commit is all or nothing."""

from __future__ import annotations

import re

import pytest
from bulk_pages import (
    DIP_HEADER,
    location,
    log_in,
    post_import,
    register_items,
    shown,
    text,
    uploaded,
)
from bulk_samples import EXECUTABLE, csv_sheet, pdf, png, zip_of
from ckan.lib import files

from ckanext.ppid.register import archive as document_archive
from ckanext.ppid.register import staging as document_staging
from ckanext.ppid.register.core.importing import documents

pytestmark = pytest.mark.usefixtures("with_plugins")

LINK = "https://contoh.example/lkjip-2025.pdf"
SHEET = csv_sheet(
    DIP_HEADER,
    [
        ["Profil Layanan Puskesmas", "Profil singkat", "setiap saat", "2025", "profil.pdf; bagan.png"],
        ["Laporan Kinerja 2025", "LKjIP", "setiap saat", "2025", LINK],
        ["Daftar Puskesmas", "Alamat puskesmas", "setiap saat", "2025", ""],
    ],
)
DOCUMENTS = {"profil.pdf": pdf("profil"), "bagan.png": png(), "sisa.pdf": pdf("sisa")}


@pytest.fixture
def editor(app, cast):
    log_in(app, cast.unit_editor)
    return cast.unit_editor


def test_the_preview_shows_each_rows_documents_and_the_files_no_row_names(app, editor, storage):
    before = set(register_items())

    preview_url = location(post_import(app, SHEET, DOCUMENTS))

    preview = app.get(preview_url)
    page = text(preview)
    assert preview.status_code == 200
    assert "profil.pdf" in page and "bagan.png" in page and LINK in page
    unnamed = page.split("ppid-unnamed-documents", 1)[1].split("</div>", 1)[0]
    assert "sisa.pdf" in unnamed and "profil.pdf" not in unnamed
    assert 'class="text-danger ppid-row-error"' not in preview.body
    assert f'action="{preview_url}"' in page  # the commit form
    # Nothing is in the catalogue until the officer commits; the files wait in the staging directory.
    assert set(register_items()) == before
    assert len(storage.batches()) == 1 and storage.stored_files() == []


def test_the_commit_creates_the_items_with_their_documents(app, editor, storage):
    preview_url = location(post_import(app, SHEET, DOCUMENTS))

    done = app.post(preview_url)

    assert done.status_code == 200
    items = register_items()
    profil = items["Profil Layanan Puskesmas"]
    assert sorted(uploaded(profil)) == ["bagan.png", "profil.pdf"]
    (link,) = items["Laporan Kinerja 2025"].resources
    assert (link.url, link.name, link.url_type) == (LINK, "lkjip-2025.pdf", None)
    assert items["Daftar Puskesmas"].resources == []
    download_url = f"/dataset/{profil.id}/resource/{uploaded(profil)['profil.pdf'].id}/download/profil.pdf"
    download = app.get(download_url)
    assert download.status_code == 200 and download.get_data() == pdf("profil")
    assert len(storage.stored_files()) == 2
    assert storage.batches() == []  # the staged batch is gone once committed
    # The items are searchable at once: the unit's DIP lists them.
    dip = text(app.get("/ppid/dip/dinkes"))
    assert "Profil Layanan Puskesmas" in dip and "Daftar Puskesmas" in dip


@pytest.mark.ckan_config("ckanext.ppid.documents.max_file_mb", 1)
def test_missing_refused_and_large_files_are_row_errors(app, editor, storage):
    sheet = csv_sheet(
        DIP_HEADER,
        [
            ["Profil", "Profil", "setiap saat", "2025", "hilang.pdf"],
            ["Laporan", "Laporan", "setiap saat", "2025", "laporan.pdf"],
            ["Peta", "Peta", "setiap saat", "2025", "besar.pdf"],
            ["Bagan", "Bagan", "setiap saat", "2025", "bagan.png"],
        ],
    )
    uploads = {"laporan.pdf": EXECUTABLE, "besar.pdf": pdf() + b"0" * (1024 * 1024), "bagan.png": png()}
    preview_url = location(post_import(app, sheet, uploads))

    page = text(app.get(preview_url))

    assert shown(app, documents.NOT_UPLOADED, file="hilang.pdf") in page
    assert shown(app, document_staging.FILE_TOO_LARGE, file="besar.pdf", limit=1) in page
    wrong = shown(app, document_staging.WRONG_CONTENT, file="laporan.pdf", detected="", extension=".pdf")
    assert wrong.split("()")[0] in page and "application/x-dosexec" in page
    assert page.count("ppid-row-error") == 3
    assert 'action="' + preview_url not in page  # no commit form while a row has errors
    # Committing anyway creates nothing and writes no file.
    before = set(register_items())
    app.post(preview_url)
    assert set(register_items()) == before and storage.stored_files() == []


def test_row_errors_read_english_on_the_english_pages(app, editor, storage):
    sheet = csv_sheet(DIP_HEADER, [["Profil", "Profil", "setiap saat", "2025", "hilang.pdf"]])
    preview_url = location(post_import(app, sheet, {"lain.pdf": pdf()}))

    page = text(app.get("/en" + preview_url))

    assert 'The file "hilang.pdf" named in this row was not uploaded.' in page
    assert "No row names these uploaded files; they will not be imported:" in page


def test_documents_in_a_zip(app, editor, storage):
    archive = zip_of({"DIP 2025/profil.pdf": pdf("zip"), "DIP 2025/bagan.png": png()})
    row = ["Profil Dinas", "Profil", "setiap saat", "2025", "profil.pdf\nbagan.png"]
    sheet = csv_sheet(DIP_HEADER, [row])

    app.post(location(post_import(app, sheet, archive=archive)))

    assert sorted(uploaded(register_items()["Profil Dinas"])) == ["bagan.png", "profil.pdf"]


def test_an_unsafe_zip_refuses_the_upload(app, editor, storage):
    archive = zip_of({"../../luar.pdf": pdf()})
    sheet = csv_sheet(DIP_HEADER, [["Profil", "Profil", "setiap saat", "2025", "luar.pdf"]])

    response = post_import(app, sheet, archive=archive)

    assert location(response) == "/ppid/import/"
    page = text(app.get("/ppid/import/"))
    message = document_archive.UNSAFE_PATH
    assert shown(app, message, archive="berkas.zip", path="../../luar.pdf") in page
    assert storage.batches() == []


def test_a_failing_row_in_the_middle_leaves_no_items_and_no_files(app, editor, storage):
    header = [*DIP_HEADER, "Unit"]
    sheet = csv_sheet(
        header,
        [
            ["Profil Dinas", "Profil", "setiap saat", "2025", "profil.pdf", "dinkes"],
            ["Data Rahasia", "Data", "setiap saat", "2025", "data.pdf", "Dinas Yang Tidak Ada"],
            ["Bagan Organisasi", "Bagan", "setiap saat", "2025", "bagan.png", "dinkes"],
        ],
    )
    before = set(register_items())
    uploads = {"profil.pdf": pdf(), "data.pdf": pdf(), "bagan.png": png()}
    preview_url = location(post_import(app, sheet, uploads))

    refused = app.post(preview_url)

    assert shown(app, "Nothing was imported: rows {rows} were refused.", rows="3") in text(refused)
    assert set(register_items()) == before
    assert storage.stored_files() == []
    assert len(storage.batches()) == 1  # still staged: the officer may fix the sheet and try again


def test_a_storage_failure_on_a_later_file_removes_the_earlier_ones(app, editor, storage, monkeypatch):
    resources = files.get_storage("resources")
    real_upload = resources.upload
    calls = []

    def upload_failing_the_second(location, upload, **kwargs):
        calls.append(location)
        if len(calls) == 2:
            raise OSError("disk full")
        return real_upload(location, upload, **kwargs)

    monkeypatch.setattr(resources, "upload", upload_failing_the_second)
    sheet = csv_sheet(
        DIP_HEADER,
        [
            ["Profil Dinas", "Profil", "setiap saat", "2025", "profil.pdf"],
            ["Bagan Organisasi", "Bagan", "setiap saat", "2025", "bagan.png"],
        ],
    )
    before = set(register_items())
    preview_url = location(post_import(app, sheet, {"profil.pdf": pdf(), "bagan.png": png()}))

    refused = app.post(preview_url)

    assert len(calls) == 2  # the first file was written before the second failed
    assert set(register_items()) == before
    assert storage.stored_files() == []
    assert shown(app, "A document could not be stored.") in text(refused)


def test_another_units_editor_cannot_import_into_the_unit(app, cast, storage):
    log_in(app, cast.other_unit_editor)

    response = post_import(app, SHEET, DOCUMENTS)

    assert response.status_code == 403
    assert storage.batches() == []


def test_anonymous_visitors_cannot_open_the_import(app, cast):
    assert app.get("/ppid/import/").status_code == 403


def test_the_preview_refuses_what_the_commit_would_in_the_forms_words(app, editor, storage):
    # A periodic item needs its Perki 1/2021 item and its update period: the preview said "0 with errors" and
    # the commit then refused every row, naming the fields by their codes.
    sheet = csv_sheet(DIP_HEADER, [["Laporan Keuangan 2025", "LK", "berkala", "2025", ""]])
    preview_url = location(post_import(app, sheet))

    preview = app.get(preview_url)

    named = re.findall(r'class="text-danger ppid-row-error"><strong>([^<]*)</strong>', preview.body)
    assert set(named) == {"Jenis Informasi Berkala (Perki 1/2021)", "Periode Pemutakhiran"}
    assert "item_berkala" not in text(preview) and "periodisitas" not in text(preview)
    assert "<li>Judul Informasi &rarr; Judul Informasi</li>" in preview.body
    before = set(register_items())
    app.post(preview_url)
    assert set(register_items()) == before
