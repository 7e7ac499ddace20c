"""Read an XLSX workbook sheet by sheet, spreading merged cells over the area they cover.

openpyxl reads the workbook's parts (sheet list, shared strings, date styles); each sheet's XML is then
streamed once with lxml for its cells (see ``xlsx_cells``) and its merged ranges, which openpyxl's
read-only worksheets do not expose. Streaming keeps memory bounded on large exports.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from typing import Any
from xml.etree.ElementTree import ParseError

import openpyxl
from lxml import etree
from openpyxl.utils.cell import range_boundaries

from ckanext.ppid.law.markers import N_
from ckanext.ppid.tabular.tables import (
    DEFAULT_MAX_COLUMNS,
    TOO_LONG,
    Cell,
    SourceRow,
    Table,
    UnreadableFile,
    check_width,
)
from ckanext.ppid.tabular.xlsx_cells import MAIN_NS, CellValues

REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
ROW = f"{{{MAIN_NS}}}row"
MERGE = f"{{{MAIN_NS}}}mergeCell"
# A sheet of 100,000 budget lines unpacks to some 60 MB; far more means a zip bomb, not a table.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
DAMAGED = N_("The XLSX workbook is damaged and cannot be opened.")
# What a damaged part raises: a missing part, a bad number, a string index past the table, bad XML (lxml's
# or, for openpyxl's own parsing, the standard library's).
DAMAGE = (zipfile.BadZipFile, KeyError, IndexError, OSError, ValueError, etree.XMLSyntaxError, ParseError)

Merge = tuple[int, int, int, int]  # min_col, min_row, max_col, max_row (1-based, inclusive)


def read_xlsx(data: bytes, max_rows: int, max_columns: int = DEFAULT_MAX_COLUMNS) -> list[Table]:
    """One table per visible sheet, in workbook order; :class:`UnreadableFile` for a sheet (or a merged
    range) wider than ``max_columns`` or longer than ``max_rows``."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
            raise UnreadableFile(N_("The workbook unpacks to far more data than a table can hold."))
        paths = _sheet_paths(archive)
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except DAMAGE as error:
        raise UnreadableFile(DAMAGED) from error
    try:
        return [
            _read_sheet(
                archive, paths[sheet.title], sheet.title, _cell_values(workbook, sheet), max_rows, max_columns
            )
            for sheet in workbook.worksheets
            if sheet.sheet_state == "visible"
        ]
    except DAMAGE as error:
        raise UnreadableFile(DAMAGED) from error
    finally:
        workbook.close()


def _cell_values(workbook: Any, sheet: Any) -> CellValues:
    # openpyxl keeps the strings table it read and the workbook's date styles only as these attributes
    # (the same since openpyxl 3.0); its own sheet parser reads them there too.
    return CellValues(
        sheet._shared_strings, workbook.epoch, workbook._date_formats, workbook._timedelta_formats
    )


def _read_sheet(
    archive: zipfile.ZipFile, path: str, title: str, values: CellValues, max_rows: int, max_columns: int
) -> Table:
    # Rows are numbered as they come, not by the sheet's <dimension>, which exports often get wrong.
    grid: dict[int, list[Cell]] = {}
    merges: list[Merge] = []
    cells: dict[str, Cell] = {}  # one cell per text: amounts and codes repeat, and a cell is immutable
    last = 0  # the number of the last row read
    with archive.open(path) as stream:
        for _, element in etree.iterparse(stream, tag=(ROW, MERGE), resolve_entities="internal"):
            if element.tag == ROW:
                found, texts = values.row(element, last)
                last = found
                if found > len(grid):  # a row numbered below one already read is ignored, as openpyxl does
                    if found > max_rows:
                        raise UnreadableFile(TOO_LONG, limit=max_rows)
                    check_width(len(texts), max_columns)
                    for gap in range(len(grid) + 1, found):
                        grid[gap] = []
                    grid[found] = [cells.get(text) or cells.setdefault(text, Cell(text)) for text in texts]
            else:
                ref = element.get("ref")
                if ref and ":" in ref:
                    merge = range_boundaries(ref)
                    # A merge spreads its text over every cell it covers: bounded before it is spread.
                    check_width(merge[2], max_columns)
                    if merge[3] > max_rows:
                        raise UnreadableFile(TOO_LONG, limit=max_rows)
                    merges.append(merge)
            # Drop what has streamed past so a big sheet never sits in memory as a tree.
            element.clear(keep_tail=True)
            while element.getprevious() is not None:
                del element.getparent()[0]
    for min_col, min_row, max_col, max_row in merges:
        origin = _at(grid, min_row, min_col)
        for row in range(min_row, max_row + 1):
            for col in range(min_col, max_col + 1):
                if (row, col) != (min_row, min_col):
                    _put(grid, row, col, Cell(origin.text, vspan=row > min_row, hspan=col > min_col))
    rows = [SourceRow(number, grid[number]) for number in sorted(grid)]
    return Table(name=title, rows=rows, numbering="row")


def _at(grid: dict[int, list[Cell]], row: int, col: int) -> Cell:
    cells = grid.get(row, [])
    return cells[col - 1] if col <= len(cells) else Cell()


def _put(grid: dict[int, list[Cell]], row: int, col: int, cell: Cell) -> None:
    cells = grid.setdefault(row, [])
    cells.extend(Cell() for _ in range(col - len(cells)))
    cells[col - 1] = cell


def _sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """The path of each sheet's XML in the archive, by sheet title, from the workbook's relationships."""
    targets = {
        rel.get("Id"): rel.get("Target")
        for rel in etree.fromstring(archive.read("xl/_rels/workbook.xml.rels")).iter(
            f"{{{PKG_REL_NS}}}Relationship"
        )
    }
    paths: dict[str, str] = {}
    for sheet in etree.fromstring(archive.read("xl/workbook.xml")).iter(f"{{{MAIN_NS}}}sheet"):
        target = targets.get(sheet.get(f"{{{REL_NS}}}id"))
        if target:
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            paths[sheet.get("name", "")] = posixpath.normpath(path)
    return paths
