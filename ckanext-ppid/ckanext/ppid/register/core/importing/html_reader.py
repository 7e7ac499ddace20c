"""Read the tables of an HTML page (a DIP pasted from a spreadsheet into a web page or template).

rowspan and colspan are spread over the cells they cover, marked as spanned, so the importer can tell a
continued item (spanned title) and a banner across the table (spanned heading) from ordinary cells.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from ckanext.ppid.law.markers import N_
from ckanext.ppid.tabular.decoding import decode_text
from ckanext.ppid.tabular.tables import Cell, SourceRow, Table, UnreadableFile

BLOCK_TAGS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"})
# Spans beyond these come from broken markup; clamping keeps a typo from building a huge grid.
MAX_COLSPAN = 100
SPACES = re.compile(r"[ \t\r\f\v\xa0]+")


def read_html(data: bytes, max_rows: int) -> list[Table]:
    text, notes = decode_text(data)
    try:
        document = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise UnreadableFile(N_("The HTML page cannot be parsed.")) from error
    tables: list[Table] = []
    for position, element in enumerate(document.iter("table"), start=1):
        rows = _grid(element.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"))
        # A spreadsheet pasted into a page editor often arrives split into several tables of the same
        # columns, the header only in the first: the pieces are read as one table.
        if tables and rows and tables[-1].width == max(len(row.cells) for row in rows):
            tables[-1].rows.extend(rows)
        else:
            tables.append(
                Table(name=element.get("id") or f"{position}", rows=rows, numbering="line", notes=notes)
            )
        if len(tables[-1].rows) > max_rows:
            raise UnreadableFile(N_("The file has more than {limit} rows."), limit=max_rows)
    return tables


def _grid(rows: list[lxml.html.HtmlElement]) -> list[SourceRow]:
    """The rows with every spanned cell copied into the positions it covers."""
    placed: dict[tuple[int, int], Cell] = {}
    for r, row in enumerate(rows):
        col = 0
        for td in row.xpath("./td | ./th"):
            while (r, col) in placed:
                col += 1
            rowspan = _span(td.get("rowspan"), len(rows) - r)
            colspan = _span(td.get("colspan"), MAX_COLSPAN)
            text = cell_text(td)
            links = tuple(href.strip() for href in td.xpath(".//a/@href") if href.strip())
            for dr in range(rowspan):
                for dc in range(colspan):
                    placed[(r + dr, col + dc)] = Cell(text, links, vspan=dr > 0, hspan=dc > 0)
            col += colspan
    width = max((c for _, c in placed), default=-1) + 1
    return [
        SourceRow(row.sourceline or r + 1, [placed.get((r, c), Cell()) for c in range(width)])
        for r, row in enumerate(rows)
    ]


def _span(value: str | None, limit: int) -> int:
    try:
        span = int((value or "1").strip())
    except ValueError:
        return 1
    # rowspan="0" means "to the end of the table".
    return limit if span <= 0 else max(1, min(span, limit))


def cell_text(element: lxml.html.HtmlElement) -> str:
    """The visible text, with <br> and block elements as line breaks and runs of spaces collapsed."""
    parts: list[str] = []
    _collect(element, parts)
    lines = (SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _collect(element: etree._Element, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("script", "style") or not tag:
        return
    if tag == "br" or tag in BLOCK_TAGS:
        parts.append("\n")
    # Source line breaks inside a cell are only wrapping; a line break is what <br> or a block says.
    parts.append((element.text or "").replace("\n", " "))
    for child in element:
        _collect(child, parts)
        parts.append((child.tail or "").replace("\n", " "))
    if tag in BLOCK_TAGS:
        parts.append("\n")
