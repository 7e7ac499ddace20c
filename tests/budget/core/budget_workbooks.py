"""A SIPD "rekapitulasi belanja" workbook built in the tests, in the layout of the Lampung Selatan export.

Titles on rows 1-4, a header merged over rows 6-8, column numbers on row 9, then every level's subtotal
as its own row (urusan, bidang, SKPD repeated under each bidang, program, kegiatan, sub kegiatan, and
accounts at depths 3 to 6) down to "Jumlah". Amounts are id-ID text, or numbers with ``as_numbers``.
"""

from __future__ import annotations

import io

import openpyxl

SKPD = "2.16.2.20.2.21.01.0000"
DINAS = "Dinas Komunikasi dan Informatika"
# Code columns A-D, Uraian, then (anggaran, realisasi) of operasi and modal; tak terduga and transfer are 0.
ROWS = [
    (
        "2",
        "",
        "",
        "",
        "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
        33_500_000,
        18_950_000,
        20_000_000,
        5_000_000,
    ),
    (
        "2.16",
        "",
        "",
        "",
        "URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA",
        31_500_000,
        17_750_000,
        20_000_000,
        5_000_000,
    ),
    ("2.16", SKPD, "", "", DINAS, 31_500_000, 17_750_000, 20_000_000, 5_000_000),
    (
        "2.16",
        SKPD,
        "2.16.01",
        "",
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        30_000_000,
        17_500_000,
        20_000_000,
        5_000_000,
    ),
    (
        "2.16",
        SKPD,
        "2.16.01.2.02",
        "",
        "Administrasi Keuangan Perangkat Daerah",
        30_000_000,
        17_500_000,
        0,
        0,
    ),
    (
        "2.16",
        SKPD,
        "2.16.01.2.02.0001",
        "",
        "Penyediaan Gaji dan Tunjangan ASN",
        30_000_000,
        17_500_000,
        0,
        0,
    ),
    ("2.16", SKPD, "2.16.01.2.02.0001", "5.1.01", "Belanja Pegawai", 30_000_000, 17_500_000, 0, 0),
    (
        "2.16",
        SKPD,
        "2.16.01.2.02.0001",
        "5.1.01.01",
        "Belanja Gaji dan Tunjangan ASN",
        30_000_000,
        17_500_000,
        0,
        0,
    ),
    (
        "2.16",
        SKPD,
        "2.16.01.2.02.0001",
        "5.1.01.01.001",
        "Belanja Gaji Pokok ASN",
        30_000_000,
        17_500_000,
        0,
        0,
    ),
    (
        "2.16",
        SKPD,
        "2.16.01.2.02.0001",
        "5.1.01.01.001.00001",
        "Belanja Gaji Pokok PNS",
        30_000_000,
        17_500_000,
        0,
        0,
    ),
    (
        "2.16",
        SKPD,
        "2.16.01.2.07",
        "",
        "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
        0,
        0,
        20_000_000,
        5_000_000,
    ),
    (
        "2.16",
        SKPD,
        "2.16.01.2.07.0006",
        "",
        "Pengadaan Peralatan dan Mesin Lainnya",
        0,
        0,
        20_000_000,
        5_000_000,
    ),
    (
        "2.16",
        SKPD,
        "2.16.01.2.07.0006",
        "5.2.02",
        "Belanja Modal Peralatan dan Mesin",
        0,
        0,
        20_000_000,
        5_000_000,
    ),
    ("2.16", SKPD, "2.16.01.2.07.0006", "5.2.02.10", "Belanja Modal Komputer", 0, 0, 20_000_000, 5_000_000),
    (
        "2.16",
        SKPD,
        "2.16.01.2.07.0006",
        "5.2.02.10.001",
        "Belanja Modal Komputer Unit",
        0,
        0,
        20_000_000,
        5_000_000,
    ),
    (
        "2.16",
        SKPD,
        "2.16.01.2.07.0006",
        "5.2.02.10.001.00002",
        "Belanja Modal Personal Computer",
        0,
        0,
        20_000_000,
        5_000_000,
    ),
    (
        "2.16",
        SKPD,
        "2.16.02",
        "",
        "PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK",
        1_500_000,
        250_000,
        0,
        0,
    ),
    (
        "2.16",
        SKPD,
        "2.16.02.2.01",
        "",
        "Pengelolaan Informasi dan Komunikasi Publik",
        1_500_000,
        250_000,
        0,
        0,
    ),
    ("2.16", SKPD, "2.16.02.2.01.0017", "", "Pelayanan Informasi Publik", 1_500_000, 250_000, 0, 0),
    ("2.16", SKPD, "2.16.02.2.01.0017", "5.1.02", "Belanja Barang dan Jasa", 1_500_000, 250_000, 0, 0),
    ("2.16", SKPD, "2.16.02.2.01.0017", "5.1.02.01", "Belanja Barang", 1_500_000, 250_000, 0, 0),
    (
        "2.16",
        SKPD,
        "2.16.02.2.01.0017",
        "5.1.02.01.001",
        "Belanja Barang Pakai Habis",
        1_500_000,
        250_000,
        0,
        0,
    ),
    (
        "2.16",
        SKPD,
        "2.16.02.2.01.0017",
        "5.1.02.01.001.00024",
        "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
        1_000_000,
        250_000,
        0,
        0,
    ),
    (
        "2.16",
        SKPD,
        "2.16.02.2.01.0017",
        "5.1.02.01.001.00025",
        "Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover",
        500_000,
        0,
        0,
        0,
    ),
    ("2.20", "", "", "", "URUSAN PEMERINTAHAN BIDANG STATISTIK", 2_000_000, 1_200_000, 0, 0),
    ("2.20", SKPD, "", "", DINAS, 2_000_000, 1_200_000, 0, 0),
    ("2.20", SKPD, "2.20.02", "", "PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL", 2_000_000, 1_200_000, 0, 0),
    (
        "2.20",
        SKPD,
        "2.20.02.2.01",
        "",
        "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota",
        2_000_000,
        1_200_000,
        0,
        0,
    ),
    (
        "2.20",
        SKPD,
        "2.20.02.2.01.0017",
        "",
        "Pengelolaan Kegiatan Statistik Sektoral",
        2_000_000,
        1_200_000,
        0,
        0,
    ),
    ("2.20", SKPD, "2.20.02.2.01.0017", "5.1.02", "Belanja Barang dan Jasa", 2_000_000, 1_200_000, 0, 0),
    ("2.20", SKPD, "2.20.02.2.01.0017", "5.1.02.02", "Belanja Jasa", 2_000_000, 1_200_000, 0, 0),
    ("2.20", SKPD, "2.20.02.2.01.0017", "5.1.02.02.001", "Belanja Jasa Kantor", 2_000_000, 1_200_000, 0, 0),
    ("2.20", SKPD, "2.20.02.2.01.0017", "5.1.02.02.001.00071", "Belanja Lembur", 2_000_000, 1_200_000, 0, 0),
    ("", "", "", "", "Jumlah", 33_500_000, 18_950_000, 20_000_000, 5_000_000),
]
FIRST_DATA_ROW = 10
LEAF_CODES = ("5.1.01.01.001.00001", "5.2.02.10.001.00002", "5.1.02.01.001.00024", "5.1.02.01.001.00025")
LEAF_CODES += ("5.1.02.02.001.00071",)


