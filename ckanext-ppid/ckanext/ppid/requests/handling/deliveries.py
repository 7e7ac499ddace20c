"""Handing over granted information: files attached to the request, or links to public register items.

Files are checked like every upload of the portal (``shell.uploads``: the content must be a document type and
match its name), limited in size (``ckanext.ppid.requests.delivery_max_mb``) and kept in private storage
(``requests.private_files``, kind ``delivery``), never in CKAN's public storage: they are served only to the
applicant and the staff handling the request, through the case's route. Register items must be public
(``register_items.public``); a withheld item is refused. Files are written before the change is
committed and removed again if it is not (:func:`discard`).
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ckan import model
from werkzeug.datastructures import FileStorage
from werkzeug.utils import secure_filename

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.requests import private_files
from ckanext.ppid.requests.handling import register_items
from ckanext.ppid.requests.handling.register_items import Item
from ckanext.ppid.requests.model.delivery import FILE, ITEM, RequestDelivery
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell import settings, uploads

FILE_KIND = "delivery"
TOO_LARGE = N_("{name} is larger than {max_mb} MB.")
EMPTY = N_("{name} is empty.")
# Stored names use one spelling per type.
_SPELLING = {"jpeg": "jpg"}


@dataclass(frozen=True)
class CheckedFile:
    name: str
    content: bytes
    extension: str
    content_type: str


def _one(upload: FileStorage) -> CheckedFile | Problem:
    name = upload.filename or ""
    limit = settings.delivery_max_bytes()
    content = upload.stream.read(limit + 1)
    upload.stream.seek(0)
    if len(content) > limit:
        return Problem(TOO_LARGE, {"name": name, "max_mb": limit // settings.MB}, field="files")
    if not content:
        return Problem(EMPTY, {"name": name}, field="files")
    try:
        uploads.check_upload({"upload": upload})
    except uploads.UploadRefused as refused:
        return Problem(refused.message, refused.params, field="files")
    extension = os.path.splitext(name)[1].lower().lstrip(".")
    extension = _SPELLING.get(extension, extension)
    content_type = mimetypes.guess_type(f"file.{extension}")[0] or "application/octet-stream"
    return CheckedFile(name, content, extension, content_type)


def check_files(files: Iterable[FileStorage]) -> tuple[list[CheckedFile], list[Problem]]:
    """The files that may be handed over, and a problem for each that may not."""
    checked, problems = [], []
    for upload in files:
        result = _one(upload)
        (problems if isinstance(result, Problem) else checked).append(result)
    return checked, problems


def check_items(refs: Iterable[str]) -> tuple[list[Item], list[Problem]]:
    """The register items that may be handed over as links, and a problem for each that may not."""
    return register_items.public(refs, "items")


def add(
    case: InformationRequest, files: list[CheckedFile], items: list[Item], actor: Any
) -> list[RequestDelivery]:
    """Store the files privately and add a delivery row for each file and item; the caller commits.

    On failure before the commit, the caller calls :func:`discard` with the rows returned.
    """
    actor_id = getattr(actor, "id", None)
    rows = []
    for file in files:
        stored = private_files.store(FILE_KIND, file.content, file.extension)
        rows.append(
            RequestDelivery(
                request_id=case.id,
                kind=FILE,
                file_name=stored,
                original_name=file.name,
                content_type=file.content_type,
                size=len(file.content),
                title=file.name,
                added_by=actor_id,
            )
        )
    rows += [
        RequestDelivery(
            request_id=case.id, kind=ITEM, package_id=item.id, title=item.title, added_by=actor_id
        )
        for item in items
    ]
    model.Session.add_all(rows)
    return rows


def discard(rows: Iterable[RequestDelivery]) -> None:
    """Remove the stored files of deliveries whose change was not committed."""
    for row in rows:
        if row.file_name:
            private_files.remove(FILE_KIND, row.file_name)


def described(rows: Iterable[RequestDelivery]) -> list[dict[str, Any]]:
    """What was handed over, for the case's history (no file names in storage)."""
    return [
        {"kind": row.kind, "title": row.title, **({"package_id": row.package_id} if row.package_id else {})}
        for row in rows
    ]


def find(case: InformationRequest, delivery_id: str) -> RequestDelivery | None:
    row = model.Session.get(RequestDelivery, delivery_id) if isinstance(delivery_id, str) else None
    return row if row is not None and row.request_id == case.id else None


def read(row: RequestDelivery) -> bytes:
    """A delivered file's content; FileNotFoundError when it is gone or the delivery is a link."""
    if row.kind != FILE or not row.file_name:
        raise FileNotFoundError(row.id)
    return private_files.read(FILE_KIND, row.file_name)


def download_name(row: RequestDelivery) -> str:
    extension = row.file_name.rsplit(".", 1)[-1]
    stem = secure_filename(os.path.splitext(row.original_name or "")[0]) or "berkas"
    return f"{stem}.{extension}"
