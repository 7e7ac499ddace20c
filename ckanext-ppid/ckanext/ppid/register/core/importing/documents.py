"""Which documents a register row names, and whether the files uploaded with the sheet hold them (pure core).

The document column ("Berkas", "File", "Nama File", "Lampiran", ...) holds links and file names, several
to a cell separated by ";" or line breaks. A link becomes a link resource; a file name must name one of
the files uploaded with the sheet, compared without case and without folders ("SK/sk-01.PDF" names
"sk-01.pdf"). Text that is neither (such as "Lihat" or "Website") is reported and left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.register.core.importing import cells
from ckanext.ppid.register.core.importing.imported_row import ImportedRow

FIELD = "url"
# Extensions that make a cell's text a file name rather than words. Wider than what may be uploaded, so
# that a row naming "rekap.rar" is told the file is missing or refused instead of silently dropped.
FILE_EXTENSIONS = frozenset(
    {
        *("pdf", "doc", "docx", "odt", "rtf", "txt", "xls", "xlsx", "ods", "csv", "ppt", "pptx", "odp"),
        *("jpg", "jpeg", "png", "gif", "tif", "tiff", "bmp", "svg", "webp"),
        *("json", "geojson", "xml", "kml", "kmz", "shp", "zip", "rar", "7z", "mp3", "mp4", "exe"),
    }
)
FILE_NAME = re.compile(r"^[^<>:\"|?*]+\.([A-Za-z0-9]{2,7})$")
NOT_UPLOADED = N_('The file "{file}" named in this row was not uploaded.')
SAME_NAME = N_('{count} uploaded files are named "{file}": give each file its own name.')
UNREAD = N_('"{value}" is neither a link nor a file name; it was left empty.')


def base_name(path: str) -> str:
    """The last part of a path written with either slash."""
    return re.split(r"[\\/]", path.strip())[-1].strip()


def file_key(name: str) -> str:
    """How names are compared: the base name, Unicode-normalised, without case."""
    return unicodedata.normalize("NFC", base_name(name)).casefold()


def is_file_name(text: str) -> bool:
    match = FILE_NAME.match(base_name(text))
    return bool(match) and match.group(1).lower() in FILE_EXTENSIONS


def named_in(texts: Sequence[str], links: Sequence[str]) -> tuple[list[str], list[str]]:
    """The links and file names a document cell names (in order, once each) and the parts read as neither.

    A cell that carries hyperlinks (XLSX, HTML) names those links; its text is only their labels.
    """
    if links:
        return _unique(link.strip() for link in links), []
    named: list[str] = []
    unread: list[str] = []
    for text in texts:
        for part in re.split(r"[;\n]", cells.clean_text(text)):
            entry = cells.ENUMERATOR.sub("", part, count=1).strip(" ,")
            if not entry:
                continue
            (named if cells.is_url(entry) or is_file_name(entry) else unread).append(entry)
    return _unique(named), unread


def _unique(entries: Iterable[str]) -> list[str]:
    kept: list[str] = []
    for entry in entries:
        if entry and entry not in kept:
            kept.append(entry)
    return kept


@dataclass(frozen=True)
class BatchFile:
    """One uploaded file as the preview needs it: its key in the batch, name, size and any problem."""

    key: str
    name: str
    size: int
    problem: Problem | None = None


@dataclass(frozen=True)
class Document:
    """One document a row will get: a link (``url``) or an uploaded file (``file``)."""

    name: str
    url: str | None = None
    file: BatchFile | None = None


@dataclass
class DocumentPlan:
    """Each row's documents (by source row) and the uploaded files that no row names."""

    by_row: dict[int, list[Document]] = field(default_factory=dict)
    unnamed: list[BatchFile] = field(default_factory=list)

    def files_of(self, source_row: int) -> list[BatchFile]:
        return [document.file for document in self.by_row.get(source_row, []) if document.file]

    def links_of(self, source_row: int) -> list[str]:
        return [document.url for document in self.by_row.get(source_row, []) if document.url]


def match_documents(rows: Sequence[ImportedRow], files: Sequence[BatchFile]) -> DocumentPlan:
    """Pair each row's named documents with the uploaded files; a missing, ambiguous or refused file is a row
    error (so the preview is not ``ok``), a file no row names is listed in ``unnamed``."""
    by_key: dict[str, list[BatchFile]] = defaultdict(list)
    for batch_file in files:
        by_key[file_key(batch_file.name)].append(batch_file)
    plan = DocumentPlan()
    named: set[str] = set()
    for row in rows:
        documents = []
        for entry in row.values.get(FIELD) or []:
            if cells.is_url(entry):
                documents.append(Document(entry, url=entry))
                continue
            found = by_key.get(file_key(entry), [])
            named.update(batch_file.key for batch_file in found)
            if not found:
                row.error(FIELD, NOT_UPLOADED, file=entry)
            elif len(found) > 1:
                row.error(FIELD, SAME_NAME, file=found[0].name, count=len(found))
            else:
                if found[0].problem is not None:
                    row.error(FIELD, found[0].problem.message, **found[0].problem.params)
                documents.append(Document(found[0].name, file=found[0]))
        plan.by_row[row.source_row] = documents
    plan.unnamed = [batch_file for batch_file in files if batch_file.key not in named]
    return plan
