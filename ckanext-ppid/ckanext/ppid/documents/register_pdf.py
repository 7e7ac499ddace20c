"""The DIP and the DIK as a PDF: A4 landscape, the body's letterhead, a table per category, page numbers.

Laid out on the body's letterhead (``letterhead``), so the same code serves a download, a scheduled job and
the CLI. Table headers repeat on every page (``thead``); the DIP's columns
are those of Perki 1/2021, where "time and place of production" is one column, and a DIK's decision columns
(decree, approval, period) are grouped so that the table still fits across the page. A consolidated export
names each unit once, in a row above its items, rather than in a column: the page keeps its width for the
legal columns. A page that continues a table says above it which category (and unit) goes on.

WeasyPrint's time goes into boxes and lines, so a cell is one text (its lines kept by ``white-space``), a
link block only where there is a link, and the smaller lines in one block under it.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import re
import string
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from ckanext.ppid.documents.dates import Locale
from ckanext.ppid.documents.letterhead import render_html, render_pdf
from ckanext.ppid.documents.register_cells import Translate
from ckanext.ppid.documents.register_export import RegisterDocument, RegisterExport, build
from ckanext.ppid.law.markers import N_

SAFE_LINK = re.compile(r"^https?://", re.IGNORECASE)


@dataclass(frozen=True)
class Part:
    """One field's text in a cell, worded by ``template`` (a msgid with ``{value}``).

    A ``minor`` part is printed small, under the cell's other parts; ``link`` names the field whose
    address the cell's text links to.
    """

    field: str
    template: str | None = None
    minor: bool = False
    link: str | None = None


@dataclass(frozen=True)
class PdfColumn:
    label: str
    width: float
    parts: tuple[Part, ...]


def _column(field: str, label: str, width: float) -> PdfColumn:
    return PdfColumn(label, width, (Part(field),))


NUMBER = _column("no", N_("No."), 3.5)
HOLDER = _column("unit_penguasa", N_("Official or unit holding the information"), 11)
DIP_COLUMNS = (
    NUMBER,
    PdfColumn(
        N_("Information title"),
        19,
        (
            Part("title", link="url"),
            Part("item_berkala", minor=True),
            Part("periodisitas", minor=True),
            Part("jenis_serta_merta", minor=True),
        ),
    ),
    _column("notes", N_("Summary of the information"), 26),
    HOLDER,
    _column("penanggung_jawab", N_("Person responsible for producing or publishing the information"), 12),
    PdfColumn(N_("Time and place of production"), 10, (Part("waktu_pembuatan"), Part("tempat_pembuatan"))),
    _column("bentuk_tersedia", N_("Available form"), 7.5),
    _column("jangka_waktu_penyimpanan", N_("Retention period"), 8.5),
)
DIK_COLUMNS = (
    NUMBER,
    _column("title", N_("Information title"), 14),
    HOLDER,
    _column("dasar_pengecualian", N_("Exemption ground (UU 14/2008 Article 17)"), 13),
    _column("dasar_undang_undang", N_("Statute and article relied on"), 11),
    _column("konsekuensi", N_("Consequence if opened"), 14),
    _column("pertimbangan_kepentingan_publik", N_("Public-interest consideration"), 14),
    PdfColumn(
        N_("Exemption period"),
        9.5,
        (Part("jangka_waktu_pengecualian"), Part("tanggal_berakhir", N_("until {value}"), minor=True)),
    ),
    PdfColumn(
        N_("Decision"),
        11,
        (
            Part("tanggal_penetapan"),
            Part("nomor_sk_ppid", N_("Decree no. {value}")),
            Part("persetujuan_pimpinan", N_("Approval: {value}"), minor=True),
        ),
    ),
    _column("status_pengecualian", N_("Exemption status"), 8.5),
)
PAGE_OF = N_("Page {page} of {pages}")
# Above a page that goes on with a table: "C. Informasi Setiap Saat · Dinas Kesehatan (lanjutan)".
CONTINUED = N_("{heading} (continued)")


@dataclass(frozen=True)
class Cell:
    """A cell as the template prints it: its lines, the smaller lines under them, where its text links to."""

    text: str
    minor: str = ""
    href: str | None = None


@dataclass(frozen=True)
class Row:
    """An item's cells, and what a page that starts after this row continues ("" after a table's last)."""

    cells: list[Cell]
    continues: str


@dataclass(frozen=True)
class Group:
    """A unit's rows in a consolidated table (``unit`` None in a unit's own export).

    ``continues`` is what a page starting after the unit's name row continues.
    """

    unit: str | None
    continues: str
    rows: list[Row]


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string that cannot close the string or the ``<style>`` element."""
    return '"' + "".join(f"\\{ord(c):x} " if c in '"\\<>\n' else c for c in text) + '"'


