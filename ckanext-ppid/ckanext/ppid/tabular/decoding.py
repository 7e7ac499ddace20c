"""Bytes to text for the text formats (CSV, HTML, SQL dumps) as Indonesian offices save them."""

from __future__ import annotations

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.tabular.tables import UnreadableFile


def decode_text(data: bytes) -> tuple[str, list[Problem]]:
    """UTF-8 (with or without BOM) first; Excel on Windows saves "CSV" as cp1252, so that is the fallback."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), [Problem(N_("The file is not UTF-8; it was read as Windows-1252."))]
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            N_("The file cannot be read as text (unknown character at byte {offset})."), offset=error.start
        ) from error
