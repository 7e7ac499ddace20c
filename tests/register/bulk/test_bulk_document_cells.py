"""The document column of a register sheet: what a cell names, and how rows meet the uploaded files (pure)."""

from __future__ import annotations

import pytest

from ckanext.ppid.law.problems import Problem
from ckanext.ppid.register.core.importing.documents import (
    NOT_UPLOADED,
    SAME_NAME,
    BatchFile,
    match_documents,
    named_in,
)
from ckanext.ppid.register.core.importing.headers import match_column
from ckanext.ppid.register.core.importing.imported_row import ImportedRow


@pytest.mark.parametrize(
    "header", ("Berkas", "File", "Nama File", "Nama Berkas", "Dokumen", "Lampiran", "File Dokumen", "Tautan")
)
def test_document_column_headers(header):
    assert match_column(0, header, exempt=False).field == "url"


def test_a_title_column_named_for_documents_stays_the_title():
    assert match_column(0, "Nama Dokumen", exempt=False).field == "title"


def test_several_names_and_links_in_one_cell():
    cell = "a. profil.pdf; b. Struktur Organisasi.PNG\nhttps://contoh.example/lkjip.pdf"

    named, unread = named_in([cell], [])

    assert named == ["profil.pdf", "Struktur Organisasi.PNG", "https://contoh.example/lkjip.pdf"]
    assert unread == []


@pytest.mark.parametrize("text", ("Lihat", "Website", "www.dinkes.go.id", "Perda No. 5 Th. 2020", "Rp. 1.0"))
def test_words_are_neither_links_nor_file_names(text):
    assert named_in([text], []) == ([], [text])


def test_a_hyperlinked_cell_names_its_links_not_its_label():
    assert named_in(["laporan.pdf"], ["https://contoh.example/laporan.pdf"]) == (
        ["https://contoh.example/laporan.pdf"],
        [],
    )


def row(number: int, *named: str) -> ImportedRow:
    return ImportedRow(number, {"title": f"Item {number}", "url": list(named)})


def test_rows_meet_files_by_name_without_case_or_folders():
    files = [BatchFile("1", "profil.pdf", 1), BatchFile("0002", "SK-01.pdf", 2), BatchFile("3", "x.pdf", 3)]
    rows = [row(2, "Profil.PDF", "https://contoh.example/a.pdf"), row(3, "arsip/sk-01.pdf"), row(4)]

    plan = match_documents(rows, files)

    assert [document.name for document in plan.by_row[2]] == ["profil.pdf", "https://contoh.example/a.pdf"]
    assert plan.links_of(2) == ["https://contoh.example/a.pdf"]
    assert [batch_file.key for batch_file in plan.files_of(3)] == ["0002"]
    assert plan.by_row[4] == []
    assert [batch_file.name for batch_file in plan.unnamed] == ["x.pdf"]
    assert not any(item.errors for item in rows)


def test_missing_ambiguous_and_refused_files_are_row_errors():
    refused = Problem("refused {file}", {"file": "besar.pdf"})
    files = [
        BatchFile("0001", "sama.pdf", 1),
        BatchFile("0002", "SAMA.pdf", 1),
        BatchFile("0003", "besar.pdf", 99, refused),
    ]
    rows = [row(2, "hilang.pdf"), row(3, "sama.pdf"), row(4, "besar.pdf")]

    match_documents(rows, files)

    assert [(error.message, dict(error.params)) for error in rows[0].errors] == [
        (NOT_UPLOADED, {"file": "hilang.pdf"})
    ]
    assert [(error.message, dict(error.params)) for error in rows[1].errors] == [
        (SAME_NAME, {"file": "sama.pdf", "count": 2})
    ]
    assert [(error.message, dict(error.params)) for error in rows[2].errors] == [
        ("refused {file}", {"file": "besar.pdf"})
    ]
