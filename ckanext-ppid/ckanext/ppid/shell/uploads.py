"""Uploaded documents are checked by content, not by name: the type the bytes show must fit the extension.

CKAN limits the size (``ckan.max_resource_size``); this refuses a file whose content is not one of the
document types a register holds, or does not match its extension (an executable renamed ``.pdf``), a PDF,
JPEG or PNG that does not begin with its signature (an HTML page with ``%PDF-`` in it), and a PDF that
carries JavaScript or a Launch action (:mod:`ckanext.ppid.security.file_content`). Register documents,
files handed over on requests and identity documents all pass here.
"""

from __future__ import annotations

import os
from typing import Any

import magic
from werkzeug.datastructures import FileStorage

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Refused
from ckanext.ppid.security import file_content

OOXML = "application/vnd.openxmlformats-officedocument"
OLE = {"application/msword", "application/vnd.ms-excel", "application/x-ole-storage", "application/CDFV2"}
ZIPPED = {"application/zip", "application/octet-stream"}
# Extension -> the types libmagic may report for such a file.
ACCEPTED = {
    ".pdf": {"application/pdf"},
    ".jpg": {"image/jpeg"},
    ".jpeg": {"image/jpeg"},
    ".png": {"image/png"},
    ".csv": {"text/csv", "text/plain", "application/csv"},
    ".txt": {"text/plain"},
    ".json": {"application/json", "text/plain"},
    ".geojson": {"application/json", "text/plain", "application/geo+json"},
    ".xml": {"text/xml", "application/xml"},
    ".xlsx": {f"{OOXML}.spreadsheetml.sheet", *ZIPPED},
    ".docx": {f"{OOXML}.wordprocessingml.document", *ZIPPED},
    ".pptx": {f"{OOXML}.presentationml.presentation", *ZIPPED},
    ".odt": {"application/vnd.oasis.opendocument.text", *ZIPPED},
    ".ods": {"application/vnd.oasis.opendocument.spreadsheet", *ZIPPED},
    ".xls": OLE,
    ".doc": OLE,
    ".zip": {"application/zip"},
}
# libmagic needs about 2 KB to tell office formats apart.
SNIFF_BYTES = 4096
NOT_ALLOWED = N_("Files of type {extension} cannot be uploaded. Allowed: {allowed}")
MISMATCH = N_("The file's content ({detected}) does not match its name ({extension})")
NOT_AS_NAMED = N_(
    "The file does not begin as a {extension} file does: it may be another kind of file, renamed."
)
ACTIVE_PDF = N_(
    "The PDF contains content a PDF viewer would run or open ({found}). Save or print it again as a plain "
    "PDF and upload that."
)
UNCHECKED_PDF = N_(
    "The PDF is packed in a way that cannot be checked. Save or print it again as a plain PDF and upload "
    "that."
)


class UploadRefused(Refused):
    """An upload the register does not accept."""


def check_upload(resource: dict[str, Any]) -> None:
    """Raise :class:`UploadRefused` if the resource carries an upload the register does not accept."""
    upload = resource.get("upload")
    if not isinstance(upload, FileStorage) or not upload.filename:
        return
    extension = os.path.splitext(upload.filename)[1].lower()
    if extension not in ACCEPTED:
        raise UploadRefused(NOT_ALLOWED, extension=extension or "?", allowed=", ".join(sorted(ACCEPTED)))
    stream = upload.stream
    head = stream.read(SNIFF_BYTES)
    stream.seek(0)
    detected = magic.from_buffer(head, mime=True) if head else "application/x-empty"
    if detected not in ACCEPTED[extension]:
        raise UploadRefused(MISMATCH, detected=detected, extension=extension)
    if not file_content.starts_as(extension, head):
        raise UploadRefused(NOT_AS_NAMED, extension=extension)
    if extension == ".pdf":
        check_pdf(upload, file_content.EXECUTABLE)


def check_pdf(upload: FileStorage, wanted: tuple[str, ...]) -> None:
    """Raise :class:`UploadRefused` if the PDF in ``upload`` carries any of the ``wanted`` active content."""
    data = upload.stream.read()
    upload.stream.seek(0)
    try:
        found = file_content.pdf_active_content(data, wanted)
    except file_content.Unreadable as unreadable:
        raise UploadRefused(UNCHECKED_PDF) from unreadable
    if found:
        raise UploadRefused(ACTIVE_PDF, found=", ".join(sorted(found)))
