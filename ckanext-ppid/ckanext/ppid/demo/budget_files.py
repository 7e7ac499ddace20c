"""Budget files as bodies export them, written from budget lines (pure: no CKAN import).

- :func:`sipd_workbook`: the SIPD "rekapitulasi belanja" XLSX, laid out as the real exports are (such as the
  Lampung Selatan export the tests read, docs/testing.md): title rows, a header merged over three rows, a row
  numbering the columns, the codes in four cumulative columns (urusan or bidang, SKPD, program/kegiatan/sub
  kegiatan, rekening), a subtotal row for every level above the accounts' sub rincian objek, the amounts as
  id-ID text (``10.701.893.800,00``) per kelompok belanja, and the grand total in a "Jumlah" row. A
  realisation report has an anggaran and a realisasi column per kelompok; a plan one column per kelompok and
  their sum.
- :func:`sipd_csv`: the same table as CSV text (``;``), each header label written out over the columns it
  spans.
- :func:`flat_csv`: one row per account (and month, for a monthly series) with the names of its program,
  kegiatan and sub kegiatan and its source of funds, as a body's own spreadsheet saves it:
  ``;``-separated with a byte order mark, a title line and a blank line above the header, id-ID amounts.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

import openpyxl
from openpyxl.styles import Alignment, Font

from ckanext.ppid.budget.core.spending import GROUP_VALUES, group_of_account
from ckanext.ppid.demo.budget_nomenclature import ACCOUNT_NAMES, BIDANG_NAMES, URUSAN_NAMES, account_chain

GROUP_HEADERS = ("Operasi", "Modal", "Tak Terduga", "Transfer")
ZERO = Decimal("0.00")
TITLE_ROWS = 4


@dataclass(frozen=True)
class Entry:
    """One account of one sub kegiatan of one SKPD, with its amounts."""

    skpd: tuple[str, str]  # SIPD organisation code, name
    program: tuple[str, str]
    kegiatan: tuple[str, str]
    sub_kegiatan: tuple[str, str]
    account: str
    anggaran: Decimal
    realisasi: Decimal | None
    sumber_dana: str | None = None
    bulan: str | None = None  # the month a line of a monthly series runs to ("Januari")

    @property
    def bidang(self) -> str:
        return self.program[0][:4]


def rupiah(value: Decimal | None) -> str:
    """An amount as id-ID text: ``10.701.893.800,00``."""
    return f"{value or ZERO:,.2f}".translate(str.maketrans(",.", ".,"))


# ------------------------------------------------------------------------------------------------ SIPD
def _titles(region: str, year: int, through: str | None) -> list[str]:
    realisation = (
        f"REALISASI S.D. {through.upper()}" if through else "BESERTA HASIL DAN SUB KEGIATAN BESERTA KELUARAN"
    )
    return [
        f"PEMERINTAH {region.upper()}",
        "REKAPITULASI BELANJA MENURUT URUSAN PEMERINTAH DAERAH, ORGANISASI, PROGRAM, KEGIATAN",
        realisation,
        f"TAHUN ANGGARAN {year}",
    ]


def _header(realisation: bool) -> list[list[str]]:
    """The header rows and the numbering row; a label spans its run of equal cells and the blanks below."""
    label = "Uraian Urusan, Organisasi, Program, Kegiatan dan Sub Kegiatan"
    blank = [""] * 5
    if realisation:
        rows = [
            ["Kode"] * 4 + [label] + ["Kelompok Belanja"] * 8,
            blank + [name for name in GROUP_HEADERS for _ in range(2)],
            blank + ["Anggaran", "Realisasi"] * len(GROUP_HEADERS),
        ]
    else:
        rows = [["Kode"] * 4 + [label] + ["Kelompok Belanja"] * 4 + ["Jumlah"], blank + [*GROUP_HEADERS, ""]]
    numbers = ["1", "", "", ""] + [str(number) for number in range(2, len(rows[0]) - 2)]
    return [*rows, numbers]


def _measures(entry: Entry, realisation: bool) -> list[Decimal]:
    """The entry's amounts in the amount columns: per kelompok (anggaran, realisasi) or anggaran and a sum."""
    index = GROUP_VALUES.index(group_of_account(entry.account))
    if realisation:
        values = [ZERO] * 8
        values[2 * index], values[2 * index + 1] = entry.anggaran, entry.realisasi or ZERO
        return values
    values = [ZERO] * 5
    values[index] = values[4] = entry.anggaran
    return values


def sipd_rows(entries: Sequence[Entry], realisation: bool) -> Iterator[list[str]]:
    """The data rows of the SIPD layout: subtotals above their parts, the grand total last."""
    ordered = sorted(entries, key=lambda e: (e.bidang, e.skpd[0], e.sub_kegiatan[0], e.account))
    width = 8 if realisation else 5
    totals: dict[tuple[str, ...], list[Decimal]] = {}
    grand = [ZERO] * width
    paths = []
    for entry in ordered:
        path = _paths(entry)
        paths.append(path)
        values = _measures(entry, realisation)
        for key, _ in path:
            _add(totals.setdefault(key, [ZERO] * width), values)
        _add(grand, values)
    written: set[tuple[str, ...]] = set()
    for path in paths:
        for key, cells in path:
            if key not in written:
                written.add(key)
                yield [*cells, *(rupiah(value) for value in totals[key])]
    yield ["", "", "", "", "Jumlah", *(rupiah(value) for value in grand)]


