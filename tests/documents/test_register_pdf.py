"""The DIP and DIK PDFs read back: letterhead, page numbers, headings in order, every item, nothing secret,
and on a page that goes on with a table, which category and unit it continues."""

from __future__ import annotations

import dataclasses
import gc
import io
import re
import struct
import zlib

import pytest
from pypdf import PdfReader
from register_sample import (
    BODY,
    EXEMPTED_TITLES,
    PUBLIC_TITLES,
    REGISTER,
    SECRET_FILE,
    SECRET_PAGE,
    export,
    indonesian,
)

from ckanext.ppid.documents.register_pdf import css_string, page_counter, register_html, render_register_pdf

# Enough items that the consolidated DIP runs over several pages: Dinas Kesehatan's "available at any time"
# items fill more than two of them.
DECREE = "Keputusan Kepala Dinas Kesehatan Nomor"
LONG_REGISTER = REGISTER + [
    dict(REGISTER[4], title=f"{DECREE} {number} Tahun 2026", name=f"sk-{number}") for number in range(1, 41)
]
ANY_TIME = "C. Informasi Setiap Saat"


def _pages(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _links(pdf: bytes) -> list[str]:
    links = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            links.append(str(action.get("/URI", "")))
    return links


@pytest.fixture(scope="module")
def dip() -> bytes:
    return render_register_pdf(export("dip", rows=LONG_REGISTER), indonesian)


@pytest.fixture(scope="module")
def dik() -> bytes:
    return render_register_pdf(export("dik"), indonesian)


@pytest.fixture(scope="module")
def unit_dip() -> bytes:
    return render_register_pdf(export("dip", "Dinas Kesehatan", LONG_REGISTER), indonesian)


def test_dip_has_the_letterhead_title_and_establishment(dip):
    first = _pages(dip)[0]
    assert BODY.upper() in first
    assert "Jl. Jenderal Sudirman No. 16" in first
    assert "DAFTAR INFORMASI PUBLIK" in first
    assert "Ditetapkan oleh PPID Utama (SK Nomor 188.4/12/PPID/2026) pada tanggal 23 November 2026" in first


def test_every_page_is_numbered_out_of_the_total(dip):
    pages = _pages(dip)
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in text


def test_table_headers_repeat_on_every_page(dip):
    for text in _pages(dip):
        assert "Judul Informasi" in text
        assert "Ringkasan Isi Informasi" in text


def test_a_page_going_on_with_a_unit_names_its_category_and_unit(dip):
    pages = _pages(dip)
    decree_pages = [text for text in pages if DECREE in text]
    assert len(decree_pages) > 2
    first, *continued = decree_pages
    assert f"{ANY_TIME} · Dinas Kesehatan (lanjutan)" not in first
    for text in continued:
        assert f"{ANY_TIME} · Dinas Kesehatan (lanjutan)" in text
        assert "Judul Informasi" in text


def test_the_first_page_continues_nothing(dip):
    assert "lanjutan" not in _pages(dip)[0]


def test_a_page_never_names_a_unit_whose_items_it_does_not_hold(dip):
    for text in _pages(dip):
        for unit in re.findall(r"· ([^·()]+?) \(lanjutan\)", text):
            items = [row["title"] for row in LONG_REGISTER if row["unit_title"] == unit]
            assert any(title in text for title in items), unit


def test_a_unit_export_going_on_names_the_category(unit_dip):
    pages = _pages(unit_dip)
    assert len(pages) > 1
    for text in pages[1:]:
        assert f"{ANY_TIME} (lanjutan)" in text
        assert "· Dinas Kesehatan (lanjutan)" not in text


def test_category_headings_in_legal_order(dip):
    text = " ".join(_pages(dip))
    positions = [
        text.index(heading)
        for heading in ("A. Informasi Berkala", "B. Informasi Serta Merta", "C. Informasi Setiap Saat")
    ]
    assert positions == sorted(positions)
    assert "Informasi yang Dikecualikan" not in text


def test_a_consolidated_dip_names_each_unit_above_its_items(dip):
    text = " ".join(_pages(dip))
    first, second = "Dinas Kesehatan 1 Laporan Keuangan", "Kecamatan Sungai Jernih 3 Rencana Kerja"
    assert text.index(first) < text.index(second)


def test_every_public_item_and_no_exempted_item_in_the_dip(dip):
    text = " ".join(_pages(dip))
    for row in LONG_REGISTER:
        if row["kategori"] == "dikecualikan":
            assert row["title"] not in text
        else:
            assert row["title"] in text


def test_dip_titles_link_to_the_item_pages(dip):
    links = _links(dip)
    assert "https://ppid.lembahhijau.example/informasi-publik/item-1" in links
    assert SECRET_PAGE not in links


def test_dik_lists_every_exempted_item_and_no_link_or_file(dik):
    pages = _pages(dik)
    text = " ".join(pages)
    assert "DAFTAR INFORMASI YANG DIKECUALIKAN" in text
    assert "A. Informasi yang Dikecualikan" in text
    assert f"Halaman 1 dari {len(pages)}" in pages[0]
    for title in EXEMPTED_TITLES:
        assert title in text
    for title in PUBLIC_TITLES:
        assert title not in text
    assert "ppid.lembahhijau.example" not in text
    assert _links(dik) == []
    html = register_html(export("dik"), indonesian)
    assert SECRET_PAGE not in html and SECRET_FILE not in html and "example/" not in html


def test_a_unit_export_names_the_unit_and_has_no_unit_column():
    pdf = render_register_pdf(export("dip", "Kecamatan Sungai Jernih"), indonesian)
    text = " ".join(_pages(pdf))
    assert "Kecamatan Sungai Jernih" in text
    assert "Agenda Kerja Camat Sungai Jernih Bulan Oktober 2026" in text
    assert "Profil Dinas Kesehatan" not in text
    assert "Unit PPID" not in text


def test_an_empty_category_says_so():
    rows = [row for row in REGISTER if row["kategori"] != "serta_merta"]
    text = " ".join(_pages(render_register_pdf(export("dip", rows=rows), str, "en")))
    assert "B. Immediate information" in text
    assert "No information in this category." in text
    assert re.search(r"Page 1 of \d+", text)


def _png() -> bytes:
    """A one-pixel PNG, built by hand so the test needs no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00\x80\x00"))
        + (chunk(b"IEND", b""))
    )


def test_the_logo_is_drawn_from_a_local_file(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    with_logo = dataclasses.replace(export("dik"), logo_path=logo)
    assert logo.as_uri() in register_html(with_logo, indonesian)
    page = PdfReader(io.BytesIO(render_register_pdf(with_logo, indonesian))).pages[0]
    images = [
        name for name, xobject in page["/Resources"]["/XObject"].items() if xobject["/Subtype"] == "/Image"
    ]
    assert images


def test_rendering_leaves_the_garbage_collector_as_it_found_it():
    render_register_pdf(export("dik"), indonesian)
    assert gc.isenabled()
    gc.disable()
    try:
        render_register_pdf(export("dik"), indonesian)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_page_counter_css_keeps_translated_words_as_safe_strings():
    assert page_counter("Halaman {page} dari {pages}") == '"Halaman " counter(page) " dari " counter(pages)'
    assert css_string('a"b</style>') == '"a\\22 b\\3c /style\\3e "'
