"""Budget tables published as JSON, turned into rows like a sheet's (a header row, then the records).

Three shapes are read:

- a list of row objects whose keys are column names (``[{"kode_program": "1.01.01", ...}]``), also
  wrapped in an object under ``data``, ``records``, ``rows``, ``items`` or ``result``;
- CKAN DataStore's ``{"fields": [{"id": ...}], "records": [...]}``, records as objects or lists;
- the chart data of dashboards such as Banten's: a block per measure, ``{"xAxis": {"type": "Anggaran",
  "yyyy": "2018", "data": [OPD names]}, "series": [{"data": [amounts]}]}``, giving a row per OPD.

Numbers keep their exact digits (decimals are read as ``Decimal``, never as floats).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from ckanext.ppid.law.markers import N_
from ckanext.ppid.tabular.decoding import decode_text
from ckanext.ppid.tabular.tables import Table, UnreadableFile, grid_row

WRAPPERS = ("result", "data", "records", "rows", "items")
# Header labels of the chart shape's columns (matched like any header).
CHART_NAME = "OPD"
CHART_YEAR = "Tahun Anggaran"

INVALID = N_("The file is not valid JSON: {detail} at line {line}, column {column}.")
TOO_DEEP = N_("The JSON file nests too deeply to be read.")
NO_TABLE = N_(
    "The JSON file holds no budget table: expected a list of rows, DataStore fields and records, "
    "or chart blocks with xAxis and series."
)
CHART_LENGTHS = N_("Chart block {block} names {names} OPDs but gives {values} amounts.")


def read_json(data: bytes) -> Table:
    """The table in a JSON file; rows are numbered by record, the header being row 0.

    :raises UnreadableFile: invalid JSON (the message says where), or no table in it.
    """
    text, notes = decode_text(data)
    try:
        document = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        raise UnreadableFile(INVALID, detail=error.msg, line=error.lineno, column=error.colno) from error
    except RecursionError as error:
        raise UnreadableFile(TOO_DEEP) from error
    grid = _chart(document) or _records(document)
    if not grid or len(grid) < 2:
        raise UnreadableFile(NO_TABLE)
    rows = [grid_row(number, [_text(value) for value in values]) for number, values in enumerate(grid)]
    return Table(name="", rows=rows, numbering="row", notes=notes)


def _records(document: Any) -> list[list[Any]] | None:
    """Header and records of a list of objects or lists, or of DataStore fields and records."""
    if isinstance(document, dict):
        if isinstance(document.get("fields"), list) and isinstance(document.get("records"), list):
            header = [
                field.get("id", "") if isinstance(field, dict) else field for field in document["fields"]
            ]
            return _rows(header, document["records"])
        inner = next((document[key] for key in WRAPPERS if isinstance(document.get(key), list | dict)), None)
        return _records(inner) if inner is not None else None
    if not isinstance(document, list) or not document:
        return None
    if all(isinstance(record, dict) for record in document):
        header: list[Any] = list(dict.fromkeys(key for record in document for key in record))
        return _rows(header, document)
    if all(isinstance(record, list) for record in document):
        return [list(record) for record in document]
    return None


def _rows(header: list[Any], records: Iterable[Any]) -> list[list[Any]]:
    grid = [header]
    for record in records:
        if isinstance(record, dict):
            grid.append([record.get(key) for key in header])
        elif isinstance(record, list):
            grid.append(record)
    return grid


def _chart(document: Any) -> list[list[Any]] | None:
    """A row per OPD (and year) with a column per measure block, or None when it is no chart."""
    if not isinstance(document, list) or not document or not all(_is_block(block) for block in document):
        return None
    measures: list[str] = []
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for number, block in enumerate(document, start=1):
        axis = block["xAxis"]
        names, values = axis["data"], block["series"][0].get("data") or []
        if len(names) != len(values):
            raise UnreadableFile(CHART_LENGTHS, block=number, names=len(names), values=len(values))
        measure = str(axis.get("type") or block["series"][0].get("name") or "")
        if measure not in measures:
            measures.append(measure)
        year = str(axis.get("yyyy") or "")
        for name, value in zip(names, values, strict=True):
            rows.setdefault((str(name), year), {})[measure] = value
    header = [CHART_NAME, CHART_YEAR, *measures]
    return [header] + [
        [name, year, *(row.get(measure) for measure in measures)] for (name, year), row in rows.items()
    ]


def _is_block(block: Any) -> bool:
    return (
        isinstance(block, dict)
        and isinstance(block.get("xAxis"), dict)
        and isinstance(block["xAxis"].get("data"), list)
        and isinstance(block.get("series"), list)
        and bool(block["series"])
        and isinstance(block["series"][0], dict)
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