def _add(total: list[Decimal], values: list[Decimal]) -> None:
    for index, value in enumerate(values):
        total[index] += value


def _paths(entry: Entry) -> list[tuple[tuple[str, ...], list[str]]]:
    """(key, first five cells) of every row from the entry's urusan down to its account."""
    bidang, (skpd, skpd_name) = entry.bidang, entry.skpd
    urusan = bidang[0]
    sub = entry.sub_kegiatan[0]
    rows = [
        (("u", urusan), [urusan, "", "", "", URUSAN_NAMES[urusan]]),
        (("b", bidang), [bidang, "", "", "", BIDANG_NAMES[bidang]]),
        (("s", bidang, skpd), [bidang, skpd, "", "", skpd_name]),
    ]
    for code, name in (entry.program, entry.kegiatan, entry.sub_kegiatan):
        rows.append((("p", bidang, skpd, code), [bidang, skpd, code, "", name]))
    for account in account_chain(entry.account):
        rows.append((("r", bidang, skpd, sub, account), [bidang, skpd, sub, account, ACCOUNT_NAMES[account]]))
    return rows


def sipd_workbook(entries: Sequence[Entry], region: str, year: int, through: str | None = None) -> bytes:
    """The SIPD XLSX of ``entries``; ``through`` ("Juli") makes it a realisation report to the month's end."""
    realisation = through is not None
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    header = _header(realisation)
    width = len(header[0])
    for text in _titles(region, year, through):
        sheet.append([text])
    sheet.append([])
    for row in header:
        sheet.append([cell or None for cell in row])
    for row in sipd_rows(entries, realisation):
        sheet.append([cell or None for cell in row])
    for number in range(1, TITLE_ROWS + 1):
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=width)
        sheet.cell(number, 1).font = Font(bold=True)
        sheet.cell(number, 1).alignment = Alignment(horizontal="center")
    _merge_header(sheet, header, TITLE_ROWS + 2)
    sheet.column_dimensions["E"].width = 60
    for letter in "FGHIJKLM"[: width - 5]:
        sheet.column_dimensions[letter].width = 20
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _merge_header(sheet, header: list[list[str]], first: int) -> None:
    """Merge each header label over its run of equal cells and the blank cells below it, as SIPD prints
    them; the numbering row's first number spans the four code columns."""
    labels = header[:-1]
    for offset, row in enumerate(labels):
        column = 0
        while column < len(row):
            end = column
            while end + 1 < len(row) and row[end + 1] == row[column]:
                end += 1
            bottom = offset
            while bottom + 1 < len(labels) and not any(labels[bottom + 1][column : end + 1]):
                bottom += 1
            if row[column] and (end > column or bottom > offset):
                sheet.merge_cells(
                    start_row=first + offset,
                    start_column=column + 1,
                    end_row=first + bottom,
                    end_column=end + 1,
                )
            column = end + 1
    numbering = first + len(labels)
    sheet.merge_cells(start_row=numbering, start_column=1, end_row=numbering, end_column=4)
    for row in sheet.iter_rows(min_row=first, max_row=numbering):
        for cell in row:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def sipd_csv(entries: Sequence[Entry], region: str, year: int, through: str | None = None) -> bytes:
    """The SIPD table of ``entries`` as ``;``-separated text, titles and numbering row included."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows([text] for text in _titles(region, year, through))
    writer.writerow([])
    writer.writerows(_header(through is not None))
    writer.writerows(sipd_rows(entries, through is not None))
    return buffer.getvalue().encode("utf-8")


# ------------------------------------------------------------------------------------------------ flat
FLAT_HEADER = (
    "Kode Program",
    "Nama Program",
    "Kode Kegiatan",
    "Nama Kegiatan",
    "Kode Sub Kegiatan",
    "Nama Sub Kegiatan",
    "Kode Rekening",
    "Uraian Rekening",
    "Sumber Dana",
)


def flat_csv(entries: Sequence[Entry], title: str, realisation: bool) -> bytes:
    """One row per entry in the order given, ``;``-separated, with a byte order mark and a title line (see
    the module); a "Bulan" column first when the entries are a monthly series."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([title])
    writer.writerow([])
    monthly = bool(entries) and entries[0].bulan is not None
    measures = ("Anggaran (Rp)", "Realisasi (Rp)") if realisation else ("Anggaran (Rp)",)
    writer.writerow([*(("Bulan",) if monthly else ()), *FLAT_HEADER, *measures])
    for entry in entries:
        amounts = (entry.anggaran, entry.realisasi) if realisation else (entry.anggaran,)
        writer.writerow(
            [
                *((entry.bulan,) if monthly else ()),
                *entry.program,
                *entry.kegiatan,
                *entry.sub_kegiatan,
                entry.account,
                ACCOUNT_NAMES[entry.account],
                entry.sumber_dana or "",
                *(rupiah(amount) for amount in amounts),
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
