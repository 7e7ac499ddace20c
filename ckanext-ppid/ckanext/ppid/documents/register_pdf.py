"""The DIP and the DIK as a PDF: A4 landscape, the body's letterhead, a table per category, page numbers.

Rendered with WeasyPrint from a standalone Jinja2 template (no CKAN request context), so the same code serves
a download, a scheduled job and the CLI. Table headers repeat on every page (``thead``); the DIP's columns
are those of Perki 1/2021, where "time and place of production" is one column, and a DIK's decision columns
(decree, approval, period) are grouped so that the table still fits across the page. A consolidated export
names each unit once, in a row above its items, rather than in a column: the page keeps its width for the
legal columns, and WeasyPrint lays out one cell per unit instead of one per item.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2
import weasyprint

from ckanext.ppid.documents.dates import Locale
from ckanext.ppid.documents.register_cells import Translate
from ckanext.ppid.documents.register_export import RegisterDocument, RegisterExport, build
from ckanext.ppid.markers import N_

TEMPLATES = Path(__file__).with_name("templates")
SAFE_LINK = re.compile(r"^https?://", re.IGNORECASE)


@dataclass(frozen=True)
class Part:
    """One field's text in a cell, worded by ``template`` (a msgid with ``{value}``), small if ``minor``."""

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


@dataclass(frozen=True)
class Line:
    """A line of a cell as the template prints it."""

    text: str
    minor: bool
    href: str | None


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string that cannot close the string or the ``<style>`` element."""
    return '"' + "".join(f"\\{ord(c):x} " if c in '"\\<>\n' else c for c in text) + '"'


def page_counter(template: str) -> str:
    """A CSS ``content`` value from a translated "Page {page} of {pages}", counters where the fields are."""
    pieces = re.split(r"(\{pages?\})", template)
    counters = {"{page}": "counter(page)", "{pages}": "counter(pages)"}
    return " ".join(counters.get(piece) or css_string(piece) for piece in pieces if piece)


def _cell(column: PdfColumn, row: Mapping[str, str], document: RegisterDocument) -> list[Line]:
    lines = []
    for part in column.parts:
        text = row.get(part.field, "")
        if not text:
            continue
        if part.template:
            text = document.translate(part.template).format(value=text)
        href = row.get(part.link, "") if part.link else ""
        lines.append(Line(text, part.minor, href if SAFE_LINK.match(href) else None))
    return lines


@dataclass(frozen=True)
class Group:
    """A unit's rows in a consolidated table (``unit`` None in a unit's own export)."""

    unit: str | None
    rows: list[list[list[Line]]]


def _groups(
    rows: Sequence[Mapping[str, str]], columns: Sequence[PdfColumn], document: RegisterDocument, by_unit: bool
) -> list[Group]:
    groups: list[Group] = []
    for row in rows:
        unit = (row.get("unit_title") or "") if by_unit else None
        if not groups or groups[-1].unit != unit:
            groups.append(Group(unit, []))
        groups[-1].rows.append([_cell(column, row, document) for column in columns])
    return groups


def register_html(export: RegisterExport, translate: Translate, locale: Locale = "id") -> str:
    """The HTML the PDF is printed from (also handy to look at a layout in a browser)."""
    document = build(export, translate, locale)
    columns = DIP_COLUMNS if document.kind == "dip" else DIK_COLUMNS
    total = sum(column.width for column in columns)
    by_unit = export.consolidated
    return (
        _environment()
        .get_template("register.html")
        .render(
            doc=document,
            logo=document.logo_path.resolve().as_uri() if document.logo_path else None,
            headers=[(translate(column.label), round(100 * column.width / total, 2)) for column in columns],
            tables=[(table, _groups(table.rows, columns, document, by_unit)) for table in document.tables],
            page_counter=page_counter(translate(PAGE_OF)),
            running_title=css_string(f"{document.title} · {document.scope}"),
        )
    )


def render_register_pdf(export: RegisterExport, translate: Translate, locale: Locale = "id") -> bytes:
    """The export as a PDF document (bytes)."""
    html = weasyprint.HTML(string=register_html(export, translate, locale), base_url=str(TEMPLATES))
    stylesheet = weasyprint.CSS(filename=str(TEMPLATES / "register.css"))
    return html.write_pdf(stylesheets=[stylesheet])