def page_counter(template: str) -> str:
    """A CSS ``content`` value from a translated "Page {page} of {pages}", counters where the fields are."""
    pieces = re.split(r"(\{pages?\})", template)
    counters = {"{page}": "counter(page)", "{pages}": "counter(pages)"}
    return " ".join(counters.get(piece) or css_string(piece) for piece in pieces if piece)


def _cell(column: PdfColumn, row: Mapping[str, str], document: RegisterDocument) -> Cell:
    lines: list[str] = []
    minor: list[str] = []
    href: str | None = None
    for part in column.parts:
        text = row.get(part.field, "")
        if not text:
            continue
        if part.template:
            text = document.translate(part.template).format(value=text)
        (minor if part.minor else lines).append(text)
        if part.link and SAFE_LINK.match(row.get(part.link, "")):
            href = row[part.link]
    # One text per block, its lines kept by ``white-space: pre-wrap``: no <br> or <span> boxes to lay out.
    return Cell("\n".join(lines), "\n".join(minor), href)


def _groups(
    rows: Sequence[Mapping[str, str]],
    heading: str,
    columns: Sequence[PdfColumn],
    document: RegisterDocument,
    by_unit: bool,
) -> list[Group]:
    """A table's rows by unit (sorted by unit already), each with what a page starting after it continues."""

    def unit_of(row: Mapping[str, str]) -> str | None:
        return (row.get("unit_title") or "") if by_unit else None

    continued = document.translate(CONTINUED)
    units = [(unit, list(items)) for unit, items in itertools.groupby(rows, key=unit_of)]
    groups = []
    for number, (unit, items) in enumerate(units, start=1):
        within = continued.format(heading=heading if unit is None else f"{heading} · {unit}")
        # After a unit's last item only the category goes on; after the table's last item, nothing.
        after = continued.format(heading=heading) if number < len(units) else ""
        last = len(items) - 1
        table_rows = [
            Row([_cell(column, item, document) for column in columns], after if position == last else within)
            for position, item in enumerate(items)
        ]
        groups.append(Group(unit, within, table_rows))
    return groups


def register_html(export: RegisterExport, translate: Translate, locale: Locale = "id") -> str:
    """The HTML the PDF is printed from (also handy to look at a layout in a browser)."""
    document = build(export, translate, locale)
    columns = DIP_COLUMNS if document.kind == "dip" else DIK_COLUMNS
    total = sum(column.width for column in columns)
    tables = []
    for letter, table in zip(string.ascii_uppercase, document.tables, strict=False):
        heading = f"{letter}. {table.heading}"
        tables.append((heading, table, _groups(table.rows, heading, columns, document, export.consolidated)))
    return render_html(
        "register.html",
        document,
        headers=[(translate(column.label), round(100 * column.width / total, 2)) for column in columns],
        tables=tables,
        page_counter=page_counter(translate(PAGE_OF)),
        running_title=css_string(f"{document.title} · {document.scope}"),
    )


@contextlib.contextmanager
def _collected_afterwards() -> Iterator[None]:
    """Run Python's cycle collector once after the block rather than over and over during it.

    A render builds some 10^5 boxes and styles that refer to one another and live until it ends: collections
    started meanwhile walk them again and again (a full one walks the whole process heap too) and free almost
    nothing. One young-generation pass afterwards frees the render's cycles at once (about a fifth of the CPU
    time of the demo DIP, and no garbage left over for a full collection of a web worker's heap). The switch
    is process-wide, so another thread's garbage waits for the same pass; a collector turned off stays off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)


def render_register_pdf(export: RegisterExport, translate: Translate, locale: Locale = "id") -> bytes:
    """The export as a PDF document (bytes)."""
    with _collected_afterwards():
        return render_pdf(register_html(export, translate, locale), "register.css")
