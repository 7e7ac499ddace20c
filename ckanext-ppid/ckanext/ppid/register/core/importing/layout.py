"""Read the layout of a table under its header: which rows are headings and which rows make one item.

A row whose title cell is spanned from the row above (rowspan, merged cells) continues that item: its
other cells add lines (a summary written over several rows, a second unit, more links). A row with one
text across the table is a heading: "A. ... BERKALA" sets the category of the rows after it, and under
berkala "4. Ringkasan Laporan Keuangan" sets the periodic item.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ckanext.ppid.register.core.importing import vocabulary
from ckanext.ppid.register.core.importing.headers import Header
from ckanext.ppid.tabular.tables import SourceRow, Table


@dataclass(frozen=True)
class Section:
    """A heading row and what it set for the rows after it."""

    source_row: int
    text: str
    kategori: str | None
    item_berkala: str | None


@dataclass
class Draft:
    """The raw cells of one item, gathered over the rows it spans, before normalising."""

    number: int
    context: dict[str, str]
    texts: dict[str, list[str]] = field(default_factory=dict)
    links: list[str] = field(default_factory=list)
    continued: list[int] = field(default_factory=list)

    def add(self, target: str, text: str) -> None:
        texts = self.texts.setdefault(target, [])
        if text and text not in texts:
            texts.append(text)


def read_items(table: Table, header: Header) -> tuple[list[Draft], list[Section]]:
    """The items below the header, with the category and periodic item set by headings, and the headings."""
    title_column = next(column.index for column in header.columns if column.field == "title")
    context: dict[str, str] = {}
    sections: list[Section] = []
    drafts: list[Draft] = []
    for position, row in enumerate(table.rows):
        in_header = header.start <= position < header.start + header.depth
        if in_header or row.is_blank or header.is_repeat(row):
            continue
        if row.cell(title_column).vspan and position > header.start:
            # Before the first item, a spanned title belongs to the header's merged cells.
            if drafts:
                _continue(drafts[-1], row, header)
            continue
        section = _heading(row, context)
        if section is not None:
            sections.append(section)
        elif position > header.start:
            drafts.append(_start(row, header, context))
    return drafts, sections


def _heading(row: SourceRow, context: dict[str, str]) -> Section | None:
    """Read a heading row into the context; None if the row is not a heading."""
    texts = {cell.text for cell in row.cells if cell.text}
    filled = [cell for cell in row.cells if cell.text]
    if len(texts) != 1 or not (len(filled) == 1 or any(cell.hspan for cell in filled)):
        return None
    text = texts.pop()
    banner = any(cell.hspan for cell in filled)
    kategori = vocabulary.category(text)
    if kategori is not None and (banner or vocabulary.is_enumerated_heading(text) or len(text) <= 80):
        context.clear()
        context["kategori"] = kategori
        return Section(row.number, text, kategori, None)
    if not (banner or vocabulary.is_enumerated_heading(text)):
        return None
    context.pop("item_berkala", None)
    item = vocabulary.berkala_item(text) if context.get("kategori") == "berkala" else None
    if item is not None:
        context["item_berkala"] = item
    return Section(row.number, text, context.get("kategori"), item)


def _start(row: SourceRow, header: Header, context: dict[str, str]) -> Draft:
    draft = Draft(row.number, dict(context))
    _gather(draft, row, header)
    return draft


def _continue(draft: Draft, row: SourceRow, header: Header) -> None:
    draft.continued.append(row.number)
    _gather(draft, row, header, skip_spanned=True)


def _gather(draft: Draft, row: SourceRow, header: Header, skip_spanned: bool = False) -> None:
    for column in header.columns:
        cell = row.cell(column.index)
        if column.field is None or (skip_spanned and cell.vspan):
            continue
        draft.add(column.field, cell.text)
        if column.field == "url":
            draft.links.extend(link for link in cell.links if link not in draft.links)
