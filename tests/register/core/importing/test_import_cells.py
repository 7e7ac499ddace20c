"""Cell normalisers: packed lists, unit lists, years, Indonesian dates, forms, periods, Pasal 17 codes."""

from __future__ import annotations

import datetime as dt

import pytest

from ckanext.ppid.register.core.importing import cells


def test_packed_list_with_literal_line_breaks_becomes_items():
    text = r"a. Data base kependudukan;\r\nb. Data pencarian kerja (AKII);\r\nc. Data pribadi transmigran;"

    assert cells.list_items(text) == (
        "",
        ["Data base kependudukan", "Data pencarian kerja (AKII)", "Data pribadi transmigran"],
    )


def test_packed_list_keeps_the_text_before_it_as_a_lead_paragraph():
    assert (
        cells.as_markdown("Memuat:\na. wilayah;\nb. cara pencegahan")
        == "Memuat:\n\n- wilayah\n- cara pencegahan"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Dinas Kominfo Kab. Malang",
        "a. hanya satu butir",
        "Data b. dan c. tanpa urutan",
        "Kepala Dinas; Sekretaris",
    ],
)
def test_text_without_an_enumerated_sequence_is_not_a_list(text):
    assert cells.list_items(text) is None
    assert cells.as_markdown(text) == text


def test_units_are_split_on_semicolons_without_duplicates():
    assert cells.split_units("Dinas Kesehatan; Dinas Sosial;\nDinas Kesehatan;") == [
        "Dinas Kesehatan",
        "Dinas Sosial",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 September 2023", dt.date(2023, 9, 12)),
        ("Senin, 1 Agustus 2022", dt.date(2022, 8, 1)),
        ("3 Agt. 2021", dt.date(2021, 8, 3)),
        ("5 Nopember 2020", dt.date(2020, 11, 5)),
        ("2023-09-12", dt.date(2023, 9, 12)),
        ("2023-09-12 00:00:00", dt.date(2023, 9, 12)),
        ("12/09/2023", dt.date(2023, 9, 12)),
        ("12-09-2023", dt.date(2023, 9, 12)),
        ("31 Februari 2024", None),
        ("12 Septober 2023", None),
        ("minggu depan", None),
    ],
)
def test_dates(text, expected):
    assert cells.parse_date(text) == expected


def test_years_in_text():
    assert cells.parse_years("Tahun 2023") == [2023]
    assert cells.parse_years("Renstra 2021-2026") == [2021, 2026]
    assert cells.parse_years("Nomor 12345") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soft dan Hard Copy", ["softcopy", "hardcopy"]),
        ("Hard & Soft File", ["softcopy", "hardcopy"]),
        ("Soft Copy", ["softcopy"]),
        ("Cetak", ["hardcopy"]),
        ("Elektronik (PDF)", ["softcopy"]),
        ("lihat lampiran", None),
    ],
)
def test_forms(text, expected):
    assert cells.parse_forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [("v", True), ("Ada", True), ("-", False), ("tidak", False), ("", False)]
)
def test_checkbox_cells(text, expected):
    assert cells.is_checked(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 tahun", "5"),
        ("30 (tiga puluh) tahun", "30"),
        ("Selama diperlukan", "selama_diperlukan"),
        ("Selama masih diperlukan.", "selama_diperlukan"),
        ("Permanen", None),
        ("Selama berlaku", None),
    ],
)
def test_exemption_periods(text, expected):
    assert cells.parse_exemption_period(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pasal 17 huruf h angka 2", ["17.h.2"]),
        ("Pasal 17 huruf (h) angka (2) UU 14/2008", ["17.h.2"]),
        ("Pasal 17 huruf h UU 14 Tahun 2008", ["17.h"]),
        ("Ps. 17 (j) jo. UU 27/2022", ["17.j"]),
        ("17.c.6", ["17.c.6"]),
        ("Pasal 17 huruf a dan Pasal 17 huruf h", ["17.a", "17.h"]),
        ("Pasal 17 dan 18", []),
        ("UU 36/2009 tentang Kesehatan Pasal 57", []),
    ],
)
def test_pasal_17_codes(text, expected):
    assert cells.parse_grounds(text) == expected
