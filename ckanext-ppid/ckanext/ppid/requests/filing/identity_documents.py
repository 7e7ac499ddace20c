"""The applicant's identity document (a KTP scan, or a legal entity's decree): checked, then kept privately.

Only PDF, JPEG and PNG, up to ``ckanext.ppid.requests.identity_max_mb``, and the content must be what the name
says (``shell.uploads.check_upload``: libmagic, the file's signature, no JavaScript or Launch action in a
PDF). A PDF may not carry attached files, Flash or XFA forms either: a scan has no use for them. A KTP image
holds a face photo, specific personal data under UU 27/2022 Ps 4(2) (docs/personal-data.md), so the file goes
to ``requests.private_files``, never to CKAN's resource storage.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from werkzeug.datastructures import FileStorage

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Refused
from ckanext.ppid.requests import private_files
from ckanext.ppid.security import file_content
from ckanext.ppid.shell import settings, uploads

KIND = "identity"
# Extension -> the name stored and the content type served.
TYPES = {
    ".pdf": ("pdf", "application/pdf"),
    ".jpg": ("jpg", "image/jpeg"),
    ".jpeg": ("jpg", "image/jpeg"),
    ".png": ("png", "image/png"),
}

NOT_ALLOWED = N_("An identity document must be a PDF, JPEG or PNG file.")
TOO_LARGE = N_("The identity document is larger than {max_mb} MB.")
EMPTY = N_("The identity document is empty.")


class DocumentRefused(Refused):
    """A document that is not accepted."""


@dataclass(frozen=True)
class Checked:
    content: bytes
    extension: str
    content_type: str


def is_upload(value: object) -> bool:
    return isinstance(value, FileStorage) and bool(value.filename)


def check(upload: FileStorage) -> Checked:
    """The upload's bytes and type; :class:`DocumentRefused` if it is not an acceptable document."""
    extension = os.path.splitext(upload.filename or "")[1].lower()
    if extension not in TYPES:
        raise DocumentRefused(NOT_ALLOWED)
    limit = settings.identity_max_bytes()
    content = upload.stream.read(limit + 1)
    upload.stream.seek(0)
    if len(content) > limit:
        raise DocumentRefused(TOO_LARGE, max_mb=limit // settings.MB)
    if not content:
        raise DocumentRefused(EMPTY)
    try:
        uploads.check_upload({"upload": upload})
        if extension == ".pdf":
            uploads.check_pdf(upload, (*file_content.EXECUTABLE, *file_content.EMBEDDED))
    except uploads.UploadRefused as refused:
        raise DocumentRefused(refused.message, **refused.params) from refused
    stored, content_type = TYPES[extension]
    return Checked(content, stored, content_type)


def store(document: Checked) -> str:
    """Keep the document privately; returns its stored name."""
    return private_files.store(KIND, document.content, document.extension)


def read(name: str) -> bytes:
    return private_files.read(KIND, name)


def remove(name: str) -> None:
    private_files.remove(KIND, name)
