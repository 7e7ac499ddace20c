"""Which format a file is, by its name and by its content; an importer requires the two to agree."""

from __future__ import annotations

import io
import re
import zipfile

# Names of formats for messages; formats the importer recognises but cannot read are named too.
LABELS = {
    "csv": "CSV",
    "xlsx": "XLSX",
    "html": "HTML",
    "sql": "SQL",
    "json": "JSON",
    "xls": "Excel 97-2003 (.xls)",
    "pdf": "PDF",
    "zip": "ZIP",
    "binary": "binary",
}
EXTENSIONS = {
    ".csv": "csv",
    ".txt": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".html": "html",
    ".htm": "html",
    ".sql": "sql",
    ".json": "json",
    ".xls": "xls",
}
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HTML_TABLE = re.compile(rb"<table[\s>]", re.IGNORECASE)
SQL_INSERT = re.compile(rb"\b(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?INTO\b", re.IGNORECASE)
SQL_START = re.compile(rb"^\s*(?:--|/\*|#|CREATE|INSERT|REPLACE|SET|DROP|LOCK)", re.IGNORECASE | re.MULTILINE)
# The head of a file is enough to tell binary from text.
HEAD = 64 * 1024


def extension_format(filename: str) -> str | None:
    name = filename.lower()
    return next((fmt for ext, fmt in EXTENSIONS.items() if name.endswith(ext)), None)


def content_format(data: bytes) -> str:
    """One of ``LABELS``: what the bytes are, whatever the file is called (text that is not HTML or SQL is
    "csv"; JSON is told apart by its name)."""
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return "zip"
        return "xlsx" if "xl/workbook.xml" in names else "zip"
    if data.startswith(OLE2):
        return "xls"
    if data.startswith(b"%PDF"):
        return "pdf"
    if b"\x00" in data[:HEAD]:
        return "binary"
    if HTML_TABLE.search(data):
        return "html"
    if SQL_INSERT.search(data) and SQL_START.search(data[:HEAD]):
        return "sql"
    return "csv"
