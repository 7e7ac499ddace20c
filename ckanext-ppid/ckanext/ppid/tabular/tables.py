"""What every reader produces: a grid of cell strings that remembers where each row came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem, Refused

# A register or a budget has a few dozen columns: thousands are a malformed or hostile file, whose header
# search would take minutes (ckanext.ppid.input.max_columns sets the portal's limit).
DEFAULT_MAX_COLUMNS = 200
TOO_WIDE = N_("The file has more than {limit} columns.")
TOO_LONG = N_("The file has more than {limit} rows.")

# How a format numbers its rows, so a message can say "line 12" of a text file or "row 12" of a sheet.
Numbering = Literal["line", "row"]


class Cell(NamedTuple):
    """One cell as the reader saw it (a named tuple: a sheet of 100,000 rows makes a million of them).

    ``vspan``/``hspan`` mark copies that a merged cell (rowspan/colspan) spread into this position: a
    vertically spanned title means the row continues the item above, a horizontally spanned text is a
    banner (a section heading across the table).
    """

    text: str = ""
    links: tuple[str, ...] = ()
    vspan: bool = False
    hspan: bool = False


EMPTY = Cell()


@dataclass
class SourceRow:
    number: int
    cells: list[Cell]

    def text(self, index: int) -> str:
        return self.cells[index].text if index < len(self.cells) else ""

    def cell(self, index: int) -> Cell:
        return self.cells[index] if index < len(self.cells) else EMPTY

    @property
    def is_blank(self) -> bool:
        return not any(cell.text for cell in self.cells)


@dataclass
class Table:
    """The rows of one sheet, HTML table or dumped SQL table, header rows included."""

    name: str
    rows: list[SourceRow]
    numbering: Numbering = "row"
    notes: list[Problem] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(row.cells) for row in self.rows), default=0)


class UnreadableFile(Refused):
    """The file cannot be read at all; ``problem`` is what the preview shows."""


def check_width(width: int, max_columns: int) -> None:
    """Raise :class:`UnreadableFile` when a row of ``width`` cells is wider than ``max_columns``."""
    if width > max_columns:
        raise UnreadableFile(TOO_WIDE, limit=max_columns)


def grid_row(number: int, texts: list[str]) -> SourceRow:
    """A row of plain cells (readers of formats without merged cells)."""
    return SourceRow(number, [Cell(text) for text in texts])
