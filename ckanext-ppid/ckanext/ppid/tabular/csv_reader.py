"""Read a CSV export: guess its encoding and delimiter; title and blank lines stay rows for header search."""

from __future__ import annotations

import csv
import io
from collections import Counter

from ckanext.ppid.markers import N_
from ckanext.ppid.tabular.decoding import decode_text
from ckanext.ppid.tabular.tables import SourceRow, Table, UnreadableFile, grid_row

DELIMITERS = (";", ",", "\t")
# Enough lines to get past a title block and into the data when guessing the delimiter.
SNIFF_LINES = 40


def guess_delimiter(text: str) -> str:
    """The delimiter that splits the most sample lines into the same number (>1) of fields."""
    sample = [line for line in text.splitlines()[:SNIFF_LINES] if line.strip()]
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        widths = Counter(len(fields) for fields in csv.reader(sample, delimiter=delimiter))
        widths.pop(1, None)
        score = max(widths.values(), default=0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(data: bytes) -> Table:
    text, notes = decode_text(data)
    delimiter = guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[SourceRow] = []
    start = 1
    try:
        for fields in reader:
            # A quoted cell may hold line breaks; the row is found at the line where it starts.
            rows.append(grid_row(start, fields))
            start = reader.line_num + 1
    except csv.Error as error:
        raise UnreadableFile(N_("The CSV file is malformed near line {line}."), line=start) from error
    return Table(name="", rows=rows, numbering="line", notes=notes)
