"""Workbooks built in the tests (an XLSX fixture is binary; building it shows its layout in the code)."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl

# Row 4 of the DIK sheet; None where a merged cell of the row before spans.
DIK_HEADER = [
    "No",
    "Judul Informasi",
    "Ringkasan",
    "Unit Penguasa",
    "Bentuk Informasi",
    None,
    "Dasar Pengecualian (Pasal 17)",
    "Jangka Waktu",
    "Tanggal Penetapan",
    "Waktu dan Tempat Pembuatan",
    None,
    "Dasar Undang-Undang",
    "Konsekuensi",
    "Pertimbangan Kepentingan Publik",
]
DIK_HEADER_MERGES = ("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:G5", "H4:H5", "I4:I5", "J4:K4")
DIK_HEADER_MERGES += ("L4:L5", "M4:M5", "N4:N5")
TEST = ["UU 14/2008 Pasal 17 huruf h", "Membuka rahasia pribadi", "Hak atas privasi lebih besar"]
DIK_ROWS = [
    [1, "Data Kesehatan Pasien", "a. Rekam medis;", "Direktur RSUD", "v", None, "Pasal 17 huruf h angka 2"]
    + ["Selama diperlukan", dt.datetime(2024, 1, 15), 2024, "Kepanjen", *TEST],
    [None, None, "b. Hasil laboratorium"],
    [2, "Rencana Pengamanan Server", "Topologi jaringan", "Dinas Kominfo", "v", "v", "Pasal 17 huruf k"]
    + ["5 tahun", "13 Juni 2024", 2024, "Kepanjen", *TEST],
    [3, "Data Wajib Pajak", "Data wajib pajak daerah", "Bapenda", "-", "ya", "17.h.3"]
    + ["Permanen", "2024-02-30", 2024, "Kepanjen", *TEST],
]


def dik_workbook() -> bytes:
    """A DIK laid out as offices do in Excel: title block, two-row merged header on rows 4-5, merged items."""
    workbook = openpyxl.Workbook()
    notes = workbook.active
    notes.title = "Petunjuk"
    notes["A1"] = "Isi lembar DIK 2024 sesuai SK PPID."
    sheet = workbook.create_sheet("DIK 2024")
    sheet["A1"] = "DAFTAR INFORMASI YANG DIKECUALIKAN"
    sheet.merge_cells("A1:N1")
    sheet["A2"] = "PPID Kabupaten Contoh"
    for column, text in enumerate(DIK_HEADER, start=1):
        if text:
            sheet.cell(4, column, text)
    for span in DIK_HEADER_MERGES:
        sheet.merge_cells(span)
    for column, text in ((5, "Softcopy"), (6, "Hardcopy"), (10, "Waktu"), (11, "Tempat")):
        sheet.cell(5, column, text)
    for offset, values in enumerate(DIK_ROWS):
        for column, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(6 + offset, column, value)
    for span in ("A6:A7", "B6:B7", "D6:D7"):
        sheet.merge_cells(span)
    data = io.BytesIO()
    workbook.save(data)
    return data.getvalue()
