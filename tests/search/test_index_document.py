"""From the document CKAN sends to Solr to a row, without a database."""

from __future__ import annotations

import pytest

from ckanext.ppid.search import document

DOC = {
    "index_id": "abc",
    "id": "d1",
    "site_id": "site",
    "name": "laporan",
    "title": "Laporan Keuangan",
    "title_string": "Laporan Keuangan",
    "notes": "Realisasi belanja",
    "tags": ["anggaran", "anggaran", "keuangan"],
    "groups": [],
    "organization": None,
    "private": False,
    "num_resources": 2,
    "res_format": ["CSV", "", "CSV"],
    "res_name": ["Tabel", "Lampiran"],
    "extras_tahun": "2024",
    "tahun": "2024",
    "kategori": "berkala",
    "vocab_topik": ["air"],
    "release_date": "2024-01-31T10:00:00+07:00",
    "metadata_created": "2024-01-01T00:00:00.123456Z",
    "metadata_modified": "2024-01-02T00:00:00Z",
    "permission_labels": ["public"],
    "capacity": "public",
    "data_dict": '{"id": "d1"}',
    "validated_data_dict": '{"id": "d1"}',
}


def test_terms_are_solr_strings_without_empty_or_duplicate_values():
    row = document.build_row(DOC)
    assert row.terms["private"] == ["false"]
    assert row.terms["num_resources"] == ["2"]
    assert row.terms["vocab_topik"] == ["air"]
    # analysed fields are only marked present; fields with columns and the blobs are not repeated
    assert row.terms["notes"] == [] and row.terms["res_name"] == []
    assert not {"tags", "name", "res_format", "data_dict", "groups"} & set(row.terms)
    assert row.terms["metadata_created"] == ["2024-01-01T00:00:00.123456Z"]


def test_array_columns_hold_each_value_once():
    row = document.build_row(DOC)
    assert row.columns["tags"] == ["anggaran", "keuangan"]
    assert row.columns["res_format"] == ["CSV"]
    assert row.columns["groups"] == []


def test_dates_are_canonical_utc():
    row = document.build_row(DOC)
    assert row.terms["release_date"] == ["2024-01-31T03:00:00Z"]
    assert row.columns["metadata_created"].isoformat() == "2024-01-01T00:00:00.123456+00:00"


def test_columns_and_blobs():
    row = document.build_row(DOC)
    assert row.columns["index_id"] == "abc"
    assert row.columns["organization"] is None
    assert row.columns["permission_labels"] == ["public"]
    assert row.columns["validated_data_dict"] == '{"id": "d1"}'
    assert "data_dict" not in row.doc and row.doc["tags"] == DOC["tags"]


def test_catch_all_text_by_weight():
    row = document.build_row(DOC)
    assert row.texts["A"] == ["laporan", "Laporan Keuangan"]
    assert row.texts["B"] == ["anggaran", "keuangan"]
    # notes, resources, extras, vocabularies and plain (scheming) keys; a key that is also an
    # extra counts once; core keys such as private or num_resources are not text
    assert set(row.texts["C"]) == {"Realisasi belanja", "Tabel", "Lampiran", "2024", "berkala", "air"}
    assert row.texts["C"].count("2024") == 1


@pytest.mark.parametrize(
    "change",
    [{"index_id": None}, {"site_id": ""}, {"release_date": "not a date"}, {"views_total": "many"}],
)
def test_documents_solr_would_refuse(change):
    with pytest.raises(document.InvalidDocument):
        document.build_row({**DOC, **change})


def test_nul_characters_are_dropped():
    row = document.build_row({**DOC, "notes": "a\x00b", "tags": ["x\x00"], "extras_k\x00": "v"})
    assert row.doc["notes"] == "ab" and row.columns["tags"] == ["x"] and "extras_k" in row.doc
