"""The register's cells on its pages, written as its PDF and spreadsheets write them.

One writer for every place a register item is shown (``documents/register_cells.py``): the law's labels for
codes, "1 tahun" for a period, "27 Desember 2026" for a date, in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.documents.register_cells import Cells


def ppid_register_cell(field: str, entry: Mapping[str, Any]) -> str:
    """The text of ``field`` of a register entry (a ``ppid_register_list`` result) for the page's reader."""
    return Cells(tk._, "en" if tk.h.lang() == "en" else "id").cell(field, entry)


HELPERS = {"ppid_register_cell": ppid_register_cell}
