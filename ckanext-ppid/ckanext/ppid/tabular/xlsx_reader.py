"""Read an XLSX workbook in openpyxl's streaming mode, spreading merged cells over the area they cover.

openpyxl's read-only worksheets do not expose merged ranges, so they are read from each sheet's XML
(streamed too); the streaming mode keeps memory bounded on large exports.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import zipfile
from collections.abc import Iterator
from typing import Any

import openpyxl
from lxml import etree
from openpyxl.utils.cell import range_boundaries

from ckanext.ppid.markers import N_
from ckanext.ppid.tabular.tables import Cell, SourceRow, Table, UnreadableFile

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
# A sheet of 100,000 budget lines unpacks to some 60 MB; far more means a zip bomb, not a table.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

Merge = tuple[int, int, int, int]  # min_col, min_row, max_col, max_row (1-based, inclusive)


def read_xlsx(data: bytes, max_rows: int) -> list[Table]:
    """One table per visible sheet, in workbook order."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
            raise UnreadableFile(N_("The workbook unpacks to far more data than a table can hold."))
        merges = _merged_ranges(archive)
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, etree.XMLSyntaxError) as error:
        raise UnreadableFile(N_("The XLSX workbook is damaged and cannot be opened.")) from error
    try:
        return [
            _read_sheet(sheet, merges.get(sheet.title, []), max_rows)
            for sheet in workbook.worksheets
            if sheet.sheet_state == "visible"
        ]
    finally:
        workbook.close()


def _read_sheet(sheet: Any, merges: list[Merge], max_rows: int) -> Table:
    # Exports often carry a wrong <dimension>; without a reset the streaming reader stops early.
    sheet.reset_dimensions()
    grid: dict[int, list[Cell]] = {}
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        if number > max_rows:
            raise UnreadableFile(N_("The file has more than {limit} rows."), limit=max_rows)
        grid[number] = [Cell(_cell_text(value)) for value in values]
    for min_col, min_row, max_col, max_row in merges:
        origin = _at(grid, min_row, min_col)
        for row in range(min_row, max_row + 1):
            for col in range(min_col, max_col + 1):
                if (row, col) != (min_row, min_col):
                    _put(grid, row, col, Cell(origin.text, vspan=row > min_row, hspan=col > min_col))
    rows = [SourceRow(number, grid[number]) for number in sorted(grid)]
    return Table(name=sheet.title, rows=rows, numbering="row")


def _at(grid: dict[int, list[Cell]], row: int, col: int) -> Cell:
    cells = grid.get(row, [])
    return cells[col - 1] if col <= len(cells) else Cell()


def _put(grid: dict[int, list[Cell]], row: int, col: int, cell: Cell) -> None:
    cells = grid.setdefault(row, [])
    cells.extend(Cell() for _ in range(col - len(cells)))
    cells[col - 1] = cell


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _merged_ranges(archive: zipfile.ZipFile) -> dict[str, list[Merge]]:
    """Merged ranges per sheet title, read from the workbook's relationships and each sheet's XML."""
    targets = {
        rel.get("Id"): rel.get("Target")
        for rel in etree.fromstring(archive.read("xl/_rels/workbook.xml.rels")).iter(
            f"{{{PKG_REL_NS}}}Relationship"
        )
    }
    ranges: dict[str, list[Merge]] = {}
    for sheet in etree.fromstring(archive.read("xl/workbook.xml")).iter(f"{{{MAIN_NS}}}sheet"):
        target = targets.get(sheet.get(f"{{{REL_NS}}}id"))
        if target:
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            ranges[sheet.get("name", "")] = list(_merge_refs(archive, posixpath.normpath(path)))
    return ranges


def _merge_refs(archive: zipfile.ZipFile, path: str) -> Iterator[Merge]:
    with archive.open(path) as stream:
        # Rows are cleared as they stream past so a big sheet never sits in memory as a tree.
        for _, element in etree.iterparse(stream, tag=(f"{{{MAIN_NS}}}row", f"{{{MAIN_NS}}}mergeCell")):
            ref = element.get("ref")
            if element.tag.endswith("mergeCell") and ref and ":" in ref:
                yield range_boundaries(ref)
            element.clear()
