"""Turn one ``<row>`` of a worksheet's XML into its cells' texts, from the values openpyxl would give.

Walking the XML with lxml directly is several times faster than openpyxl's per-cell parser (which
builds a rich-text object for every inline string, the way SIPD writes every cell). The values are the
ones ``iter_rows(values_only=True)`` gives on a workbook loaded with ``data_only=True``: cached formula
results, shared and inline strings, ints and floats, booleans, and dates where the cell's style is a
date format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from lxml import etree
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CELL = f"{{{MAIN_NS}}}c"
VALUE = f"{{{MAIN_NS}}}v"
INLINE = f"{{{MAIN_NS}}}is"
TEXT = f"{{{MAIN_NS}}}t"
RUN = f"{{{MAIN_NS}}}r"
DIGITS = "0123456789"


@dataclass
class CellValues:
    """What a cell's value depends on beyond its own XML: the workbook's strings and date styles."""

    shared_strings: Sequence[str]
    epoch: object
    date_styles: Collection[int]
    duration_styles: Collection[int]
    _columns: dict[str, int] = field(default_factory=dict)

    def row(self, element: etree._Element, previous: int) -> tuple[int, list[str]]:
        """The row's number (``previous`` + 1 when the XML omits it) and its cells' texts, "" in gaps.

        The row is as wide as its last cell's column, like openpyxl's rows of an unsized sheet.
        """
        number = _row_number(element.get("r"), previous)
        placed: list[tuple[int, str]] = []
        column = 0
        columns = self._columns
        for cell in element.iterchildren(CELL):
            reference = cell.get("r")
            if reference:
                letters = reference.rstrip(DIGITS)
                column = columns.get(letters) or self._column(letters)
            else:
                column += 1
            if cell.get("t") == "inlineStr":  # how SIPD writes every cell: the text as it is
                text = ""
                for inline in cell.iterchildren(INLINE):
                    text = _inline_text(inline)
                    break
            else:
                text = _cell_text(self.value(cell))
            placed.append((column, text))
        texts = [""] * column
        for index, text in placed:
            if index <= column:
                texts[index - 1] = text
        return number, texts

    def value(self, cell: etree._Element) -> object:
        """The value of a cell other than an inline string."""
        kind = cell.get("t", "n")
        text = cell.findtext(VALUE) or None
        if text is None:
            return None
        if kind == "n":
            number = float(text) if "." in text or "E" in text or "e" in text else int(text)
            style = int(cell.get("s") or 0)
            if style not in self.date_styles:
                return number
            try:
                return from_excel(number, self.epoch, timedelta=style in self.duration_styles)
            except (OverflowError, ValueError):
                return "#VALUE!"
        if kind == "s":
            return self.shared_strings[int(text)]
        if kind == "b":
            return bool(int(text))
        if kind == "d":
            return from_ISO8601(text)
        return text  # "str" (a formula's text result), "e" (an error such as #N/A)

    def _column(self, letters: str) -> int:
        column = self._columns[letters] = column_index_from_string(letters)
        return column


def _cell_text(value: object) -> str:
    """A value as the text a reader shows: whole floats without ".0", dates without a midnight time."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _row_number(attribute: str | None, previous: int) -> int:
    if attribute is None:
        return previous + 1
    try:
        return int(attribute)
    except ValueError:
        number = float(attribute)
        if not number.is_integer():
            raise ValueError(f"{attribute} is not a valid row number") from None
        return int(number)


def _inline_text(inline: etree._Element) -> str:
    """The plain text of an inline string: its ``<t>`` followed by the ``<t>`` of each rich-text run."""
    if len(inline) == 1 and inline[0].tag == TEXT:  # no rich text: the common case
        return inline[0].text or ""
    plain = None
    runs = []
    for child in inline:
        if child.tag == TEXT:
            plain = child.text
        elif child.tag == RUN:
            run = None
            for part in child.iterchildren(TEXT):
                run = part.text
            if run is not None:
                runs.append(run)
    return (plain or "") + "".join(runs)
