"""Budget files as CKAN stores them: which resources hold one, and their bytes.

A budget resource's file is read back through CKAN's resource uploader (``IUploader`` and the
``ckan.files.*`` storages honoured), the way CKAN's own download view reads it; a link to a file
elsewhere is not fetched.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlparse

import file_keeper as fk
from ckan.lib import files, uploader

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Refused
from ckanext.ppid.shell import settings

# The formats the core reads (budget.importing).
IMPORTABLE = (".csv", ".xlsx", ".json")
NOT_STORED = N_("Only an uploaded file can be imported; this resource links to a file elsewhere")
NOT_A_BUDGET_FILE = N_("Only CSV, XLSX and JSON files can be imported (this file is {extension})")
TOO_LARGE = N_("The file is {size_mb} MB; a budget file may be at most {max_mb} MB")
MISSING = N_("The stored file of this resource cannot be found; upload it again")


class FileRefused(Refused):
    """A file the import does not read."""


def file_name(resource: dict[str, Any]) -> str:
    """The uploaded file's name (CKAN keeps it as the last part of the resource's URL)."""
    return os.path.basename(urlparse(resource.get("url") or "").path)


def is_importable_name(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in IMPORTABLE


def check_importable(resource: dict[str, Any]) -> None:
    """Raise :class:`FileRefused` unless the resource holds an uploaded CSV, XLSX or JSON file."""
    if resource.get("url_type") != "upload":
        raise FileRefused(NOT_STORED)
    name = file_name(resource)
    if not is_importable_name(name):
        raise FileRefused(NOT_A_BUDGET_FILE, extension=os.path.splitext(name)[1].lower() or "?")


def holds_budget_file(resource: dict[str, Any]) -> bool:
    """True for an uploaded CSV, XLSX or JSON file: the resources an import reads."""
    try:
        check_importable(resource)
    except FileRefused:
        return False
    return True


def check_name_and_size(name: str, size: int) -> None:
    """Raise :class:`FileRefused` unless ``name`` is a budget file's and ``size`` within the limit."""
    if not is_importable_name(name):
        raise FileRefused(NOT_A_BUDGET_FILE, extension=os.path.splitext(name)[1].lower() or "?")
    check_size(size)


def check_size(size: int) -> None:
    limit = settings.budget_max_upload_bytes()
    if size > limit:
        raise FileRefused(TOO_LARGE, size_mb=_mb(size), max_mb=_mb(limit))


def read_stored(resource: dict[str, Any]) -> tuple[bytes, str]:
    """The stored file of ``resource`` and its name; :class:`FileRefused` says why it cannot be read."""
    check_importable(resource)
    upload = uploader.get_resource_uploader(dict(resource))
    storage = getattr(upload, "storage", None)
    try:
        location = upload.get_path(resource["id"])
        if isinstance(storage, fk.Storage):
            # CKAN 2.12's file storages (ckan.files.*), as its download view reads them.
            check_size(storage.size(files.Location(location)))
            return storage.content(files.FileData(files.Location(location))), file_name(resource)
        check_size(os.path.getsize(location))
        with open(location, "rb") as stored:
            return stored.read(), file_name(resource)
    except (
        AttributeError,
        TypeError,
        OSError,
        files.exc.MissingFileError,
        files.exc.LocationError,
    ) as missing:
        raise FileRefused(MISSING) from missing


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")