def id_amount(amount: int | str) -> str:
    """``1234567`` as ``1.234.567,00``; text as it is."""
    return f"{amount:,}".replace(",", ".") + ",00" if isinstance(amount, int) else amount


def sipd_workbook(rows=ROWS, *, as_numbers: bool = False) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    titles = [
        "KAB. LAMPUNG SELATAN",
        "REKAPITULASI BELANJA MENURUT URUSAN PEMERINTAH DAERAH, ORGANISASI, PROGRAM, KEGIATAN",
        "BESERTA HASIL DAN SUB KEGIATAN BESERTA KELUARAN",
        "TAHUN ANGGARAN 2026",
    ]
    for number, title in enumerate(titles, start=1):
        sheet.cell(number, 1, title)
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=13)
    sheet["A6"], sheet["E6"], sheet["F6"] = (
        "Kode",
        "Uraian Urusan, Organisasi, Program, Kegiatan dan Sub Kegiatan",
        "Kelompok Belanja",
    )
    for cells in ("A6:D8", "E6:E8", "F6:M6", "F7:G7", "H7:I7", "J7:K7", "L7:M7", "A9:D9"):
        sheet.merge_cells(cells)
    for column, group in zip("FHJL", ("Operasi", "Modal", "Tak Terduga", "Transfer"), strict=True):
        sheet[f"{column}7"] = group
    for column in "FHJL":
        sheet[f"{column}8"] = "Anggaran"
    for column in "GIKM":
        sheet[f"{column}8"] = "Realisasi"
    sheet["A9"] = "1"
    for offset, column in enumerate("EFGHIJKLM", start=2):
        sheet[f"{column}9"] = str(offset)
    for number, row in enumerate(rows, start=FIRST_DATA_ROW):
        *texts, op_a, op_r, mo_a, mo_r = row
        for column, text in enumerate(texts, start=1):
            sheet.cell(number, column, text or None)
        for column, amount in enumerate((op_a, op_r, mo_a, mo_r, 0, 0, 0, 0), start=6):
            sheet.cell(
                number, column, float(amount) if as_numbers and isinstance(amount, int) else id_amount(amount)
            )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
