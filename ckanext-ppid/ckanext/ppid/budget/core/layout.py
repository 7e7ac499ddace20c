"""Where a budget sheet's header is, what its columns are called, and where the data begins.

Exports put titles above the table ("REKAPITULASI BELANJA ... TAHUN ANGGARAN 2026"), spread the header
over up to four merged rows, and may number the columns in a row below it ("1 2 3 ... 10"). The header
starts at the first row naming two known columns; the rows below it continue it while every cell in
them is a header word ("Operasi", "Anggaran"). When no row names two known columns, the first of the
widest rows is taken as the header, so that the uploader can map its columns.

A sheet saved as CSV by Excel keeps a merged cell's text in its first cell only ("Kode" in A, B-D
blank; "Operasi" in F, G blank): in a header of several rows a label spreads right over the blank
cells after it, within the label above them, as the merged cell did (see :func:`_spread`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ckanext.ppid.budget.core.headers import HeaderMatch, match_header
from ckanext.ppid.tabular.tables import Cell, SourceRow, Table

# A header sits above the data, after at most a title block.
HEADER_SEARCH_ROWS = 30
MAX_HEADER_DEPTH = 4
SEGMENT_SEPARATOR = " / "


@dataclass(frozen=True)
class Layout:
    labels: tuple[str, ...]  # one per column, unique
    segments: tuple[tuple[str, ...], ...]  # the header text of each column, top row first
    data_start: int  # index in ``Table.rows`` of the first row below the header
    title: str  # the text above the header
    recognised: bool  # the header names known columns (else it is only the widest row)


def find_layout(table: Table) -> Layout | None:
    """The header of ``table``; None when no row has two cells (no table at all)."""
    rows = table.rows[:HEADER_SEARCH_ROWS]
    start = next((index for index, row in enumerate(rows) if _named_columns(row) >= 2), None)
    recognised = start is not None
    if start is None:
        filled = [sum(1 for cell in _origins(row) if cell.text) for row in rows]
        if max(filled, default=0) < 2:
            return None
        start = filled.index(max(filled))
    end = start + 1
    while recognised and end < len(table.rows) and end - start < MAX_HEADER_DEPTH:
        if not _continues_header(table.rows[end]):
            break
        end += 1
    header = _spread(table.rows[start:end], table.width)
    data_start = end + 1 if end < len(table.rows) and _is_numbering(table.rows[end]) else end
    segments = tuple(_segments(header, index) for index in range(table.width))
    title = " ".join(cell.text for row in rows[:start] for cell in _origins(row) if cell.text)
    return Layout(_unique(segments), segments, data_start, title, recognised)


def _origins(row: SourceRow) -> list[Cell]:
    """The cells a merged range did not copy into."""
    return [cell for cell in row.cells if not cell.vspan and not cell.hspan]


def _named_columns(row: SourceRow) -> int:
    return sum(1 for cell in _origins(row) if cell.text and _match(cell.text).target is not None)


def _continues_header(row: SourceRow) -> bool:
    texts = [cell.text for cell in _origins(row) if cell.text]
    return bool(texts) and not _is_numbering(row) and all(_match(text).known for text in texts)


def _is_numbering(row: SourceRow) -> bool:
    """A row numbering the columns: 1, 2, 3, ... (some write (1), (2), ...)."""
    texts = [cell.text.strip("() ") for cell in _origins(row) if cell.text]
    return len(texts) >= 3 and texts == [str(number) for number in range(1, len(texts) + 1)]


def _match(text: str) -> HeaderMatch:
    return match_header((text,))


def _spread(header: list[SourceRow], width: int) -> list[SourceRow]:
    """The header with each blank cell after a label copied from it, as a merged cell would have been.

    A blank cell takes the text of its left neighbour when both lie under the same labels in the rows
    above, and no further right than the last column with a header text (a trailing empty column stays
    empty). A header of one row is left as it is: nothing says that its blank cells belong to a label.
    """
    if len(header) < 2:
        return header
    last = max((index for row in header for index, cell in enumerate(row.cells) if cell.text), default=-1)
    above: list[tuple[int | None, ...]] = [()] * width  # per column: where its label starts, row by row
    spread: list[SourceRow] = []
    for row in header:
        cells = [row.cell(index) for index in range(width)]
        starts: list[int | None] = []
        for index, cell in enumerate(cells):
            left = cells[index - 1]
            blank_after_label = 0 < index <= last and not cell.text and left.text and not left.vspan
            if blank_after_label and above[index] == above[index - 1]:
                cells[index] = cell = left._replace(hspan=True)
            if cell.hspan and starts:
                starts.append(starts[-1])
            else:
                starts.append(index if cell.text and not cell.vspan else None)
        above = [(*labels, start) for labels, start in zip(above, starts, strict=True)]
        spread.append(SourceRow(row.number, cells))
    return spread


def _segments(header: list[SourceRow], index: int) -> tuple[str, ...]:
    found: list[str] = []
    for row in header:
        cell = row.cell(index)
        text = " ".join(cell.text.split())
        if text and not cell.vspan and (not found or found[-1] != text):
            found.append(text)
    return tuple(found)


def _unique(segments: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """Labels for the columns: the header joined, repeated ones numbered ("Kode", "Kode (2)")."""
    labels: list[str] = []
    seen: dict[str, int] = {}
    for index, parts in enumerate(segments):
        label = SEGMENT_SEPARATOR.join(parts) or f"#{index + 1}"
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return tuple(labels)
