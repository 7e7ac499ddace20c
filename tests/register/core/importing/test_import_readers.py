"""Each reader on a small committed fixture that imitates a layout offices produce."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from import_workbooks import dik_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from ckanext.ppid.register.core.importing.html_reader import read_html
from ckanext.ppid.register.core.importing.sqldump_reader import read_sql_dump
from ckanext.ppid.tabular.csv_reader import guess_delimiter, read_csv
from ckanext.ppid.tabular.tables import UnreadableFile
from ckanext.ppid.tabular.xlsx_reader import read_xlsx

FIXTURES = Path(__file__).parent / "fixtures"


def test_csv_with_semicolons_title_line_and_windows_encoding():
    table = read_csv((FIXTURES / "dip_dinkes_semicolon.csv").read_bytes())

    assert table.numbering == "line"
    assert [note.message for note in table.notes] == ["The file is not UTF-8; it was read as Windows-1252."]
    assert table.rows[0].text(0).startswith("DAFTAR INFORMASI PUBLIK")
    assert table.rows[2].text(1) == "Judul Informasi"
    # The quoted summary spans four lines; the row after it starts on line 9.
    assert [row.number for row in table.rows[3:6]] == [4, 5, 9]
    assert table.rows[4].text(2).startswith("Memuat:\r\na. wilayah terdampak;")
    assert table.rows[5].text(1) == "Rencana Strategis Dinas Kesehatan 2021\u20132026"


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a;b;c\n1;2;3\n", ";"),
        ("a,b,c\n1,2,3\n", ","),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ('a;b\n"x, y";z\n', ";"),
    ],
)
def test_delimiter_guess(text, delimiter):
    assert guess_delimiter(text) == delimiter


def test_html_rowspan_colspan_entities_and_links():
    (table,) = read_html((FIXTURES / "dip_sections_rowspan.html").read_bytes(), max_rows=100)
    banner, header = table.rows[0], table.rows[1]

    assert banner.text(5) == banner.text(0) == "A. INFORMASI WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA BERKALA"
    assert banner.cell(5).hspan and not banner.cell(0).hspan
    assert header.text(4) == "Jangka Waktu Penyimpanana"
    first, second = table.rows[3], table.rows[4]
    assert first.text(1) == "Laporan Realisasi Anggaran 2023"  # &nbsp; is a space
    assert first.text(2) == "Realisasi pendapatan & belanja"
    assert first.cell(5).links == ("https://example.go.id/lra-2023.pdf",)
    # The spanned title and unit are copied into the next row and marked as copies.
    assert second.text(1) == "Laporan Realisasi Anggaran 2023" and second.cell(1).vspan
    assert second.text(2) == "a. Semester I" and not second.cell(2).vspan
    assert table.rows[6].text(2) == "Neraca\nyang telah diaudit"
    assert first.number == 16  # the line of its <tr>


def test_html_tables_of_one_pasted_sheet_are_joined():
    page = (
        b"<table><tr><td>Judul</td><td>Ringkasan</td></tr></table>"
        b"<p>x</p><table><tr><td>A</td><td>B</td></tr></table>"
    )

    (table,) = read_html(page, max_rows=100)

    assert [row.text(0) for row in table.rows] == ["Judul", "A"]


def test_sql_dump_escapes_null_and_only_tables_with_data():
    tables = read_sql_dump((FIXTURES / "dik_short_dump.sql").read_bytes(), max_rows=100)

    assert [table.name for table in tables] == ["pengguna", "dik"]
    dik = tables[1]
    assert dik.rows[0].number == 30
    assert [cell.text for cell in dik.rows[0].cells][:3] == ["id", "judul", "ringkasan"]
    first, second = dik.rows[1], dik.rows[2]
    assert first.text(2) == "a. Rekam medis;\r\nb. Hasil laboratorium;\r\nc. Data 'rahasia' pasien"
    assert first.text(8) == ""  # NULL
    assert second.text(2) == "Kata sandi dan kunci enkripsi server 'SIMPEG'"
    assert (first.number, second.number) == (31, 32)


def test_sql_dump_without_column_list_uses_create_table():
    dump = b"CREATE TABLE t (`judul` text, ringkasan text, KEY (judul));\nINSERT INTO t VALUES ('A','B');"

    (table,) = read_sql_dump(dump, max_rows=100)

    assert [cell.text for cell in table.rows[0].cells] == ["judul", "ringkasan"]
    assert [cell.text for cell in table.rows[1].cells] == ["A", "B"]


def test_sql_dump_with_an_unterminated_string_is_refused():
    with pytest.raises(UnreadableFile) as raised:
        read_sql_dump(b"INSERT INTO t (a) VALUES\n('never closed);", max_rows=100)

    assert raised.value.params == {"line": 2}


def test_xlsx_merged_cells_are_spread_and_marked():
    petunjuk, dik = read_xlsx(dik_workbook(), max_rows=100)

    assert (petunjuk.name, dik.name, dik.numbering) == ("Petunjuk", "DIK 2024", "row")
    header, parts = dik.rows[3], dik.rows[4]
    assert (header.number, parts.number) == (4, 5)
    assert header.text(5) == "Bentuk Informasi" and header.cell(5).hspan
    assert parts.text(1) == "Judul Informasi" and parts.cell(1).vspan
    assert parts.text(4) == "Softcopy"
    first, continued = dik.rows[5], dik.rows[6]
    assert first.text(0) == "1" and first.text(8) == "2024-01-15"
    assert continued.text(1) == "Data Kesehatan Pasien" and continued.cell(1).vspan
    assert continued.text(2) == "b. Hasil laboratorium"


def test_xlsx_with_too_many_rows_is_refused():
    with pytest.raises(UnreadableFile) as raised:
        read_xlsx(dik_workbook(), max_rows=5)

    assert raised.value.params == {"limit": 5}


def test_xlsx_cells_read_as_a_spreadsheet_shows_them():
    book = openpyxl.Workbook()
    book.active.append(
        [dt.date(2026, 7, 1), dt.datetime(2026, 7, 1, 13, 45, 10), dt.time(10, 30), 3, 3.5, 4.0, True, None]
    )
    book.active["H1"] = CellRichText(["Data ", TextBlock(InlineFont(b=True), "Kesehatan"), " Pasien"])
    out = io.BytesIO()
    book.save(out)

    (table,) = read_xlsx(out.getvalue(), max_rows=10)

    assert [cell.text for cell in table.rows[0].cells] == [
        "2026-07-01",
        "2026-07-01 13:45:10",
        "10:30:00",
        "3",
        "3.5",
        "4",
        "True",
        "Data Kesehatan Pasien",
    ]


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def other_program_workbook(sheet_data: str, strings: list[str], doctype: str = "") -> bytes:
    """A workbook as other spreadsheet programs write it: shared strings, a date style, and ``sheet_data``."""
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{SHEET_TYPE}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SHEET_TYPE}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SHEET_TYPE}.sharedStrings+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{SHEET_TYPE}.styles+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{PACKAGE_REL}"><Relationship Id="rId1" Target="xl/workbook.xml" '
            f'Type="{OFFICE_REL}/officeDocument"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE_REL}"><sheets>'
            '<sheet name="DIK" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PACKAGE_REL}">'
            f'<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="{OFFICE_REL}/worksheet"/>'
            f'<Relationship Id="rId2" Target="sharedStrings.xml" Type="{OFFICE_REL}/sharedStrings"/>'
            f'<Relationship Id="rId3" Target="styles.xml" Type="{OFFICE_REL}/styles"/></Relationships>'
        ),
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}">{"".join(strings)}</sst>',
        # Style 1 is the built-in date format 14 (d/m/yyyy in an Indonesian Excel).
        "xl/styles.xml": (
            f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font/></fonts><fills count="1">'
            '<fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"
        ),
        "xl/worksheets/sheet1.xml": (
            f'{doctype}<worksheet xmlns="{MAIN}"><sheetData>{sheet_data}</sheetData></worksheet>'
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


def test_xlsx_of_other_programs_shared_strings_dates_and_cells_without_references():
    strings = ["<si><t>Judul Informasi</t></si>", "<si><r><t>Data </t></r><r><t>Kesehatan</t></r></si>"]
    sheet_data = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>'
        # No reference on the row nor on its cells: they follow the row and cell before.
        '<row><c><v>1</v></c><c s="1"><v>45474</v></c><c t="str"><f>A1</f><v>Judul Informasi</v></c>'
        '<c t="e"><v>#N/A</v></c><c t="b"><v>0</v></c></row>'
        '<row r="4"><c r="B4"><v>0.25</v></c></row>'
    )

    (table,) = read_xlsx(other_program_workbook(sheet_data, strings), max_rows=10)

    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Judul Informasi", "", "Data Kesehatan"],
        ["1", "2024-07-01", "Judul Informasi", "#N/A", "False"],
        [],  # a row the sheet leaves out keeps its place
        ["", "0.25"],
    ]
    assert [row.number for row in table.rows] == [1, 2, 3, 4]


def test_xlsx_pointing_past_its_shared_strings_is_refused_as_damaged():
    sheet_data = '<row r="1"><c r="A1" t="s"><v>5</v></c></row>'

    with pytest.raises(UnreadableFile) as raised:
        read_xlsx(other_program_workbook(sheet_data, ["<si><t>Judul</t></si>"]), max_rows=10)

    assert raised.value.message == "The XLSX workbook is damaged and cannot be opened."


def test_xlsx_sheet_pulling_in_a_server_file_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("kata sandi server")
    doctype = f'<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "{secret.as_uri()}">]>'
    sheet_data = '<row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row>'

    with pytest.raises(UnreadableFile) as raised:
        read_xlsx(other_program_workbook(sheet_data, [], doctype), max_rows=10)

    assert raised.value.message == "The XLSX workbook is damaged and cannot be opened."
