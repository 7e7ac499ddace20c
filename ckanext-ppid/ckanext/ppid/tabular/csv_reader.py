"""Read a CSV export: guess its encoding and delimiter; title and blank lines stay rows for header search."""

from __future__ import annotations

import csv
import io
from collections import Counter

from ckanext.ppid.law.markers import N_
from ckanext.ppid.tabular.decoding import decode_text
from ckanext.ppid.tabular.tables import (
    DEFAULT_MAX_COLUMNS,
    TOO_LONG,
    SourceRow,
    Table,
    UnreadableFile,
    check_width,
    grid_row,
)

DELIMITERS = (";", ",", "\t")
# Enough lines to get past a title block and into the data when guessing the delimiter.
SNIFF_LINES = 40


def guess_delimiter(text: str) -> str:
    """The delimiter that splits the most sample lines into the same number (>1) of fields."""
    sample = [line for line in text.splitlines()[:SNIFF_LINES] if line.strip()]
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        try:
            widths = Counter(len(fields) for fields in csv.reader(sample, delimiter=delimiter))
        except csv.Error:  # a line that this delimiter leaves as one field longer than csv allows
            continue
        widths.pop(1, None)
        score = max(widths.values(), default=0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(data: bytes, max_rows: int | None = None, max_columns: int = DEFAULT_MAX_COLUMNS) -> Table:
    """The file's rows; :class:`UnreadableFile` as soon as one is wider than ``max_columns`` or the rows
    are more than ``max_rows`` (no limit: None)."""
    text, notes = decode_text(data)
    delimiter = guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[SourceRow] = []
    start = 1
    try:
        for fields in reader:
            check_width(len(fields), max_columns)
            if max_rows is not None and len(rows) >= max_rows:
                raise UnreadableFile(TOO_LONG, limit=max_rows)
            # A quoted cell may hold line breaks; the row is found at the line where it starts.
            rows.append(grid_row(start, fields))
            start = reader.line_num + 1
    except csv.Error as error:
        raise UnreadableFile(N_("The CSV file is malformed near line {line}."), line=start) from error
    return Table(name="", rows=rows, numbering="line", notes=notes)
